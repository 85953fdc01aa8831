/** The tab the popup is about, and its status from its content script. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askTab } from '@/lib/messaging';
import type { TabStatus } from '@/lib/messages';

/** What the popup knows about the current tab. */
export interface CurrentTab {
  tabId: number | null;
  status: TabStatus | null;
  /** Why there is no status (e.g. a browser page where Backstory does not run). */
  problem: string | null;
  reload: () => void;
}

async function findTabId(): Promise<number | null> {
  // Tests and the demo open the popup in a tab of its own and name the page's tab in `?tab=`.
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Loads the current tab's status; `reload` asks again after a toggle. */
export function useCurrentTab(): CurrentTab {
  const [state, setState] = useState<Omit<CurrentTab, 'reload'>>({
    tabId: null,
    status: null,
    problem: null,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await findTabId();
      if (tabId === null) return live && setState({ tabId, status: null, problem: 'No page is open.' });
      const status = await askTab(tabId, 'tab/status');
      if (!live) return;
      setState(
        status.ok
          ? { tabId, status: status.value, problem: null }
          : { tabId, status: null, problem: 'Backstory does not run on this page.' },
      );
    })();
    return () => {
      live = false;
    };
  }, [version]);
  return { ...state, reload: () => setVersion((n) => n + 1) };
}
