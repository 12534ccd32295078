/**
 * Demo `bn-vs-sin-bn` in a browser without WebGL (`--disable-webgl`, added to the project's own
 * Chromium args). Two different fallbacks are proved here:
 * 1. The reader asks for WebGL on a page that has none: `--disable-webgl` does not reach workers in
 *    Chromium 156, so the worker starts WebGL; the page checks its own WebGL once the worker's is up
 *    (trainer-client.ts) and moves the run to WASM. This proves the page's check and that the reader
 *    is told, not the worker's own fallback after a failed load.
 * 2. The .wasm file cannot be fetched: the worker really fails to start WASM, falls back to CPU on
 *    its own, says so, and the run still completes.
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

test('without WebGL on the page, a request for WebGL is moved to another backend, said and completed', async ({ page }) => {
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

test.describe('when the WASM binary cannot be loaded', () => {
  // The blocked .wasm request is the fault injected here; tfjs reports it while it falls back.
  // One pattern: Playwright would read a two-element array here as [value, options].
  test.use({ ignoredProblems: [/wasm/i] });

  test('the worker falls back to CPU by itself, says why and completes', async ({ page }) => {
    test.setTimeout(RUN_TIMEOUT);
    let blocked = 0;
    await page.context().route(/\.wasm(\?|$)/, (route) => {
      blocked++;
      return route.abort('failed');
    });
    const demo = await open(page, '?demo=bn-vs-sin-bn&steps=60');
    await demo.getByRole('radio', { name: 'WASM' }).check();
    await trainButton(demo).click();
    await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
    const m = await metricsOf(demo);
    expectValid(m, 60);
    expect(m.backend).toBe('cpu');
    expect(blocked).toBeGreaterThan(0);
    await expect(demo.getByText(/En uso:\s*CPU/)).toBeVisible();
    await expect(demo.getByRole('status')).toContainText(/CPU/);
  });
});
