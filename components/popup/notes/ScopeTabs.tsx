/** "This page" and "All notes" as tabs; Left and Right arrows switch between them. */

/** Which notes the list starts from. */
export type NotesScope = 'page' | 'all';

/** The id of the panel the tabs control. */
export const NOTES_PANEL_ID = 'bs-notes-panel';

/** Props of {@link ScopeTabs}. */
export interface ScopeTabsProps {
  scope: NotesScope;
  onScope: (scope: NotesScope) => void;
  counts: Record<NotesScope, number>;
  /** False when the popup knows no page; the "This page" tab is left out then. */
  pageAvailable: boolean;
}

const LABELS: Record<NotesScope, string> = { page: 'This page', all: 'All notes' };

/** Renders the tab list. */
export function ScopeTabs({ scope, onScope, counts, pageAvailable }: ScopeTabsProps) {
  const scopes: NotesScope[] = pageAvailable ? ['page', 'all'] : ['all'];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : scopes.length - 1;
    const next = scopes[(scopes.indexOf(scope) + step) % scopes.length]!;
    onScope(next);
    document.getElementById(`bs-scope-${next}`)?.focus();
  };
  return (
    <div class="bs-scope" role="tablist" aria-label="Which notes" onKeyDown={onKeyDown}>
      {scopes.map((value) => (
        <button
          type="button"
          role="tab"
          id={`bs-scope-${value}`}
          key={value}
          aria-selected={scope === value}
          aria-controls={NOTES_PANEL_ID}
          tabIndex={scope === value ? 0 : -1}
          onClick={() => onScope(value)}
        >
          {LABELS[value]} <span class="bs-count">{counts[value].toLocaleString()}</span>
        </button>
      ))}
    </div>
  );
}
