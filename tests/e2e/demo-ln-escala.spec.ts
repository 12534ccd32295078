/**
 * Demo `ln-escala` (lesson 7.2): every test image rescaled or shifted. Over seeds 1–5 at the defaults
 * (BENCHMARKS.md), LN's and RMSNorm's test loss moves less than 3·10⁻⁵ over the scales and at least
 * 0,07 over the shifts, and BN's moves by more than 5 over the scales: asserted with margins.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_2 } from './helpers/pages';
import type { EscalaLnMetrics as Metrics } from '../../src/islands/ln-escala/view';

const NAME = 'ln-escala';

test("LN's loss is flat under rescaling and not under shifting; BN's is not flat under either", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_2);
  const m = await trainToDone<Metrics>(demo);
  const spread = m.spread!;
  for (const method of ['ln', 'rms'] as const) {
    expect(spread[method].scale).toBeLessThan(1e-3);
    expect(spread[method].shift).toBeGreaterThan(0.05);
  }
  expect(spread.bn.scale).toBeGreaterThan(1);
  expect(m.scan!.ln.scaleLoss).toHaveLength(m.scales.length);
  await expect(summary(demo)).toContainText('Acierto de LN');
  await expect(demo.getByRole('img', { name: /según el factor a/ })).toBeVisible();
});

test('a preset link sets the steps; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&steps=150`, LESSON_7_2);
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.steps).toBe(150);
});
