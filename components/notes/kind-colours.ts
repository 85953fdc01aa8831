/**
 * Each note kind's colours: the in-page highlight (translucent, so it reads on light and dark
 * pages) with a line style of its own, so kinds differ by more than colour. The chips of the note
 * frame and the popup have their own colours (components/notes/note-kinds.css).
 * The words for each kind are in lib/notes/labels.ts; colour only repeats them.
 */
import type { NoteKind } from '@/lib/notes/kinds';

/** How one kind looks in the page. */
export interface KindColours {
  /** Highlight background in the page. */
  highlight: string;
  /** Underline colour in the page. */
  line: string;
  /** Underline style in the page, for readers who cannot tell the colours apart. */
  lineStyle: 'solid' | 'dotted' | 'double' | 'wavy';
}

/** Colours per kind in the page. */
export const KIND_COLOURS: Record<NoteKind, KindColours> = {
  comment: {
    highlight: 'rgb(84 174 255 / 0.28)',
    line: 'rgb(9 105 218 / 0.9)',
    lineStyle: 'solid',
  },
  question: {
    highlight: 'rgb(212 167 44 / 0.32)',
    line: 'rgb(154 103 0 / 0.9)',
    lineStyle: 'dotted',
  },
  verified: {
    highlight: 'rgb(74 194 107 / 0.28)',
    line: 'rgb(26 127 55 / 0.9)',
    lineStyle: 'double',
  },
  disputed: {
    highlight: 'rgb(255 129 130 / 0.3)',
    line: 'rgb(207 34 46 / 0.9)',
    lineStyle: 'wavy',
  },
};
