/**
 * Export (JSON-LD, Markdown) and Import. Firefox closes a popup when a file picker opens, so
 * there Import first opens the notes in a tab of their own, where the picker works.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readNotesFile } from '@/lib/notes/file-text';
import { importSummary } from '@/lib/notes/summary';
import type { NotesApi } from './api';

/** Props of {@link NotesTransfer}. */
export interface NotesTransferProps {
  api: NotesApi;
  /** True when the notes are open in a tab of their own (`popup.html?view=notes`). */
  standalone: boolean;
  /** Called after an import added or changed notes. */
  onImported: () => void;
  now?: () => number;
}

const FORMATS = {
  jsonld: { name: 'JSON-LD', extension: 'jsonld', type: 'application/ld+json' },
  markdown: { name: 'Markdown', extension: 'md', type: 'text/markdown' },
} as const;

/** The buttons and the outcome of the last export or import. */
export function NotesTransfer({ api, standalone, onImported, now = Date.now }: NotesTransferProps) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const pickerClosesPopup = import.meta.env.FIREFOX && !standalone;

  const exportAs = async (format: keyof typeof FORMATS) => {
    const result = await api.ask('notes/export', { format });
    if (!result.ok) return setOutcome({ ok: false, text: result.error });
    const date = new Date(now()).toISOString().slice(0, 10);
    api.download(result.value, `backstory-notes-${date}.${FORMATS[format].extension}`, FORMATS[format].type);
    setOutcome({ ok: true, text: `Exported as ${FORMATS[format].name}.` });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome({ ok: true, text: `Reading ${file.name}…` });
    const text = await readNotesFile(file);
    const result = text.ok ? await api.ask('notes/import', { json: text.value }) : text;
    if (input.current) input.current.value = '';
    if (!result.ok) return setOutcome({ ok: false, text: result.error });
    setOutcome({ ok: true, text: importSummary(result.value) });
    if (result.value.added + result.value.updated > 0) onImported();
  };
  const chooseFile = () => {
    if (pickerClosesPopup) void api.openTab(`${browser.runtime.getURL('/popup.html')}?view=notes`);
    else input.current?.click();
  };

  return (
    <div class="bs-notes-transfer">
      <button type="button" onClick={() => void exportAs('jsonld')}>
        Export {FORMATS.jsonld.name}
      </button>
      <button type="button" onClick={() => void exportAs('markdown')}>
        Export {FORMATS.markdown.name}
      </button>
      <button type="button" onClick={chooseFile}>
        {pickerClosesPopup ? 'Import… (opens a tab)' : 'Import…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        hidden
        aria-label="Notes file to import"
        onChange={(event) => void importFile(event.currentTarget.files?.[0])}
      />
      {/* The status region stays in the page so screen readers announce each new outcome. */}
      <p class="bs-transfer-outcome" role="status">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok && (
        <p class="bs-transfer-outcome" role="alert">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
