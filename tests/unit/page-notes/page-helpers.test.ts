// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { placeNear } from '../../../components/notes/placement';
import { NOTE_HIGHLIGHT_CSS, noteHighlightName } from '../../../entrypoints/content/notes/note-style';
import { readPageAddress } from '../../../entrypoints/content/notes/page-text';
import { readSelection } from '../../../entrypoints/content/notes/selection';
import { isSaveNoteShortcut } from '../../../entrypoints/content/notes/shortcut';
import { NOTE_KINDS } from '../../../lib/notes/schema';

describe('the save-note shortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', ...init });
  test.each([
    ['Alt+Shift+N', { altKey: true, shiftKey: true }, true],
    ['Option+Shift+N on a Mac keyboard (key is "˜")', { altKey: true, shiftKey: true, key: '˜' }, true],
    ['Alt+N', { altKey: true }, false],
    ['Ctrl+Alt+Shift+N', { altKey: true, shiftKey: true, ctrlKey: true }, false],
    ['Alt+Shift+N held down', { altKey: true, shiftKey: true, repeat: true }, false],
    ['Alt+Shift+M', { altKey: true, shiftKey: true, code: 'KeyM' }, false],
  ])('%s → %s', (_name, init, expected) => {
    expect(isSaveNoteShortcut(key(init))).toBe(expected);
  });
});

describe('placing the UI next to the selection', () => {
  const viewport = { width: 1000, height: 800 };
  test.each([
    [
      'below a selection with room',
      { left: 100, top: 100, right: 400, bottom: 120 },
      { left: 100, top: 128 },
    ],
    [
      'above a selection at the bottom',
      { left: 100, top: 700, right: 400, bottom: 720 },
      { left: 100, bottom: 108 },
    ],
    ['kept inside the right edge', { left: 900, top: 100, right: 990, bottom: 120 }, { left: 652, top: 128 }],
  ])('%s', (_name, box, expected) => {
    expect(placeNear(box, viewport, { width: 340, height: 340 })).toEqual(expected);
  });

  test('a small button sits under the end of the selection', () => {
    expect(
      placeNear({ left: 100, top: 100, right: 400, bottom: 120 }, viewport, { width: 110, height: 36 }),
    ).toEqual({
      left: 345,
      top: 128,
    });
  });
});

describe('the page stylesheet', () => {
  test('has one custom highlight and one <mark> rule per kind, with no text of any note', () => {
    for (const kind of NOTE_KINDS) {
      expect(NOTE_HIGHLIGHT_CSS).toContain(`::highlight(${noteHighlightName(kind)})`);
      expect(NOTE_HIGHLIGHT_CSS).toContain(`mark[data-backstory-note="${kind}"]`);
    }
    expect(NOTE_HIGHLIGHT_CSS).not.toMatch(/content\s*:/);
  });
});

describe('the page as notes see it', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  test('the address without its fragment, an absolute http(s) canonical link, and the title', () => {
    window.history.replaceState(null, '', '/a/story?id=3#backstory-note=x');
    document.title = '  A story  ';
    const link = document.createElement('link');
    link.setAttribute('rel', 'Canonical');
    link.setAttribute('href', '../story#top');
    document.head.append(link);
    expect(readPageAddress(document)).toEqual({
      url: 'http://localhost:3000/a/story?id=3',
      canonicalUrl: 'http://localhost:3000/story',
      title: 'A story',
    });
    link.setAttribute('href', 'javascript:alert(1)');
    expect(readPageAddress(document).canonicalUrl).toBeNull();
  });

  /** Builds `<p>` + a field, and selects part of the text in `within`. */
  function selectIn(within: (p: HTMLElement) => Node) {
    const p = document.createElement('p');
    p.textContent = 'Readers select text in the article.';
    document.body.append(p);
    const node = within(p);
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(7, node.textContent!.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  test('a selection of page text is offered; one in an editable region, a field or our own UI is not', () => {
    selectIn((p) => p.firstChild!);
    expect(readSelection(document)?.range.toString()).toBe('Readers');
    selectIn((p) => {
      p.setAttribute('contenteditable', '');
      return p.firstChild!;
    });
    expect(readSelection(document)).toBeNull();
    selectIn(() => {
      const host = document.createElement('backstory-notes');
      host.textContent = 'private';
      document.body.append(host);
      return host.firstChild!;
    });
    expect(readSelection(document)).toBeNull();
    document.getSelection()!.removeAllRanges();
    expect(readSelection(document)).toBeNull();
  });
});
