/** Search from the header: Pagefind over the lessons, by touch and by keyboard, down to a section. */
import { test, expect } from './helpers/site-fixture';
import { HOME, LESSON_7_1 } from './helpers/pages';

const box = (page: import('@playwright/test').Page) => page.getByRole('search', { name: 'Buscar en el curso' }).getByRole('searchbox');

test('«varianza» encuentra la lección 7.1 y lleva a una de sus secciones', async ({ page }) => {
  await page.goto(HOME);
  await box(page).fill('varianza');
  const results = page.getByRole('search').getByRole('link');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/lecci(ón|ones) .*«varianza»/);
  await expect(results.first()).toHaveAttribute('href', LESSON_7_1);
  await expect(results.first()).toContainText('7.1 Batch Normalization');
  const section = results.filter({ has: page.locator('mark') }).nth(1);
  const href = (await section.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${LESSON_7_1}#[a-z0-9-]+$`));
  await section.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('con el teclado: escribir, bajar y subir por los resultados, Escape cierra, Intro va al primero', async ({ page }) => {
  await page.goto(LESSON_7_1);
  await box(page).focus();
  await page.keyboard.type('normalización');
  const results = page.getByRole('search').getByRole('link');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  // Escape closes the results (and the browser empties a search box); Enter goes to the first result.
  await page.keyboard.press('Escape');
  await expect(results.first()).toBeHidden();
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('varianza');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(results.first()).toBeFocused();
});

test('una búsqueda sin resultados lo dice', async ({ page }) => {
  await page.goto(HOME);
  await box(page).fill('ornitorrinco');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('Nada encontrado para «ornitorrinco».');
});

test('lo escrito antes de que cargue el script de búsqueda también se busca', async ({ page }) => {
  // The box as a reader on a slow phone finds it: typed into before the page's scripts ran.
  // Hold the search script back until the box exists (module scripts do not stop the parser) and holds a word.
  await page.route('**/SiteSearch.astro_astro_type_script_index_0_lang.*.js', async (route) => {
    await page.locator('#buscar').evaluate((input: HTMLInputElement) => (input.value = 'varianza'));
    await route.continue();
  });
  await page.goto(HOME);
  await expect(page.getByRole('search').getByRole('link').first()).toHaveAttribute('href', LESSON_7_1);
});
