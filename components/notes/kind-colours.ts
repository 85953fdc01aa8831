/**
 * Each note kind's colours: the in-page highlight (translucent, so it reads on light and dark
 * pages) with a line style of its own, so kinds differ by more than colour; and the editor's chip.
 * The words for each kind are in lib/notes/labels.ts; colour only repeats them.
 */
import type { NoteKind } from '@/lib/notes/schema';

/** How one kind looks in the page and in the editor. */
export interface KindColours {
  /** Highlight background in the page. */
  highlight: string;
  /** Underline colour in the page. */
  line: string;
  /** Underline style in the page, for readers who cannot tell the colours apart. */
  lineStyle: 'solid' | 'dotted' | 'double' | 'wavy';
  /** Chip text and background in the editor (light scheme). */
  chipFg: string;
  chipBg: string;
}

/** Colours per kind; the chip colours match the popup's (components/popup/notes/notes.css). */
export const KIND_COLOURS: Record<NoteKind, KindColours> = {
  comment: {
    highlight: 'rgb(84 174 255 / 0.28)',
    line: 'rgb(9 105 218 / 0.9)',
    lineStyle: 'solid',
    chipFg: '#0550ae',
    chipBg: '#ddf4ff',
  },
  question: {
    highlight: 'rgb(212 167 44 / 0.32)',
    line: 'rgb(154 103 0 / 0.9)',
    lineStyle: 'dotted',
    chipFg: '#7d4e00',
    chipBg: '#fff8c5',
  },
  verified: {
    highlight: 'rgb(74 194 107 / 0.28)',
    line: 'rgb(26 127 55 / 0.9)',
    lineStyle: 'double',
    chipFg: '#116329',
    chipBg: '#dafbe1',
  },
  disputed: {
    highlight: 'rgb(255 129 130 / 0.3)',
    line: 'rgb(207 34 46 / 0.9)',
    lineStyle: 'wavy',
    chipFg: '#a40e26',
    chipBg: '#ffebe9',
  },
};
