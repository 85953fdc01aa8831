/**
 * "Save a note" on an outlet card or a claim: the note links to that corpus entry. The panel frame
 * provides what saving means (it asks the page to open the note editor); elsewhere (tests, the
 * popup) nothing provides it and no button shows.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The corpus entry a note is about. */
export interface CorpusLink {
  type: 'outlet' | 'claim';
  id: string;
}

/** Opens the note editor on a corpus entry; `label` names it in the editor. */
export type NoteOnEntry = (link: CorpusLink, label: string) => void;

/** Provided by the panel frame. */
export const NoteOnEntryContext = createContext<NoteOnEntry | null>(null);

/** The button, when saving is possible here. */
export function SaveCorpusNote({ link, label }: { link: CorpusLink; label: string }) {
  const noteOn = useContext(NoteOnEntryContext);
  if (!noteOn) return null;
  const what = link.type === 'outlet' ? 'this outlet' : 'this claim';
  return (
    <button type="button" class="bs-link bs-save-note" onClick={() => noteOn(link, label)}>
      Save a note on {what}
    </button>
  );
}
