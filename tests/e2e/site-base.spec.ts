/**
 * The site built under a sub-path (SITE_BASE=/cursoia/, as `npm run test:site` builds it into
 * dist-base/) works when served there: pages and styles, the way from home to the lesson, search,
 * a demo's embed page and a training run (the worker fetches its data under the base).
 */
import { existsSync } from 'node:fs';
import { test, expect } from './helpers/site-fixture';
import { BASE_BUILD } from '../../playwright.config';
import { trainToDone, type RunFields } from './helpers/demo';

const origin = `http://127.0.0.1:${BASE_BUILD.port}`;
const at = (path: string) => `${origin}${BASE_BUILD.base}${path.replace(/^\//, '')}`;

test.skip(!existsSync(`${BASE_BUILD.dist}/index.html`), `sin ${BASE_BUILD.dist}/: npm run test:site la construye`);

test('bajo /cursoia/: de la portada a la lección, con sus estilos, y la búsqueda', async ({ page }) => {
  await page.goto(at('/'));
  await expect(page.locator('body')).toHaveCSS('margin', '0px');
  await page.getByRole('main').getByRole('link', { name: 'Optimización de redes neuronales' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Normalización y estabilidad' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Batch Normalization' }).click();
  await expect(page).toHaveURL(at('/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/'));
  await page.getByRole('search').getByRole('searchbox').fill('varianza');
  await expect(page.getByRole('search').getByRole('link').first()).toHaveAttribute(
    'href',
    `${BASE_BUILD.base}optimizacion-de-redes-neuronales/unidad-7/batch-normalization/`,
  );
});

test('bajo /cursoia/: una página de demo entrena y enlaza a la lección', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(at('/demos/bn-vs-sin-bn/?demo=bn-vs-sin-bn&steps=150'));
  await expect(page.getByRole('link', { name: /^7\.1 Batch Normalization/ })).toHaveAttribute(
    'href',
    `${BASE_BUILD.base}optimizacion-de-redes-neuronales/unidad-7/batch-normalization/#demo-bn-vs-sin-bn`,
  );
  const demo = page.locator('[data-demo="bn-vs-sin-bn"]');
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  const m = await trainToDone<RunFields>(demo);
  expect(m.totalSteps).toBe(150);
});
