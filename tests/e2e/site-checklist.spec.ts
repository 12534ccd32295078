/** The interactive checklist: ticks, progress, persistence; a readable list without JavaScript. */
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';

test('las marcas se guardan y sobreviven a una recarga', async ({ page }) => {
  await page.goto(`${LESSON_7_1}#checklist`);
  const list = page.locator('[data-checklist]').first();
  const boxes = list.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(5);
  const progress = list.getByRole('status');
  await expect(progress).toHaveText(`0 de ${total} completados`);

  await boxes.nth(0).check();
  // The whole line is a label: clicking the text ticks the box too.
  const third = boxes.nth(2);
  await third.locator('xpath=ancestor::label').click();
  await expect(third).toBeChecked();
  await expect(progress).toHaveText(`2 de ${total} completados`);

  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(progress).toHaveText(`2 de ${total} completados`);

  await list.getByRole('button', { name: 'Desmarcar todo' }).click();
  await expect(progress).toHaveText(`0 de ${total} completados`);
  await page.reload();
  await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('es una lista legible', async ({ page }) => {
    await page.goto(LESSON_7_1);
    const items = page.locator('[data-checklist] li');
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    await expect(items.first()).toBeVisible();
    await expect(page.locator('[data-checklist]').getByRole('button')).toHaveCount(0);
  });
});
