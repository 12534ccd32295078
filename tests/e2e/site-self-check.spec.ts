/**
 * The lesson's self-check (SelfCheck.astro): every question says why a wrong and the right option are
 * what they are, links to where the lesson shows it, counts the block's progress, keeps the answers
 * across a reload, works from the keyboard, moves nothing at load, and reads without JavaScript.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';
import { lessonPaths } from './helpers/built-site';
import { cumulative, layoutShifts, STABLE, watchLayoutShifts } from './helpers/layout-shifts';

const blocks = (page: Page) => page.locator('section[data-self-check]');

/** Index of the right option, as the page's answer key says (the unit tests check the key itself). */
const rightIndex = (q: Locator) => q.locator('[data-why]').evaluateAll((els) => els.findIndex((e) => e.hasAttribute('data-correct')));

async function openLesson(page: Page, hash = '', lesson = LESSON_7_1): Promise<void> {
  await page.goto(`${lesson}${hash}`);
  await expect(blocks(page).first()).toHaveAttribute('data-ready', '');
}

for (const lesson of lessonPaths()) {
  test(`${lesson}: each question explains a wrong and the right answer, links to the lesson and counts`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLesson(page, '', lesson);
    const count = await blocks(page).count();
    expect(count).toBeGreaterThanOrEqual(3);
    let total = 0;
    for (let b = 0; b < count; b++) {
      const block = blocks(page).nth(b);
      const questions = block.getByRole('group');
      const n = await questions.count();
      total += n;
      await expect(block.getByText(`Has acertado 0 de ${n}.`)).toBeVisible();
      for (let i = 0; i < n; i++) {
        const q = questions.nth(i);
        const status = q.getByRole('status');
        await q.getByRole('button', { name: 'Comprobar' }).click();
        await expect(status).toHaveText('Elige una respuesta y pulsa «Comprobar».');

        const right = await rightIndex(q);
        const radios = q.getByRole('radio');
        await radios.nth(right === 0 ? 1 : 0).check();
        await expect(status).toBeEmpty();
        await q.getByRole('button', { name: 'Comprobar' }).click();
        await expect(q).toHaveAttribute('data-state', 'wrong');
        await expect(status).toContainText('No es esa.');
        await expect(q.getByText('✗ Respuesta incorrecta')).toBeVisible();
        const link = status.getByRole('link');
        await expect(link).toHaveAttribute('href', /#[\w-]+$/);
        // The link leads to a place that exists on the page.
        const target = (await link.getAttribute('href'))!.split('#')[1];
        await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);

        await radios.nth(right).check();
        await q.getByRole('button', { name: 'Comprobar' }).click();
        await expect(q).toHaveAttribute('data-state', 'right');
        await expect(status).toContainText('Correcto.');
        await expect(block.getByText(`Has acertado ${i + 1} de ${n}.`)).toBeVisible();
      }
    }
    expect(total).toBeGreaterThanOrEqual(6);
  });
}

