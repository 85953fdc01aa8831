/** Reader settings: the global switch and the sites where Backstory stays off. */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, overlayAllowed, siteKey, type Settings } from './settings-rules';

export { DEFAULT_SETTINGS, overlayAllowed, siteKey, type Settings };

const Host = v.pipe(v.string(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/, 'must be a host name'));

/** A change to settings: the global switch, and/or one site switched on or off. */
export const SettingsPatchSchema = v.strictObject({
  enabled: v.optional(v.boolean()),
  site: v.optional(v.strictObject({ host: Host, disabled: v.boolean() })),
});

/** A validated settings change. */
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

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
