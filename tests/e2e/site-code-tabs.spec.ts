/** Code tabs: ARIA tabs that switch, sync across the page, persist, and copy their code. */
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';

test('las pestañas cambian, se sincronizan en toda la página y se recuerdan', async ({ page }) => {
  await page.goto(`${LESSON_7_1}#ejemplo`);
  const lists = page.getByRole('tablist', { name: 'Lenguaje del ejemplo' });
  expect(await lists.count()).toBeGreaterThanOrEqual(2);

  const first = lists.first();
  const keras = first.getByRole('tab', { name: 'Keras' });
  await expect(first.getByRole('tab', { name: 'PyTorch' })).toHaveAttribute('aria-selected', 'true');
  await keras.click();
  await expect(keras).toHaveAttribute('aria-selected', 'true');
  const panelId = await keras.getAttribute('aria-controls');
  await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Keras' }).first()).toBeVisible();

  // Every group that offers Keras now shows it; no PyTorch panel stays visible.
  const selectedEverywhere = async () =>
    page.getByRole('tab', { selected: true }).evaluateAll((tabs) => tabs.map((t) => t.textContent?.trim()));
  const count = await lists.count();
  await expect.poll(selectedEverywhere).toEqual(Array(count).fill('Keras'));
  await expect(page.getByRole('tabpanel', { name: 'PyTorch' })).toHaveCount(0);

  await page.reload();
  await expect.poll(selectedEverywhere).toEqual(Array(count).fill('Keras'));
});

test('las flechas, Inicio y Fin mueven la pestaña activa', async ({ page }) => {
  await page.goto(`${LESSON_7_1}#ejemplo`);
  const list = page.getByRole('tablist', { name: 'Lenguaje del ejemplo' }).first();
  const tabs = list.getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.last()).toBeFocused();
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  // Only the selected tab is in the Tab order.
  expect(await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(
    ['0', ...Array((await tabs.count()) - 1).fill('-1')],
  );
});

test('el botón Copiar copia el código y anuncia «Copiado»', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${LESSON_7_1}#ejemplo`);
  const panel = page.getByRole('tabpanel').first();
  const code = (await panel.locator('pre code').innerText()).trim();
  await panel.getByRole('button', { name: 'Copiar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copiado' })).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Copiado' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(code);
});

test('todos los bloques de código de la lección tienen botón de copiar', async ({ page }) => {
  await page.goto(LESSON_7_1);
  const blocks = await page.locator('.prose pre').count();
  expect(blocks).toBeGreaterThan(0);
  await expect(page.locator('.prose .code-block > button')).toHaveCount(blocks);
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('se leen todas las variantes, cada una con su nombre', async ({ page }) => {
    await page.goto(LESSON_7_1);
    const group = page.locator('[data-code-tabs]').first();
    await expect(group.getByRole('tablist')).toBeHidden();
    for (const label of ['PyTorch', 'Keras', 'TensorFlow.js']) {
      await expect(group.getByText(label, { exact: true }).filter({ visible: true })).toHaveCount(1);
    }
    const panels = group.locator('pre');
    for (let i = 0; i < (await panels.count()); i += 1) await expect(panels.nth(i)).toBeVisible();
  });
});
