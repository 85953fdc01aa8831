/**
 * How the page side tells the overlay to open on something the reader clicked in the page. The
 * highlights module calls `open`; the overlay subscribes while it is mounted.
 */

/** What the panel can be opened on: a claim, a passage, or just the panel (from the badge). */
export type OverlayTarget =
  { kind: 'claim'; claimId: string } | { kind: 'passage'; articleId: string } | { kind: 'panel' };

/** A one-way line from the page to the overlay. */
export interface OverlayChannel {
  /** Asks the overlay to open its panel on `target`. */
  open(target: OverlayTarget): void;
  /**
   * Listens for requests; returns the function that stops listening. The last request made before
   * anyone listened (the panel's frame is asked to open before it has drawn the overlay) is handed
   * to the first listener.
   */
  subscribe(listener: (target: OverlayTarget) => void): () => void;
}

/** A new channel with no listeners. */
export function createOverlayChannel(): OverlayChannel {
  const listeners = new Set<(target: OverlayTarget) => void>();
  let listened = false;
  let unheard: OverlayTarget | null = null;
  return {
    open(target) {
      if (!listened) unheard = target;
      for (const listener of [...listeners]) listener(target);
    },
    subscribe(listener) {
      listeners.add(listener);
      listened = true;
      const waiting = unheard;
      unheard = null;
      if (waiting) listener(waiting);
      return () => listeners.delete(listener);
    },
  };
}
