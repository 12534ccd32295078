/**
 * Demo `in-estilo` (lesson 7.3). Over seeds 1–5 at the defaults (BENCHMARKS.md): IN on the input had
 * the same test accuracy on tinted digits as on grey ones (0.93–0.97), BN on the input fell to
 * 0.13–0.17 and no normalisation to 0.87–0.93; with the tint as the label IN stayed at chance (0.31–0.33)
 * and the others reached 1.0. Asserted with margins. The AdaIN panel needs no training.
 */
import { test, expect } from './helpers/site-fixture';
import { expectNoLeak, openDemo, RUN_TIMEOUT, summary, trainToDone } from './helpers/demo';
import { LESSON_7_3 } from './helpers/pages';
import type { InEstiloMetrics as Metrics } from '../../src/islands/in-estilo/view';

const NAME = 'in-estilo';

test('IN on the input is blind to the tint: the same accuracy on colours as on grey, and chance when the tint is the label', async ({
  page,
}) => {
  test.setTimeout(RUN_TIMEOUT);
  const demo = await openDemo(page, NAME, '', LESSON_7_3);
  const m = await trainToDone<Metrics>(demo);
  expect(m.situations).toEqual(['gray', 'tinted', 'label']);
  const [gray, tinted, label] = [0, 1, 2];
  expect(m.acc.in[tinted]).toBe(m.acc.in[gray]);
  expect(m.acc.in[gray]!).toBeGreaterThan(0.9);
  expect(m.acc.bn[gray]!).toBeGreaterThan(0.9);
  expect(m.acc.bn[tinted]!).toBeLessThan(0.4);
  expect(m.acc.none[tinted]!).toBeLessThan(m.acc.none[gray]!);
  expect(m.acc.in[label]!).toBeLessThan(0.45);
  for (const method of ['none', 'bn'] as const) expect(m.acc[method][label]!).toBeGreaterThan(0.95);
  await expect(summary(demo)).toContainText('Con dígitos de colores, IN en la entrada acierta el');
  await expect(demo.getByRole('table', { name: 'Acierto en test al terminar' })).toContainText('El tinte es la etiqueta');
});

test("AdaIN: the result has the content's shape and the style's channel statistics; choosing another colour changes it", async ({
  page,
}) => {
  const demo = await openDemo(page, NAME, '', LESSON_7_3);
  const stats = demo.getByRole('table', { name: 'Media (μ) y desviación (σ) de cada canal' });
  // Per channel row: [content, style, AdaIN] cells.
  const columns = async () => {
    const rows = await stats
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .all();
    return Promise.all(rows.map((r) => r.getByRole('cell').allInnerTexts()));
  };
  const check = async () => {
    const rows = await columns();
    expect(rows).toHaveLength(3);
    for (const [content, style, result] of rows) {
      expect(result).toBe(style);
      expect(content).not.toBe(style);
    }
  };
  await check();
  await expect(demo.getByRole('img', { name: 'Un 0 en rosa sobre granate' })).toBeVisible();
  const before = await columns();
  await demo.getByRole('radio', { name: 'cian sobre azul' }).check();
  await expect(demo.getByRole('img', { name: 'Un 0 en cian sobre azul' })).toBeVisible();
  await check();
  expect(await columns()).not.toEqual(before);
});

test('a preset link sets the steps; the three stacks run in turn; a second run leaks nothing', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT * 2);
  const demo = await openDemo(page, NAME, `?demo=${NAME}&steps=50`, LESSON_7_3);
  await expect(demo.getByLabel('Pasos')).toHaveValue('50');
  const [first] = await expectNoLeak<Metrics>(demo);
  expect(first.totalSteps).toBe(150);
  for (const accs of Object.values(first.acc)) expect(accs.every((a) => a !== null)).toBe(true);
});
