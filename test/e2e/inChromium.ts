// The end-to-end test files' describe: skipped, with the reason printed, on a
// machine without Chromium (see chromiumMissing in harness.ts). Kept apart from
// the harness, which the bench and the screenshot scripts load outside vitest.
import { describe } from 'vitest';
import { chromiumMissing } from './harness';

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
