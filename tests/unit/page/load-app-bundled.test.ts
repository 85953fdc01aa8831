import { describe, expect, test } from 'vitest';
import { loadPageApp } from '../../../entrypoints/content/load-app-bundled';
import { startPage } from '../../../entrypoints/content/page';

describe("the Firefox build's page-app loader", () => {
  test('hands over the bundled start function, the same one every time', async () => {
    await expect(loadPageApp()).resolves.toBe(startPage);
    await expect(loadPageApp()).resolves.toBe(await loadPageApp());
  });
});
