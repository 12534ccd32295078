/** Reading layout: no sideways scroll on a 360 px phone, TOC per screen size, skip link. */
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1, PAGES } from './helpers/pages';

test.describe('a 360 px de ancho', () => {
  test.use({ viewport: { width: 360, height: 740 }, ignoredProblems: [/\/no-existe\//] });

  for (const path of [...PAGES, '/no-existe/']) {
    test(`${path} no se desplaza en horizontal`, async ({ page }) => {
      await page.goto(path);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.viewport).toBe(360);
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    });
  }
});

test('en el móvil el índice es un desplegable', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'solo en el proyecto de móvil');
  await page.goto(LESSON_7_1);
  const summary = page.locator('summary', { hasText: 'En esta lección' });
  await expect(summary).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'En esta lección' });
  await expect(toc).toBeHidden();
  await summary.click();
  await expect(toc.getByRole('link', { name: 'Motivación' })).toBeVisible();
});

test('en pantalla ancha el índice queda fijo al bajar', async ({ page, isMobile }) => {
  test.skip(isMobile, 'solo en el proyecto de escritorio');
  await page.goto(LESSON_7_1);
  const toc = page.getByRole('navigation', { name: 'En esta lección' });
  await expect(toc).toBeInViewport();
  // Bring the checklist section (long, no subsections) to the top: the TOC stays on screen and marks it.
  await page.locator('#checklist').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#checklist')).toBeInViewport();
  await expect(toc).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'Checklist accionable' })).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
});

test('el enlace «Saltar al contenido» lleva al contenido principal', async ({ page, isMobile }) => {
  test.skip(isMobile, 'el teclado se prueba en escritorio');
  await page.goto(LESSON_7_1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