test('answers survive a reload, and «Borrar mis respuestas» forgets them', async ({ page }) => {
  await openLesson(page, '#autoevaluacion-funcionamiento');
  const block = page.locator('section[data-block="funcionamiento"]');
  const q = block.getByRole('group').first();
  await q
    .getByRole('radio')
    .nth(await rightIndex(q))
    .check();
  await q.getByRole('button', { name: 'Comprobar' }).click();
  const second = block.getByRole('group').nth(1);
  await second.getByRole('radio').first().check();

  await page.reload();
  await expect(block).toHaveAttribute('data-ready', '');
  await expect(q).toHaveAttribute('data-state', 'right');
  await expect(q.getByText('✓ Respuesta correcta')).toBeVisible();
  // The explanation comes back with «Comprobar» (shown at load, it would push the page down).
  await expect(q.getByRole('status')).toBeEmpty();
  await q.getByRole('button', { name: 'Comprobar' }).click();
  await expect(q.getByRole('status')).toContainText('Correcto.');
  await expect(second.getByRole('radio').first()).toBeChecked();
  await expect(second).toHaveAttribute('data-state', 'chosen');
  await expect(block.getByText('Has acertado 1 de 2.')).toBeVisible();

  await block.getByRole('button', { name: 'Borrar mis respuestas' }).click();
  await expect(block.getByText('Has acertado 0 de 2.')).toBeVisible();
  await page.reload();
  await expect(block).toHaveAttribute('data-ready', '');
  await expect(block.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('works from the keyboard: arrows choose, the button checks, the verdict is announced', async ({ page }) => {
  await openLesson(page, '#autoevaluacion-checklist');
  const q = page.locator('section[data-block="checklist"]').getByRole('group').first();
  const radios = q.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('Space');
  await expect(radios.first()).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: 'Comprobar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q).toHaveAttribute('data-state', /right|wrong/);
  await expect(q.getByRole('status')).toContainText(/Correcto\.|No es esa\./);
});

test('nothing moves at load, with or without saved answers, when the reader lands on a self-check', async ({ page }) => {
  await watchLayoutShifts(page);
  await openLesson(page, '#autoevaluacion-errores-tipicos');
  await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
  const first = await layoutShifts(page);
  expect(cumulative(first), first.join(', ')).toBeLessThan(STABLE);
  // Nothing of the self-check itself moves.
  expect(first.filter((s) => s.includes('self-check'))).toEqual([]);

  const block = page.locator('section[data-block="errores-tipicos"]');
  for (const q of await block.getByRole('group').all()) {
    await q.getByRole('radio').first().check();
    await q.getByRole('button', { name: 'Comprobar' }).click();
  }
  await page.reload();
  await expect(block).toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
  const restored = await layoutShifts(page);
  expect(cumulative(restored), restored.join(', ')).toBeLessThan(STABLE);
  expect(restored.filter((s) => s.includes('self-check'))).toEqual([]);
});

test('what the script writes at load (the count, a saved verdict) takes no room the page had not kept for it', async ({
  page,
  request,
}) => {
  // Before the script runs, the count is already in the page's HTML…
  const html = await (await request.get(LESSON_7_1)).text();
  expect(html.match(/data-progress[^>]*>([^<]*)</)?.[1]).toMatch(/^Has acertado 0 de \d+\.$/);
  // …and a verdict's mark fits beside «Comprobar» even at 360 px, where the row could wrap.
  await page.setViewportSize({ width: 360, height: 740 });
  await openLesson(page, '#autoevaluacion-errores-tipicos');
  const block = page.locator('section[data-block="errores-tipicos"]');
  for (const q of await block.getByRole('group').all()) {
    const actions = q.getByRole('button', { name: 'Comprobar' }).locator('..');
    const before = (await actions.boundingBox())!.height;
    await q
      .getByRole('radio')
      .nth((await rightIndex(q)) === 0 ? 1 : 0)
      .check();
    await q.getByRole('button', { name: 'Comprobar' }).click();
    await expect(q.getByText('✗ Respuesta incorrecta')).toBeVisible();
    expect((await actions.boundingBox())!.height).toBe(before);
  }
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the options still choose, and each answer is in a «Ver la respuesta» disclosure', async ({ page }) => {
    await page.goto(`${LESSON_7_1}#autoevaluacion-motivacion`);
    const q = page.locator('section[data-block="motivacion"]').getByRole('group').first();
    await expect(q.getByRole('button', { name: 'Comprobar' })).toBeHidden();
    await q.getByRole('radio').first().check();
    await expect(q.getByRole('radio').first()).toBeChecked();
    const answer = q.getByText('Ver la respuesta');
    await expect(answer).toBeVisible();
    await answer.click();
    await expect(q.getByText(/^Respuesta:/)).toBeVisible();
    await expect(q.getByRole('link')).toHaveAttribute('href', /#[\w-]+$/);
  });
});
