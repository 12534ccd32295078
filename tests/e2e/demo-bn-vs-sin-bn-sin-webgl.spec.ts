/**
 * Demo `bn-vs-sin-bn` in a browser without WebGL (`--disable-webgl`, added to the project's own
 * Chromium args): the worker must fall back to WASM or CPU, say so, and still finish the run.
 * A separate file because a launch option forces its own browser (Playwright allows that only at a
 * file's top level).
 */
import { test, expect } from './helpers/site-fixture';
import { expectValid, metricsOf, open, RUN_TIMEOUT, trainButton } from './helpers/bn-vs-sin-bn';

test.use({
  launchOptions: async ({ launchOptions }, use) => {
    await use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-webgl'] });
  },
});

test('without WebGL the demo falls back to another backend, says so and completes', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await open(page, '?demo=bn-vs-sin-bn&steps=100');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null)).toBe(true);
  // Ask for WebGL explicitly: the worker cannot start it and must fall back.
  await demo.getByRole('radio', { name: 'WebGL' }).check();
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
  const m = await metricsOf(demo);
  expectValid(m, 100);
  expect(m.backend).not.toBe('webgl');
  await expect(demo.getByText(/En uso:\s*(WASM|CPU)/)).toBeVisible();
  await expect(demo.getByRole('status')).toContainText(/Se cambió a (WASM|CPU)/);
});
