/**
 * The probe every benchmark page runs in its main world before any page script: it records when
 * `<backstory-overlay data-match>` first appears, DOM changes made after DOMContentLoaded (it only
 * starts observing then, so the parser's insertions cost nothing and, on a page without scripts,
 * every change it sees is someone else's), and when a single-page link was clicked. The page reads it back from `window.__backstoryBench`.
 */

/** What the probe recorded, read back after the run. */
export interface ProbeRecord {
  /** performance.now() when the overlay element with data-match first appeared, or null. */
  overlayAt: number | null;
  overlay: Record<string, string> | null;
  /** Mutation records and added nodes seen after DOMContentLoaded. */
  mutations: number;
  addedNodes: number;
  /** performance.now() of the last click, for single-page navigations. */
  clickAt: number | null;
  domContentLoaded: number;
  load: number;
}

/** The probe's source, for addInitScript / evaluateOnNewDocument. */
export const PROBE_SCRIPT = `(() => {
  const record = { overlayAt: null, overlay: null, mutations: 0, addedNodes: 0, clickAt: null };
  Object.defineProperty(window, '__backstoryBench', { value: record, enumerable: false });
  let host = null;
  const check = () => {
    if (record.overlayAt !== null || !host || !host.hasAttribute('data-match') || !host.isConnected) return;
    record.overlayAt = performance.now();
    record.overlay = {};
    for (const name of host.getAttributeNames()) record.overlay[name] = host.getAttribute(name);
  };
  const seen = (records) => {
    for (const item of records) {
      record.mutations += 1;
      record.addedNodes += item.addedNodes.length;
      if (item.target.localName === 'backstory-overlay') host = item.target;
      for (const node of item.addedNodes) {
        if (node.localName === 'backstory-overlay') host = node;
        else if (node.firstElementChild) host = node.querySelector('backstory-overlay') || host;
      }
    }
    check();
  };
  // Observing from DOMContentLoaded on costs the parser nothing; content scripts run after it.
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    host = document.querySelector('backstory-overlay');
    check();
  }, { capture: true, once: true });
  addEventListener('click', () => { record.clickAt = performance.now(); }, { capture: true });
})();
//# sourceURL=backstory-bench-probe.js
`;

/** Reads the probe and the navigation timing; runs in the page. */
export const READ_PROBE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { ...window.__backstoryBench, domContentLoaded: nav ? nav.domContentLoadedEventStart : NaN, load: nav ? nav.loadEventStart : NaN };
})()`;
