/**
 * Demo `normalizaciones`: the N × C × (H·W) block (by keyboard and by touch), and none / BN / LN / GN
 * trained in one stack at a tiny and a normal batch. At the defaults (BN statistics over 2 examples),
 * GN ≥ BN at the tiny batch on every seed 1–5 (BENCHMARKS.md), so that claim is asserted.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import type { NormalizacionesMetrics as Metrics } from '../../src/islands/normalizaciones/view';

const NAME = 'normalizaciones';

test('the block shows which cells share a mean and a variance, by keyboard', async ({ page }) => {
  const demo = await openDemo(page, NAME);
  const block = demo.getByRole('region', { name: /Un tensor de 2 ejemplos/ });
  const selection = block.locator('.nb__selection');
  // Batch Norm: a channel over both examples and their 3 positions.
  await expect(selection).toContainText('comparte media y varianza con 6 celdas');
  await expect(block.getByRole('button', { name: /en el conjunto seleccionado/ })).toHaveCount(6);
  // Layer Norm, chosen with the arrow keys inside the radio group.
  await block.getByRole('radio', { name: 'Batch Norm' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(block.getByRole('radio', { name: 'Layer Norm' })).toBeChecked();
  await expect(selection).toContainText('con 12 celdas');
  // Instance Norm: one channel of one example; pressing a cell of example 2 moves the set there.
  await block.getByRole('radio', { name: 'Instance Norm' }).check();
  const cell = block.getByRole('button', { name: /^Ejemplo 2, canal 3, posición 1/ });
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(selection).toContainText('con 3 celdas');
  await expect(selection).toContainText('μ = 2');
  // Group Norm with 2 groups of 2 channels.
  await block.getByRole('radio', { name: 'Group Norm' }).check();
  await block.getByRole('radio', { name: '2', exact: true }).check();
  await expect(selection).toContainText('con 6 celdas');
  await block.getByRole('radio', { name: 'valores normalizados x̂' }).check();
  await expect(cell).toHaveAccessibleName(/posición 1: -?\d/);
});

test('trains none, BN, LN and GN to done; GN ≥ BN at the tiny batch at the defaults', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME);
  const m = await trainToDone<Metrics>(demo);
  expect(m.batchSizes).toEqual([2, 32]);
  for (const method of ['none', 'bn', 'ln', 'gn'] as const) {
    const acc = m.results[method].acc;
    expect(acc).toHaveLength(2);
    for (const a of acc) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
  }
  // In this protocol only BN depends on the batch size (the page says so).
  for (const method of ['none', 'ln', 'gn'] as const) expect(m.results[method].acc[0]).toBe(m.results[method].acc[1]);
  expect(m.results.gn.acc[0]!).toBeGreaterThanOrEqual(m.results.bn.acc[0]!);
  await expect(summary(demo)).toContainText('GN iguala o supera a BN');
  await expect(demo.getByRole('table', { name: 'Acierto en test al terminar' }).getByRole('row')).toHaveCount(5);
});

test('a preset link sets the batch sizes; a group count that does not fit is replaced with a note; no leak', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&tiny=4&normal=64&width=16&groups=32&steps=150`);
  await expect(demo.locator('[data-url-notes]')).toContainText('32 grupos no dividen 16 neuronas');
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.batchSizes).toEqual([4, 64]);
  expect(first.groups).toBe(8);
  expect(first.steps).toBe(150);
});
