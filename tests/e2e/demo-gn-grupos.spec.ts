/**
 * Demo `gn-grupos` (lesson 7.3). The tensor: GN with G = 1 gives LN's numbers and with G = 4 IN's,
 * cell for cell, and G = 2 neither. The sweep: over seeds 1–5 at the defaults (width 32; BENCHMARKS.md)
 * GN had 3,7–8,0 % test error with G ≤ 8 and 89–92 % (chance) with G = 16 and 32, one or two units
 * per group. Asserted with margins.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_3 } from './helpers/pages';
import type { GnGruposMetrics as Metrics } from '../../src/islands/gn-grupos/view';

const NAME = 'gn-grupos';

test('the tensor: GN with G = 1 is LN and with G = 4 is IN, number for number; G = 2 is neither', async ({ page }) => {
  const demo = await openDemo(page, NAME, '', LESSON_7_3);
  const groups = demo.getByRole('group', { name: 'Grupos de GN (G)' });
  const reference = demo.getByRole('group', { name: 'Comparar con' });
  const verdict = demo.getByText(/^GN con G = \d y (Layer|Instance) Norm/);
  await expect(verdict).toContainText('GN con G = 1 y Layer Norm dan los mismos 24 valores normalizados, número a número');
  // The two tables of the first example show the same numbers.
  const cells = async (table: string) => demo.getByRole('table', { name: table }).getByRole('cell').allInnerTexts();
  expect(await cells('Ejemplo 1: GN con G = 1')).toEqual(await cells('Ejemplo 1: LN'));

  await groups.getByRole('radio', { name: '4' }).check();
  await expect(verdict).toContainText('difieren');
  await reference.getByRole('radio', { name: 'IN' }).check();
  await expect(verdict).toContainText('GN con G = 4 y Instance Norm dan los mismos 24 valores normalizados');
  expect(await cells('Ejemplo 2: GN con G = 4')).toEqual(await cells('Ejemplo 2: IN'));

  await groups.getByRole('radio', { name: '2' }).check();
  await expect(verdict).toContainText(/GN con G = 2 y Instance Norm difieren en \d+ de 24 celdas/);
  await expect(demo.getByRole('table', { name: 'Ejemplo 1: GN con G = 2' }).getByText('(distinto)').first()).toBeAttached();
});

test('the sweep: a dense layer with one or two units per group stays at chance; with four or more GN learns', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_3);
  const m = await trainToDone<Metrics>(demo);
  expect(m).toMatchObject({ width: 32, groups: [1, 2, 4, 8, 16, 32], unitsPerGroup: [32, 16, 8, 4, 2, 1] });
  expect(m.tensor).toEqual({ layerAtG1: 0, instanceAtGC: 0 });
  const [g1, g2, g4, g8, g16, g32] = m.error.gn.map((e) => e!);
  for (const e of [g1, g2, g4, g8]) expect(e).toBeLessThan(0.15);
  for (const e of [g16, g32]) expect(e).toBeGreaterThan(0.8);
  expect(m.error.none!).toBeLessThan(0.1);
  await expect(summary(demo)).toContainText('G = 16 (2 neuronas por grupo) y G = 32 (1 neurona por grupo) se quedan en el azar');
  await expect(demo.getByRole('img', { name: /Gráfica del error en test según el número de grupos de GN\. G = 1: / })).toBeVisible();
  await expect(demo.getByRole('table', { name: 'Error en test al terminar' })).toContainText('G = 16 (2 neuronas por grupo)');
  await expect(demo.getByRole('table', { name: /Wu y He \(2018\), tabla 3/ })).toContainText('28,4');
});

test('a preset link sets a wider net: its sweep reaches G = 64; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&width=64&steps=50`, LESSON_7_3);
  await expect(demo.getByLabel('Neuronas por capa oculta')).toHaveValue('64');
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.groups).toEqual([1, 2, 4, 8, 16, 32, 64]);
  expect(first.totalSteps).toBe(50);
  expect(first.error.gn.every((e) => e !== null)).toBe(true);
});
