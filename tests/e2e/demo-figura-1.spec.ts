/**
 * Demo `figura-1`: the paper's Figure 1 on the 8×8 digits. At the defaults it must run to `done` with
 * valid metrics, and BN must be ahead in test accuracy (the claim the figure illustrates).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';

import type { Figura1Metrics as Metrics } from '../../src/islands/figura-1/view';

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LESSON_7_1}${query}#demo-figura-1`);
  const demo = page.locator('[data-demo="figura-1"]');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  return demo;
}

const metricsOf = async (demo: Locator) => JSON.parse((await demo.getAttribute('data-metrics')) ?? 'null') as Metrics;

test('trains to done at the defaults, with valid metrics and BN ahead', async ({ page }) => {
  test.setTimeout(360_000);
  const demo = await open(page);
  await expect(demo).toHaveAttribute('data-state', 'idle');
  await demo.getByRole('button', { name: /^Entrenar/ }).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 330_000 });
  const m = await metricsOf(demo);
  expect(m.steps).toBe(m.totalSteps);
  expect(m.steps).toBeGreaterThan(0);
  expect(['webgl', 'wasm', 'cpu']).toContain(m.backend);
  expect(Number.isInteger(m.tensors)).toBe(true);
  for (const model of [m.withBN, m.withoutBN]) {
    expect(model.testAcc).toBeGreaterThanOrEqual(0);
    expect(model.testAcc).toBeLessThanOrEqual(1);
    expect(model.percentiles).toHaveLength(m.curveSteps.length);
    for (const p of model.percentiles) {
      expect(p).not.toBeNull();
      const [p15, p50, p85] = p!;
      expect(p15).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(p85);
    }
  }
  // The claim: BN ahead in test accuracy at the end, and on average over the run.
  expect(m.withBN.testAcc!).toBeGreaterThan(m.withoutBN.testAcc!);
  const mean = (c: (number | null)[]) => c.reduce<number>((a, v) => a + (v ?? 0), 0) / c.length;
  expect(mean(m.withBN.testAccCurve)).toBeGreaterThan(mean(m.withoutBN.testAccCurve));
  const status = demo.locator('[role="status"]');
  await expect(status).toContainText('BN va por delante');
  await expect(status).toContainText(`Tras ${m.steps} pasos`);
  // The attribution of the digits is on the page, next to the demo.
  await expect(demo.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
});

test('a URL preset sets the steps and the invalid parameters are explained', async ({ page }) => {
  test.setTimeout(180_000);
  const demo = await open(page, '?demo=figura-1&steps=40&width=10&unit=7&opt=nada');
  await expect(demo.getByText(/Se ignoró opt=nada/)).toBeVisible();
  await demo.getByRole('button', { name: /^Entrenar/ }).focus();
  await page.keyboard.press('Enter');
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 170_000 });
  const m = await metricsOf(demo);
  expect(m.steps).toBe(40);
  expect(m.curveSteps.at(-1)).toBe(40);
  await expect(demo.locator('[role="status"]')).toContainText('sigmoide 7');
});
