/**
 * Demo `ln-pre-post` (lesson 7.2): a residual MLP with Post-LN or Pre-LN. Over seeds 1–5 at the
 * defaults (BENCHMARKS.md): from 1 to 16 blocks the last block's gradient at initialisation falls to
 * 0,15–0,40 of its value with Pre-LN and does not fall with Post-LN (0,44–1,41, at least twice
 * Pre-LN's ratio on every seed); trained at lr 0,03 with Adam, Post-LN without warm-up stays at chance
 * (8–12 %), Pre-LN reaches 91–95 % with or without warm-up, and warm-up lifts Post-LN to 76–87 %, still
 * below Pre-LN. Asserted with margins.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_2 } from './helpers/pages';
import type { PrePostMetrics as Metrics } from '../../src/islands/ln-pre-post/view';

const NAME = 'ln-pre-post';

test("Pre-LN's last-block gradient falls with depth and Post-LN's does not; at a high rate Post-LN needs warm-up", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_2);
  const m = await trainToDone<Metrics>(demo);
  expect(m).toMatchObject({ blocks: 6, lr: 0.03, warmup: 100, depths: [1, 2, 4, 8, 16] });
  // One single-step stack per depth, then the training run.
  expect(m.steps).toBe(m.depths.length + 200);
  for (const p of ['post', 'pre'] as const) {
    expect(m.lastBlockGrad[p].every((g) => g !== null && g > 0)).toBe(true);
    expect(m.layerGrad![p]).toHaveLength(2 * m.blocks + 2);
  }
  expect(m.depthRatio.pre!).toBeLessThan(0.5);
  expect(m.depthRatio.post!).toBeGreaterThan(2 * m.depthRatio.pre!);
  expect(m.acc.post!).toBeLessThan(0.2);
  expect(m.acc.pre!).toBeGreaterThan(0.85);
  expect(m.acc['pre-warm']!).toBeGreaterThan(0.85);
  expect(m.acc['post-warm']!).toBeGreaterThan(m.acc.post! + 0.3);
  expect(m.acc['post-warm']!).toBeLessThan(m.acc.pre!);
  await expect(summary(demo)).toContainText('el acierto en test es');
  await expect(demo.getByRole('img', { name: /Gráfica de ‖∂L\/∂W₂‖ del último bloque al empezar/ })).toBeVisible();
  await expect(demo.getByRole('img', { name: /Gráfica de ‖∂L\/∂W‖ de cada matriz de pesos/ })).toBeVisible();
  await expect(demo.getByRole('table', { name: 'Acierto en test al terminar' })).toBeVisible();
});

test('a preset link sets a low rate and fewer blocks: all four train; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&lr=0.003&bloques=4&steps=100`, LESSON_7_2);
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first).toMatchObject({ blocks: 4, lr: 0.003 });
  expect(first.layerGrad!.pre).toHaveLength(10);
  for (const acc of Object.values(first.acc)) expect(acc!).toBeGreaterThan(0.8);
});
