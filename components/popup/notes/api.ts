/**
 * What the notes UI needs from the browser, in one object so tests can hand in their own:
 * the typed protocol, opening a tab, and saving a file.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messaging';
import { safeHttpUrl } from '@/lib/safe-url';

/** The notes UI's only ways out of the popup. */
export interface NotesApi {
  /** Sends a background message (see lib/messages.ts). */
  ask: typeof askBackground;
  /** Opens an address in a new, active tab. `tabs.create` needs no permission. */
  openTab: (url: string) => Promise<void>;
  /** Offers text as a file download. */
  download: (text: string, filename: string, type: string) => void;
}

/** Saves text through a temporary Blob URL and a download link; no permission is needed. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after its save dialog closes; revoking at once would lose the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The real browser. */
export const browserNotesApi: NotesApi = {
  ask: askBackground,
  openTab: async (url) => {
    // Stored notes are http(s) by schema; checked again here, as this is the one navigation we make.
    const safe = safeHttpUrl(url);
    if (safe) await browser.tabs.create({ url: safe, active: true });
  },
  download: downloadText,
};
