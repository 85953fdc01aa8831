/**
 * How every test and benchmark launches the Debian browsers: their paths (overridable for other
 * machines) and the settings that keep a headless run quiet and off the network on its own.
 */

/** Chromium's executable. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags for a quiet, sandbox-free headless run (no background requests of its own). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium flags that load an unpacked extension from `build` and no other. */
export const extensionFlags = (build: string) => [
  `--disable-extensions-except=${build}`,
  `--load-extension=${build}`,
];

/** Firefox ESR's executable. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox preferences: unsigned temporary add-ons allowed, no safe-browsing or IPv6 lookups. */
export const QUIET_FIREFOX_PREFS = {
  'xpinstall.signatures.required': false,
  'network.dns.disableIPv6': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};
