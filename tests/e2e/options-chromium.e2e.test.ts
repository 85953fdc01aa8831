import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openPage, type ChromiumSession } from './harness/chromium';
import { demoPages } from './harness/pages';
import { testPack } from '../helpers/packs';

let session: ChromiumSession;
const OUTLET_A_PAGE = 'https://www.outlet-a.example/weather';
const starter = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../assets/packs/starter.json'), 'utf8'),
);

beforeAll(async () => {
  const pages = demoPages();
  pages.set(OUTLET_A_PAGE, '<!doctype html><title>Outlet A</title><p>A page on a test outlet.</p>');
  session = await launchChromium(pages);
});

afterAll(async () => {
  await session?.close();
});

describe('Chromium: the options page manages corpus packs', () => {
  test('lists the starter pack with its counts; imports, refuses, exports and removes packs', async () => {
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const starterRow = page.locator('tr[data-pack="starter"]');
    await expect.poll(() => starterRow.count()).toBe(1);
    expect(await starterRow.textContent()).toContain(`${starter.outlets.length} outlets`);
    expect(await starterRow.textContent()).toContain(`${starter.claims.length} claims`);

    const input = page.locator('input[type="file"]');
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await input.setInputFiles(file('broken.json', '{"format":"backstory-pack","formatVersion":1,'));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/broken\.json: .*not valid JSON.*Nothing was changed/);
    const wrongType = { ...testPack(), version: 'two' };
    await input.setInputFiles(file('wrong.json', JSON.stringify(wrongType)));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/version: /);

    await input.setInputFiles(file('test.json', JSON.stringify(testPack())));
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Installed Test pack (version 1)');
    await expect.poll(() => page.locator('tr[data-pack="test-pack"]').count()).toBe(1);
    const outletPage = await openPage(session, OUTLET_A_PAGE);
    await expect
      .poll(() => outletPage.locator('backstory-overlay').getAttribute('data-outlet'))
      .toBe('outlet-a.example');
    await input.setInputFiles(file('test.json', JSON.stringify(testPack())));
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('already installed at this version');

    const download = page.waitForEvent('download');
    await page.locator('tr[data-pack="test-pack"]').getByRole('button', { name: 'Export' }).click();
    const saved = await (await download).path();
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(testPack());

    await page.locator('tr[data-pack="test-pack"]').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.locator('tr[data-pack="test-pack"]').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain('Your notes were kept');
    expect(await starterRow.count()).toBe(1);
    await outletPage.reload();
    await outletPage.waitForTimeout(1000);
    expect(await outletPage.locator('backstory-overlay').count()).toBe(0);
    await outletPage.close();
    await page.close();
  });
});
