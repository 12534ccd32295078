/** Light/dark: follows the system, the switch (state exposed) changes it and is remembered, and nothing flashes. */
import { test, expect } from './helpers/site-fixture';
import type { Page } from '@playwright/test';
import { LESSON_7_1 } from './helpers/pages';

/** Relative luminance (0 black … 1 white) of the page background. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  });
}

/** Colour of the first code token, to check that Shiki's dual theme follows the page theme. */
const codeTokenColor = (page: Page) =>
  page.locator('.prose pre.astro-code span[style]').first().evaluate((el) => getComputedStyle(el).color);

test.describe('con el sistema en modo oscuro', () => {
  test.use({ colorScheme: 'dark' });

  test('la página se muestra oscura', async ({ page }) => {
    await page.goto(LESSON_7_1);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await expect(page.getByRole('switch', { name: 'Tema oscuro' })).toBeChecked();
  });
});

test.describe('con el sistema en modo claro', () => {
  test.use({ colorScheme: 'light' });

  test('el botón cambia el tema, se recuerda y no parpadea al recargar', async ({ page }) => {
    await page.goto(LESSON_7_1);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    const lightCode = await codeTokenColor(page);

    const toggle = page.getByRole('switch', { name: 'Tema oscuro' });
    await expect(toggle).not.toBeChecked();
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await codeTokenColor(page)).not.toBe(lightCode);

    // On reload the theme must already be set when <body> starts, i.e. before the first paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | null }).themeAtBody =
            document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    await expect(page.getByRole('switch', { name: 'Tema oscuro' })).toBeChecked();

    await page.getByRole('switch', { name: 'Tema oscuro' }).click();
    await expect(page.getByRole('switch', { name: 'Tema oscuro' })).not.toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await codeTokenColor(page)).toBe(lightCode);
  });
});
