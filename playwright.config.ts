import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

/**
 * E2E tests run against a production build served by scripts/serve-static.mjs.
 *
 * Browser: $CHROMIUM_PATH, else the system /usr/bin/chromium (Debian package `chromium`), else
 * Playwright's own browser where one is installed. The args keep Chromium from calling home
 * (every host but localhost resolves to nothing) and give it software WebGL 2 (SwiftShader).
 *
 * Environment: E2E_DIST (built site folder, default `dist`), E2E_PORT (default 4321). When
 * `dist-base/` exists (a build under /cursoia/, made by `npm run test:site`), it is served too, on
 * the next port, for site-base.spec.ts.
 */
const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4321);
/** The build under a sub-path that `npm run test:site` makes; site-base.spec.ts runs on it when it exists. */
export const BASE_BUILD = { dist: 'dist-base', base: '/cursoia/', port: port + 1 };
const baseBuild = dist === 'dist' && existsSync(`${BASE_BUILD.dist}/index.html`);
const executablePath = chromiumPath();

const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // One results folder per build folder, so engineers testing different builds at once do not
  // delete each other's traces (Playwright empties outputDir when a run starts).
  outputDir: dist === 'dist' ? 'test-results' : `test-results-${dist.replace(/[^\w.-]+/g, '_')}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'es-ES',
    // The site's service worker would answer requests the tests route or count; the offline spec allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs ${dist} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
    ...(baseBuild
      ? [
          {
            command: `node scripts/serve-static.mjs ${BASE_BUILD.dist} ${BASE_BUILD.port} ${BASE_BUILD.base}`,
            url: `http://127.0.0.1:${BASE_BUILD.port}${BASE_BUILD.base}`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
