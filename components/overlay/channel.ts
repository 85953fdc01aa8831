/**
 * How the page side tells the overlay to open on something the reader clicked in the page. The
 * highlights module calls `open`; the overlay subscribes while it is mounted.
 */

/** What the panel can be opened on. */
export type OverlayTarget = { kind: 'claim'; claimId: string } | { kind: 'passage'; articleId: string };

/** A one-way line from the page to the overlay. */
export interface OverlayChannel {
  /** Asks the overlay to open its panel on `target`. */
  open(target: OverlayTarget): void;
  /** Listens for requests; returns the function that stops listening. */
  subscribe(listener: (target: OverlayTarget) => void): () => void;
}

/** A new channel with no listeners. */
export function createOverlayChannel(): OverlayChannel {
  const listeners = new Set<(target: OverlayTarget) => void>();
  return {
    open(target) {
      for (const listener of [...listeners]) listener(target);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
