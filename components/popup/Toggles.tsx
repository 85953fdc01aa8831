/** The three switches: everywhere, this site, this page. */
import { useEffect, useState } from 'preact/hooks';
import { askBackground, askTab } from '@/lib/messaging';
import { siteKey, type Settings } from '@/lib/settings';
import type { CurrentTab } from './useCurrentTab';

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** Renders the toggles and applies changes at once. */
export function Toggles({ tab }: { tab: CurrentTab }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void askBackground('settings/get', {}).then((result) =>
      result.ok ? setSettings(result.value) : setError(result.error),
    );
  }, []);
  const host = hostOf(tab.status?.url);
  const change = async (patch: Parameters<typeof askBackground<'settings/set'>>[1]) => {
    const result = await askBackground('settings/set', patch);
    if (result.ok) setSettings(result.value);
    else setError(result.error);
    tab.reload();
  };
  const togglePage = async () => {
    if (tab.tabId === null) return;
    const result = await askTab(tab.tabId, 'tab/toggle-overlay');
    if (!result.ok) setError(result.error);
    tab.reload();
  };
  if (!settings) return error ? <p role="alert">{error}</p> : null;
  const siteOff = host !== null && settings.disabledSites.includes(siteKey(host));
  return (
    <section class="bs-card" aria-labelledby="bs-toggles-title">
      <h2 id="bs-toggles-title">Overlay</h2>
      <label class="bs-switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void change({ enabled: event.currentTarget.checked })}
        />
        On for all sites
      </label>
      {host && (
        <label class="bs-switch">
          <input
            type="checkbox"
            checked={!siteOff}
            disabled={!settings.enabled}
            onChange={(event) => void change({ site: { host, disabled: !event.currentTarget.checked } })}
          />
          On for {siteKey(host)}
        </label>
      )}
      {tab.status && (
        <button type="button" onClick={() => void togglePage()}>
          {tab.status.hiddenOnPage ? 'Show on this page' : 'Hide on this page'}
        </button>
      )}
      <p class="bs-muted">Keyboard: Alt+Shift+B shows or hides the overlay on the page.</p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
