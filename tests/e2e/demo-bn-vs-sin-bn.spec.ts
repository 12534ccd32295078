/**
 * Demo `bn-vs-sin-bn`: two networks, identical but for BN, train live in a worker. These tests press
 * the real buttons and wait on `data-state`; the numbers they check come from `data-metrics`.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './helpers/site-fixture';
import { expectValid, metricsOf, open, RUN_TIMEOUT, summary, trainButton } from './helpers/bn-vs-sin-bn';
import { DEFAULTS } from '../../src/lib/experiments/bn-vs-sin-bn';

test('Entrenar trains both networks to the end and BN wins at the defaults', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await open(page);
  await expect(summary(demo)).toContainText('Entrenar');
  await trainButton(demo).click();
  await expect(demo).not.toHaveAttribute('data-state', 'idle');
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
  const steps = Number(await demo.getByLabel('Pasos').inputValue());
  const m = await metricsOf(demo);
  expectValid(m, steps);
  expect(m.withBN!.diverged).toBe(false);
  // The course's claim, visible at the defaults: the BN network is clearly ahead on the test split.
  expect(m.withBN!.acc).toBeGreaterThan(m.withoutBN!.acc + 0.1);
  await expect(summary(demo)).toContainText('Gana la red con BN');
  // The charts have their text alternatives.
  await expect(demo.getByRole('img', { name: /pérdida de entrenamiento/ })).toBeVisible();
  await expect(demo.getByRole('img', { name: /regiones de decisión de la red con bn/i })).toBeVisible();
});

test('a run can be started and completed with the keyboard only', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await open(page);
  const stepsSelect = demo.getByLabel('Pasos');
  const train = trainButton(demo);
  // Tab from the demo's anchor to the steps control, pick a shorter run, then Tab to Entrenar.
  const tabTo = async (target: Locator) => {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('no se llegó al control con el tabulador');
  };
  // On a phone the settings are folded behind their disclosure: open it from the keyboard first.
  const fold = demo.getByRole('button', { name: /^Cambiar ajustes/ });
  if (await fold.isVisible()) {
    await tabTo(fold);
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
  }
  await tabTo(stepsSelect);
  const before = Number(await stepsSelect.inputValue());
  await page.keyboard.press('ArrowUp');
  await expect(stepsSelect).not.toHaveValue(String(before));
  const steps = Number(await stepsSelect.inputValue());
  expect(steps).toBeLessThan(before);
  await tabTo(train);
  await page.keyboard.press('Enter');
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
  expectValid(await metricsOf(demo), steps);
  // Focus stays on the button that started the run.
  await expect(train).toBeFocused();
  // The preset is in the address bar, ready to share.
  expect(new URL(page.url()).searchParams.get('steps')).toBe(String(steps));
});

test('a second run does not leak tensors in the worker', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await open(page, '?demo=bn-vs-sin-bn&steps=100');
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT / 2 });
  const first = await metricsOf(demo);
  expectValid(first, 100);
  await trainButton(demo).click();
  // A new run (it may already have finished by the time this looks).
  await expect.poll(async () => (await metricsOf(demo)).run).toBe(first.run + 1);
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT / 2 });
  const second = await metricsOf(demo);
  expectValid(second, 100);
  expect(second.tensors).toBeLessThanOrEqual(first.tensors!);
  // Same seed, same settings: the same results.
  expect(second.withBN!.acc).toBeCloseTo(first.withBN!.acc, 5);
});

test('junk query parameters are ignored with a visible note and the defaults still train', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await open(page, '?demo=bn-vs-sin-bn&lr=abc&depth=99&act=%3Cscript%3E&nada=1&steps=100');
  const note = demo.locator('[data-url-notes]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('lr=abc');
  await expect(note).toContainText('depth=99');
  await expect(note).toContainText('nada=1');
  // Invalid values fall back to the defaults; the valid one (steps) is applied.
  await expect(demo.getByLabel('Capas ocultas')).toHaveValue(String(DEFAULTS.depth));
  await expect(demo.getByLabel('Activación')).toHaveValue(DEFAULTS.act);
  await expect(demo.getByRole('group', { name: 'Ajustes' }).getByText(`Tasa de aprendizaje: ${String(DEFAULTS.lr).replace('.', ',')}`)).toBeVisible();
  await expect(demo.getByLabel('Pasos')).toHaveValue('100');
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
  expectValid(await metricsOf(demo), 100);
});

test('Pausa, Paso and Reiniciar control a run', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  // The longest run the schema allows: the pause must land before the end even when the page's main
  // thread is slow to take the click (a loaded machine; see issue 9's main-thread budget).
  const demo = await open(page, '?demo=bn-vs-sin-bn&steps=5000');
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', 'running');
  await demo.getByRole('button', { name: 'Pausa' }).click();
  await expect(demo).toHaveAttribute('data-state', 'paused');
  const before = (await metricsOf(demo)).steps;
  expect(before).toBeLessThan(5000);
  await demo.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect.poll(async () => (await metricsOf(demo)).steps).toBe(before + 1);
  await expect(demo).toHaveAttribute('data-state', 'paused');
  await demo.getByRole('button', { name: 'Reiniciar' }).click();
  await expect(demo).toHaveAttribute('data-state', 'idle');
  expect((await metricsOf(demo)).steps).toBe(0);
  // From idle, Paso starts a run and stops after its first step.
  await demo.getByRole('button', { name: 'Paso', exact: true }).click();
  await expect.poll(async () => (await metricsOf(demo)).steps).toBe(1);
  await expect(demo).toHaveAttribute('data-state', 'paused');
});
