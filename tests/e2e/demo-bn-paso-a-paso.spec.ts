/**
 * Demo `bn-paso-a-paso`: the reader edits a 6×3 batch and sees BN's per-feature statistics; eval
 * mode normalises with the running statistics. Expected numbers are computed here from the values
 * the test types or reads, never hard-coded results.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';

interface Metrics {
  mode: 'train' | 'eval';
  mean: number[];
  var: number[];
  runningMean: number[];
  runningVar: number[];
  gamma: number[];
  beta: number[];
  batches: number;
  momentum: number;
  eps: number;
  x: number[][];
  y: number[][];
  invalidCells: number;
}

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LESSON_7_1}${query}#demo-bn-paso-a-paso`);
  const demo = page.locator('[data-demo="bn-paso-a-paso"]');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-state', 'done');
  return demo;
}

async function metricsOf(demo: Locator): Promise<Metrics> {
  return JSON.parse((await demo.getAttribute('data-metrics')) ?? 'null') as Metrics;
}

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const biasedVar = (xs: number[]) => meanOf(xs.map((v) => (v - meanOf(xs)) ** 2));
const cell = (demo: Locator, i: number, j: number) => demo.getByRole('textbox', { name: `Ejemplo ${i + 1}, neurona ${j + 1}`, exact: true });

test('editing a column updates that feature’s batch mean and variance', async ({ page }) => {
  const demo = await open(page);
  const typed = [2.5, -1, 4, 0.5, 3, 7];
  for (let i = 0; i < typed.length; i++) await cell(demo, i, 1).fill(String(typed[i]).replace('.', ','));
  await expect.poll(async () => (await metricsOf(demo)).x.map((r) => r[1])).toEqual(typed);
  const m = await metricsOf(demo);
  expect(m.mode).toBe('train');
  expect(m.mean[1]).toBeCloseTo(meanOf(typed), 4);
  expect(m.var[1]).toBeCloseTo(biasedVar(typed), 3);
  // The other features are computed from their own columns only.
  const col0 = m.x.map((r) => r[0]);
  expect(m.mean[0]).toBeCloseTo(meanOf(col0), 3);
  // Training mode: y = γ·(x − μ_B)/√(σ²_B + ε) + β for every cell of the edited column.
  for (let i = 0; i < typed.length; i++) {
    const expected = (typed[i] - meanOf(typed)) / Math.sqrt(biasedVar(typed) + m.eps);
    expect(m.y[i][1]).toBeCloseTo(m.gamma[1] * expected + m.beta[1], 3);
  }
});

test('bad input shows a Spanish message and keeps a safe value', async ({ page }) => {
  const demo = await open(page);
  const before = await metricsOf(demo);
  const box = cell(demo, 0, 0);
  await box.fill('hola');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(demo.getByText(/no es un número; se usa su último valor válido/)).toBeVisible();
  const m = await metricsOf(demo);
  expect(m.invalidCells).toBe(1);
  expect(m.x[0][0]).toBe(before.x[0][0]);
  expect(m.mean.every(Number.isFinite)).toBe(true);
  await box.fill('');
  await expect(demo.getByText(/está vacía/)).toBeVisible();
  await box.fill('1,5');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(async () => (await metricsOf(demo)).x[0][0]).toBe(1.5);
});

test('eval mode uses the running statistics accumulated over the batches seen (keyboard only)', async ({ page }) => {
  const demo = await open(page);
  const first = await metricsOf(demo);
  expect(first.runningMean).toEqual([0, 0, 0]);
  expect(first.runningVar).toEqual([1, 1, 1]);
  // Moving on in training mode folds the batch on screen in, PyTorch-style (momentum 0.1, unbiased var).
  await demo.getByRole('button', { name: 'Nuevo batch' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await metricsOf(demo)).batches).toBe(1);
  const second = await metricsOf(demo);
  const mom = first.momentum;
  for (let j = 0; j < 3; j++) {
    const col = first.x.map((r) => r[j]);
    expect(second.runningMean[j]).toBeCloseTo(mom * meanOf(col), 3);
    expect(second.runningVar[j]).toBeCloseTo((1 - mom) * 1 + mom * biasedVar(col) * (6 / 5), 2);
  }
  // Switch to eval with the keyboard: arrow keys move within the radio group.
  await demo.getByRole('radio', { name: 'Entrenamiento' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(demo.getByRole('radio', { name: 'Evaluación' })).toBeChecked();
  await expect.poll(async () => (await metricsOf(demo)).mode).toBe('eval');
  const ev = await metricsOf(demo);
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 3; j++) {
      const expected = (ev.x[i][j] - ev.runningMean[j]) / Math.sqrt(ev.runningVar[j] + ev.eps);
      expect(ev.y[i][j]).toBeCloseTo(ev.gamma[j] * expected + ev.beta[j], 3);
    }
  }
  // Eval mode never updates the running statistics.
  await demo.getByRole('button', { name: 'Nuevo batch' }).click();
  await expect.poll(async () => (await metricsOf(demo)).x).not.toEqual(ev.x);
  expect((await metricsOf(demo)).runningMean).toEqual(ev.runningMean);
  await expect(demo.locator('[role="status"]')).toContainText('Modo de evaluación');
});

test('γ and β sliders scale and shift one feature', async ({ page }) => {
  const demo = await open(page);
  const slider = demo.getByRole('slider', { name: /γ n3/ });
  await slider.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await metricsOf(demo)).gamma[2]).toBeCloseTo(1.5, 5);
  const m = await metricsOf(demo);
  const col = m.x.map((r) => r[2]);
  const expected = (col[0] - meanOf(col)) / Math.sqrt(biasedVar(col) + m.eps);
  expect(m.y[0][2]).toBeCloseTo(1.5 * expected + m.beta[2], 3);
});

test('a URL preset applies valid settings and explains the invalid ones', async ({ page }) => {
  const demo = await open(page, '?demo=bn-paso-a-paso&mode=eval&momentum=0.3&lr=zzz');
  await expect.poll(async () => (await metricsOf(demo)).mode).toBe('eval');
  expect((await metricsOf(demo)).momentum).toBe(0.3);
  await expect(demo.getByText(/Se ignoró lr=zzz/)).toBeVisible();
});
