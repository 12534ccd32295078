/**
 * Demo `ln-companeros` (lesson 7.2): the same test images classified in training mode inside random,
 * small and one-class batches. Over seeds 1–5 at the defaults (BENCHMARKS.md), LN gives the same
 * logits everywhere (largest change 0) and BN falls to 8–15 % in one-class batches: asserted.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_2 } from './helpers/pages';
import type { CompanerosMetrics as Metrics } from '../../src/islands/ln-companeros/view';

const NAME = 'ln-companeros';

test("BN's answer moves with its batch-mates, LN's never does", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_2);
  const m = await trainToDone<Metrics>(demo);
  const bn = m.bn!;
  const ln = m.ln!;
  expect([ln.random, ln.small, ln.oneClass]).toEqual([ln.evalMode, ln.evalMode, ln.evalMode]);
  expect(ln.maxLogitShift).toBe(0);
  expect(Object.values(ln.sameAsEval)).toEqual([1, 1, 1]);
  expect(bn.random).toBeGreaterThan(0.85);
  expect(bn.oneClass).toBeLessThan(0.3);
  expect(bn.small).toBeLessThan(bn.random);
  expect(bn.maxLogitShift).toBeGreaterThan(1);
  await expect(summary(demo)).toContainText('idénticas, bit a bit');
});

test('a small size that does not divide the batch is replaced, with a note; no leak', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&small=12&steps=150`, LESSON_7_2);
  await expect(demo.locator('[data-url-notes]')).toContainText('en vez de 12 se usa 4');
  const [first] = await expectNoLeak<Metrics>(demo);
  expect([first.small, first.steps]).toEqual([4, 150]);
});
