/**
 * Demo `ln-recurrente` (lesson 7.2): a recurrent network on the digits read row by row. Over seeds
 * 1–5 at the defaults (scale 2, BENCHMARKS.md), the plain network's ‖h_t‖ at initialisation reaches
 * 2·10⁵ or more by step 64 while LN's stays between 3,5 and 4,5 at every step, and LN's largest stable
 * learning rate is higher than the plain one's: asserted with margins. At scale 1 the plain state
 * fades instead (below 10⁻⁶ by step 64 on every seed).
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_2 } from './helpers/pages';
import type { RecurrenteMetrics as Metrics } from '../../src/islands/ln-recurrente/view';

const NAME = 'ln-recurrente';

test("without LN the hidden state explodes over the steps and LN's stays near 4; LN trains at higher rates", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_2);
  const m = await trainToDone<Metrics>(demo);
  expect(m.scale).toBe(2);
  const { none, ln } = m.hiddenNorms!;
  expect(none).toHaveLength(64);
  expect(Math.min(...ln)).toBeGreaterThan(2);
  expect(Math.max(...ln)).toBeLessThan(8);
  expect(none[63]).toBeGreaterThan(1e4);
  expect(none[63]).toBeGreaterThan(none[7]);
  expect(m.maxStableLr.ln).not.toBeNull();
  expect(m.maxStableLr.ln!).toBeGreaterThan(m.maxStableLr.none ?? 0);
  expect(m.ladder.ln.stable).toHaveLength(m.lrs.length);
  await expect(summary(demo)).toContainText('la mayor tasa estable fue');
  await expect(demo.getByRole('img', { name: /Gráfica de ‖h_t‖ en cada paso/ })).toBeVisible();
  await expect(demo.getByRole('table', { name: /Pérdida final de cada red/ })).toBeVisible();
});

test('a preset link sets the scale: at 1 the plain state fades instead; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&escala=1&steps=100`, LESSON_7_2);
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.steps).toBe(100);
  expect(first.scale).toBe(1);
  expect(first.hiddenNorms!.none[63]).toBeLessThan(1e-4);
  expect(first.hiddenNorms!.ln[63]).toBeGreaterThan(2);
});
