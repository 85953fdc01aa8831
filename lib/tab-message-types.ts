/**
 * The parts of the protocol the content script needs, apart from the schemas in `messages.ts` so
 * the script injected into every page does not carry the schema library: the names of the
 * messages it answers, and the largest page it may send for analysis.
 */
export const TAB_MESSAGE_TYPES = [
  'tab/status',
  'tab/settings-changed',
  'tab/toggle-overlay',
  'tab/open-note-editor',
] as const;

/** Names of tab messages. */
export type TabMessageType = (typeof TAB_MESSAGE_TYPES)[number];

/** Whether `type` names a tab message. */
export function isTabMessageType(type: unknown): type is TabMessageType {
  return typeof type === 'string' && (TAB_MESSAGE_TYPES as readonly string[]).includes(type);
}

/** Largest page HTML a content script may send for extraction (bigger pages are skipped). */
export const MAX_PAGE_HTML = 3_000_000;
