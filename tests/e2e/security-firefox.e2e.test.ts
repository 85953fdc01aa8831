/**
 * Security end to end in Firefox: the shared suite (tests/security/e2e/suite.ts). Firefox gives
 * tests no way into an extension's world or pages, so the corpus-pack payloads are checked in
 * Chromium; here every request that the page interception does not answer goes through a local
 * proxy, so a request from the background page would be seen.
 */
import { launchFirefoxDriver } from '../security/e2e/drivers';
import { defineSecuritySuite } from '../security/e2e/suite';
import { hostilePages } from './harness/hostile-pages';

defineSecuritySuite('Firefox', () => launchFirefoxDriver(hostilePages()));
