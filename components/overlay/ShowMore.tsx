/** A list that shows its first few items and a button for the rest, so long lists stay glanceable. */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/** Props of {@link ShowMore}. */
export interface ShowMoreProps<T> {
  items: readonly T[];
  /** How many items show before the reader asks for more. */
  initial: number;
  /** Renders one item as an <li>. */
  render: (item: T, index: number) => ComponentChildren;
  /** What the items are, for the button: "Show all 11 {noun}". */
  noun: string;
  ordered?: boolean;
  class?: string;
}

/** The first `initial` items, and a toggle to show every item. */
export function ShowMore<T>({ items, initial, render, noun, ordered, class: className }: ShowMoreProps<T>) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? items : items.slice(0, initial);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List id={listId} class={className ?? 'bs-list'}>
        {shown.map(render)}
      </List>
      {items.length > initial && (
        <button
          type="button"
          class="bs-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
        </button>
      )}
    </>
  );
}
