// @ts-check
/**
 * The Chromium the tests, benchmarks and scripts drive: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else undefined (Playwright's own browser, where one is installed).
 * scripts/ensure-browser.mjs makes sure one of them exists before `npm run test:e2e`.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
}
