/** What search engines and link previews read: canonical URLs, social cards, structured data, sitemap, robots. */
import { test, expect } from './helpers/site-fixture';
import { lessonPaths } from './helpers/built-site';
import { COURSE, PAGES } from './helpers/pages';
import { sitemapLocs } from '../../src/build/site-links.mjs';

for (const path of PAGES) {
  test(`${path}: tarjeta social con imagen de 1200×630 y URL canónica propia`, async ({ page, request }) => {
    await page.goto(path);
    const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:title')).toBeTruthy();
    expect(new URL((await meta('og:url')) ?? '').pathname).toBe(path);
    const image = new URL((await meta('og:image')) ?? '');
    expect(await meta('og:image:width')).toBe('1200');
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });
}

const jsonLd = async (page: import('@playwright/test').Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as Record<string, unknown>;

for (const path of lessonPaths()) {
  test(`${path}: datos estructurados de schema.org (LearningResource de un Course)`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      inLanguage: 'es',
      isPartOf: { '@type': 'Course' },
    });
    expect(new URL(String(data.url)).pathname).toBe(path);
    expect(String(data.timeRequired)).toMatch(/^PT\d+M$/);
  });
}

test('la página del curso se describe como Course', async ({ page }) => {
  await page.goto(COURSE);
  expect(await jsonLd(page)).toMatchObject({ '@type': 'Course', provider: { '@type': 'Organization', name: 'CursoIA' } });
});

test('sitemap.xml y robots.txt', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('xml');
  const locs = sitemapLocs(await sitemap.text()).map((loc) => new URL(loc).pathname);
  expect(locs).toEqual(expect.arrayContaining([...PAGES]));
  for (const path of locs) expect((await request.get(path)).status(), path).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});
