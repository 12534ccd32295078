/**
 * Demo `gn-segun-batch` (lesson 7.3): test error against batch size. Over seeds 1–5 at the defaults
 * (ghost batches, width 32, 4 groups; BENCHMARKS.md), BN's error goes from 2,6–3,3 % with its
 * statistics over 32 examples to 50–69 % over 2, while GN, LN and no normalisation are one model each
 * (flat by construction) at 3–7 %. Asserted with margins. The real protocol (one stack per size) runs
 * from a preset with fewer steps.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_3 } from './helpers/pages';
import type { GnBatchMetrics as Metrics } from '../../src/islands/gn-segun-batch/view';

const NAME = 'gn-segun-batch';
const last = (xs: (number | null)[]) => xs[xs.length - 1]!;

test("BN's error climbs as its statistics shrink to 2 examples; GN's does not depend on the batch", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_3);
  const m = await trainToDone<Metrics>(demo);
  expect(m).toMatchObject({ protocol: 'ghost', width: 32, groups: 4, batchSizes: [32, 16, 8, 4, 2] });
  for (const errs of Object.values(m.error)) expect(errs.every((e) => e !== null && e >= 0 && e <= 1)).toBe(true);
  expect(m.error.bn[0]!).toBeLessThan(0.06);
  expect(last(m.error.bn)).toBeGreaterThan(0.3);
  for (const method of ['none', 'ln', 'gn'] as const) expect(new Set(m.error[method]).size).toBe(1);
  expect(m.error.gn[0]!).toBeLessThan(0.1);
  expect(last(m.error.bn)).toBeGreaterThan(last(m.error.gn) + 0.2);
  await expect(summary(demo)).toContainText('Con BN, el error en test pasa del');
  await expect(demo.getByRole('img', { name: /Gráfica del error en test según los ejemplos por batch/ })).toBeVisible();
  await expect(demo.getByRole('table', { name: 'Error en test al terminar' })).toBeVisible();
});

test('a preset link picks the real protocol: one stack per size with its own steps; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&protocol=real&steps=50`, LESSON_7_3);
  await expect(demo.getByRole('combobox', { name: 'Protocolo' })).toHaveValue('real');
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.protocol).toBe('real');
  // The same examples at every size: 50 steps of 32, 100 of 16 … 800 of 2.
  expect(first.totalSteps).toBe([32, 16, 8, 4, 2].reduce((sum, b) => sum + (50 * 32) / b, 0));
  for (const errs of Object.values(first.error)) expect(errs.every((e) => e !== null)).toBe(true);
  expect(last(first.error.bn)).toBeGreaterThan(first.error.bn[0]! + 0.2);
});
