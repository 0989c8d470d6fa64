// The end-to-end test files' describe: skipped, with the reason printed, on a
// machine without Chromium (see chromiumMissing in harness.ts). Kept apart from
// the harness, which the bench and the screenshot scripts load outside vitest.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { chromiumMissing, startBuiltSite, type BuiltSite, type Served } from './harness';

export const missingChromium = chromiumMissing();

/** `describe`, or `describe.skip` with the reason printed when Chromium is missing. */
export function describeInChromium(name: string, body: () => void): void {
  if (missingChromium) {
    console.warn(`${name}: ${missingChromium}`);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

/**
 * Chromium and the production build served on localhost, for one test file: launched before
 * its tests (nothing, where Chromium is missing: its describes are skipped) and closed after.
 */
export function builtSiteInChromium(): { browser: () => Browser; served: () => Served } {
  let site: BuiltSite | undefined;
  beforeAll(async () => {
    if (!missingChromium) site = await startBuiltSite();
  }, 300_000);
  afterAll(async () => {
    await site?.close();
  });
  return { browser: () => site!.browser, served: () => site!.served };
}
