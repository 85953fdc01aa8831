/** The reader's settings and the rules that read them, apart from the schema so page scripts stay small. */

/** The stored settings. */
export interface Settings {
  /** Global switch: when false no overlay shows anywhere. */
  enabled: boolean;
  /** Host names (without `www.`) where the overlay stays off. */
  disabledSites: string[];
}

/** Settings on first run. */
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/** The site key for a URL's host: lowercased, without a leading `www.`. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** Whether the overlay may show on a host under these settings. */
export function overlayAllowed(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(host));
}
