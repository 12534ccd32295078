/**
 * Demo `tasa-aprendizaje`: 8 learning rates × {con BN, sin BN} trained stacked. At the defaults it
 * must run to `done` with valid metrics, and the BN ladder's largest stable rate must be at least the
 * plain one's (the claim: BN widens the stable range).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';

import type { TasaAprendizajeMetrics as Metrics } from '../../src/islands/tasa-aprendizaje/view';

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LESSON_7_1}${query}#demo-tasa-aprendizaje`);
  const demo = page.locator('[data-demo="tasa-aprendizaje"]');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  return demo;
}

const metricsOf = async (demo: Locator) => JSON.parse((await demo.getAttribute('data-metrics')) ?? 'null') as Metrics;

test('trains the ladder to done at the defaults; BN’s largest stable rate ≥ the plain one’s', async ({ page }) => {
  test.setTimeout(360_000);
  const demo = await open(page);
  await demo.getByRole('button', { name: /^Entrenar/ }).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 330_000 });
  const m = await metricsOf(demo);
  expect(m.steps).toBe(m.totalSteps);
  expect(['webgl', 'wasm', 'cpu']).toContain(m.backend);
  expect(Number.isInteger(m.tensors)).toBe(true);
  expect(m.lrs.length).toBeGreaterThanOrEqual(8);
  for (let i = 1; i < m.lrs.length; i++) expect(m.lrs[i]).toBeGreaterThan(m.lrs[i - 1]);
  expect(m.priorLoss).toBeCloseTo(Math.log(2), 1);
  for (const fam of [m.withBN, m.withoutBN]) {
    expect(fam.finalLoss).toHaveLength(m.lrs.length);
    expect(fam.diverged).toHaveLength(m.lrs.length);
    fam.finalLoss.forEach((loss, i) => {
      // A diverged model has no final loss; every other one has a finite one.
      if (fam.diverged[i]) expect(loss).toBeNull();
      else expect(Number.isFinite(loss)).toBe(true);
      // «Stable» is exactly: not diverged and below the threshold.
      expect(fam.stable[i]).toBe(!fam.diverged[i] && (loss as number) < m.stableBelow);
    });
  }
  // The largest stable rate of each family is consistent with its verdicts…
  const largest = (f: Metrics['withBN']) => m.lrs.filter((_, i) => f.stable[i]).at(-1) ?? null;
  expect(m.maxStableLr.withBN).toBe(largest(m.withBN));
  expect(m.maxStableLr.withoutBN).toBe(largest(m.withoutBN));
  // …and the claim holds: BN's is at least the plain network's.
  expect(m.maxStableLr.withBN).not.toBeNull();
  expect(m.maxStableLr.withBN!).toBeGreaterThanOrEqual(m.maxStableLr.withoutBN ?? 0);
  // The table names the largest stable rate of each family, and the status says it in words.
  await expect(demo.getByRole('table').getByText('mayor tasa estable')).toHaveCount(m.maxStableLr.withoutBN === null ? 1 : 2);
  await expect(demo.locator('[role="status"]')).toContainText('la mayor tasa estable fue');
  // Curves on demand.
  await demo.getByText('Ver las curvas de pérdida').click();
  await expect(demo.getByRole('img', { name: /Curvas de pérdida de las \d+ redes con bn/ })).toBeVisible();
});

test('an inconsistent range in the URL falls back to the defaults with a note', async ({ page }) => {
  const demo = await open(page, '?demo=tasa-aprendizaje&lrmin=0.5&lrmax=0.1&n=12');
  await expect(demo.getByText(/debe ser mayor que la mínima/)).toBeVisible();
  const m = await metricsOf(demo);
  expect(m.lrs).toHaveLength(8);
  expect(m.lrs[0]).toBe(0.01);
  expect(m.lrs.at(-1)).toBe(10);
  await expect(demo.getByRole('rowheader')).toHaveCount(8);
});
