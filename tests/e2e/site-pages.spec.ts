/** Every page answers, speaks Spanish, is well described, and links down to lesson 7.1. */
import { test, expect } from './helpers/site-fixture';
import { COURSE, HOME, LESSON_7_1, LESSON_7_2, LESSON_7_3, PAGES, UNIT_7 } from './helpers/pages';

for (const path of PAGES) {
  test(`${path} responde 200 con título, descripción y URL canónica`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(/CursoIA/);
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  });
}

test.describe('página 404', () => {
  // The missing page itself is the only thing allowed to fail.
  test.use({ ignoredProblems: [/\/esta-pagina-no-existe\//] });

  test('responde 404, en español, y enlaza a la portada', async ({ page }) => {
    const response = await page.goto('/esta-pagina-no-existe/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    const home = page.getByRole('main').getByRole('link', { name: 'Ir a la página de inicio' });
    await expect(home).toHaveAttribute('href', '/');
    await home.click();
    await expect(page).toHaveURL(HOME);
  });
});

test('de la portada a la lección 7.1 siguiendo enlaces', async ({ page }) => {
  await page.goto(HOME);
  await page.getByRole('main').getByRole('link', { name: 'Optimización de redes neuronales' }).click();
  await expect(page).toHaveURL(COURSE);
  await page.getByRole('main').getByRole('link', { name: 'Normalización y estabilidad' }).click();
  await expect(page).toHaveURL(UNIT_7);
  await page.getByRole('main').getByRole('link', { name: 'Batch Normalization' }).click();
  await expect(page).toHaveURL(LESSON_7_1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Batch Normalization');
});

test('la unidad 7 enlaza las lecciones 7.1 a 7.3 y anuncia las siguientes', async ({ page }) => {
  await page.goto(UNIT_7);
  const main = page.getByRole('main');
  const published = [
    ['Batch Normalization', LESSON_7_1],
    ['Layer Normalization', LESSON_7_2],
    ['Group Normalization e Instance Normalization', LESSON_7_3],
  ] as const;
  for (const [name, href] of published) await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  await expect(main.getByRole('heading', { name: 'Próximamente' })).toBeVisible();
  // An announced lesson is a card without a link; a published one is not announced again.
  const card = (code: string) => main.getByRole('listitem').filter({ hasText: `Lección ${code}` });
  await expect(card('7.4').getByRole('link')).toHaveCount(0);
  await expect(card('7.3')).toHaveCount(1);
  await expect(card('7.3').getByRole('link')).toHaveCount(1);
});

test('la lección tiene migas de pan y enlace de vuelta a la unidad', async ({ page }) => {
  await page.goto(LESSON_7_1);
  const crumbs = page.getByRole('navigation', { name: 'Ruta de navegación' });
  await expect(crumbs.getByRole('link', { name: 'Inicio' })).toHaveAttribute('href', HOME);
  await expect(crumbs.getByRole('link', { name: 'Optimización de redes neuronales' })).toHaveAttribute('href', COURSE);
  await expect(crumbs.getByRole('link', { name: 'Unidad 7' })).toHaveAttribute('href', UNIT_7);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(/Batch Normalization/);
  const pager = page.getByRole('navigation', { name: 'Navegación entre lecciones' });
  await expect(pager.getByRole('link', { name: /Volver a la unidad/ })).toHaveAttribute('href', UNIT_7);
});
