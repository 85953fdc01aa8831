/**
 * Keeps our host elements in the page when a page script removes them (or rewrites the root, or
 * calls `document.open()`), within limits so a page that insists is let be.
 */

/** Re-attachments allowed within {@link REMOUNT_WINDOW_MS}; a page removing us faster is fighting, and wins. */
export const MAX_REMOUNTS = 5;
/** The window in which re-attachments are counted. */
export const REMOUNT_WINDOW_MS = 10_000;

/**
 * Keeps `host` the last child of the root element: a page that removes it, replaces the root's
 * children or the root itself (`document.open()`), or moves it under a hidden parent gets it put
 * back. Only the document's and the root's own child lists are watched, so page mutations deeper
 * down cost nothing. A page that keeps removing it is let be after {@link MAX_REMOUNTS}, so the
 * two of us never loop. A frame inside the host reloads when it is put back and connects again.
 */
export function keepAttached(host: HTMLElement): { stop(): void } {
  const remounts: number[] = [];
  let root: Element | null = null;
  let stopped = false;
  const observer = new MutationObserver(() => check());
  const watch = () => {
    observer.disconnect();
    root = document.documentElement;
    observer.observe(document, { childList: true });
    if (root) observer.observe(root, { childList: true });
  };
  const check = () => {
    if (stopped) return;
    if (document.documentElement !== root) watch();
    if (!root || host.parentNode === root) return;
    const now = Date.now();
    while (remounts.length > 0 && now - remounts[0]! > REMOUNT_WINDOW_MS) remounts.shift();
    if (remounts.length >= MAX_REMOUNTS) return stop();
    remounts.push(now);
    root.append(host);
  };
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  watch();
  return { stop };
}
