/** Reader settings: the global switch and the sites where Backstory stays off. */
import * as v from 'valibot';

/** The stored settings. */
export interface Settings {
  /** Global switch: when false no overlay shows anywhere. */
  enabled: boolean;
  /** Host names (without `www.`) where the overlay stays off. */
  disabledSites: string[];
}

/** Settings on first run. */
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

const Host = v.pipe(v.string(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/, 'must be a host name'));

/** A change to settings: the global switch, and/or one site switched on or off. */
export const SettingsPatchSchema = v.strictObject({
  enabled: v.optional(v.boolean()),
  site: v.optional(v.strictObject({ host: Host, disabled: v.boolean() })),
});

/** A validated settings change. */
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

/** The site key for a URL's host: lowercased, without a leading `www.`. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** Applies a patch, keeping the site list sorted and free of duplicates. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...current, disabledSites: [...current.disabledSites] };
  if (patch.enabled !== undefined) next.enabled = patch.enabled;
  if (patch.site) {
    const key = siteKey(patch.site.host);
    const others = next.disabledSites.filter((site) => site !== key);
    next.disabledSites = patch.site.disabled ? [...others, key].sort() : others;
  }
  return next;
}

/** Whether the overlay may show on a host under these settings. */
export function overlayAllowed(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(host));
}
