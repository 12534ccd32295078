/**
 * Demo `ln-batch-de-uno` (lesson 7.2): none, BN, LN and RMSNorm at batches of 1, 4 and 32, one run
 * per size in a series. At the defaults, over seeds 1–5 (BENCHMARKS.md), BN at batch 1 stays near
 * chance (at most 17 %) in both modes while LN reaches at least 86 %, and BN at 32 is the best of its
 * row: those claims are asserted with margins.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_2 } from './helpers/pages';
import type { BatchDeUnoMetrics as Metrics } from '../../src/islands/ln-batch-de-uno/view';

const NAME = 'ln-batch-de-uno';

test('trains the series to done: BN collapses at batch 1, LN trains', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_2);
  const m = await trainToDone<Metrics>(demo);
  expect(m.batchSizes).toEqual([1, 4, 32]);
  expect(m.totalSteps).toBe(m.stepsPerSize.reduce((a, b) => a + b, 0));
  for (const acc of Object.values(m.acc)) expect(acc.every((a) => a !== null && a >= 0 && a <= 1)).toBe(true);
  const [bn1, , bn32] = m.acc.bn as number[];
  expect(bn1).toBeLessThan(0.25);
  expect(m.bnTrainMode[0]!).toBeLessThan(0.25);
  expect(m.acc.ln[0]!).toBeGreaterThan(0.8);
  expect(m.acc.rms[0]!).toBeGreaterThan(0.75);
  expect(bn32).toBeGreaterThan(0.85);
  await expect(summary(demo)).toContainText('cerca del azar');
  await expect(demo.getByRole('table', { name: /por tamaño del batch/ }).getByRole('row')).toHaveCount(6);
});

test('a preset link sets the examples and the rate; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&examples=512&lr=0.2&width=16`, LESSON_7_2);
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.stepsPerSize).toEqual([512, 128, 16]);
  expect(first.learningRates).toEqual([0.00625, 0.025, 0.2]);
});
