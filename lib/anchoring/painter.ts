/** What the two ways of drawing highlights (CSS Custom Highlight API, <mark> fallback) share. */
import type { TextSpan } from './find-quote';

/** Claims are what a reader can open; passages only show text the page shares with the corpus. */
export type HighlightKind = 'claim' | 'passage';

/** One thing to highlight: a span of the text index, under a key the caller chooses. */
export interface HighlightEntry {
  key: string;
  kind: HighlightKind;
  span: TextSpan;
}

/** Highlights drawn in the page. */
export interface Painter {
  /** Keys of the entries that could be drawn. */
  readonly painted: ReadonlySet<string>;
  /** Keys of the highlights under a click, if any. */
  keysAt(event: MouseEvent): string[];
  /** Emphasises one highlight (null: none) and returns a Range over it to scroll to. */
  setActive(key: string | null): Range | null;
  /** Removes every trace from the page. */
  remove(): void;
}

/** The names the highlights are registered under; the page stylesheet colours them. */
export const HIGHLIGHT_NAMES = {
  claim: 'backstory-claim',
  passage: 'backstory-passage',
  active: 'backstory-claim-active',
} as const;
