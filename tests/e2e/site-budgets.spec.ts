/**
 * Byte budgets of every lesson before any interaction (what a phone downloads to start reading), as
 * the test server sends them: compressed like a static host (scripts/serve-static.mjs). Inline
 * scripts and styles count too, at their gzip size. A crossed budget prints the files behind it.
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './helpers/site-fixture';
import { lessonPaths } from './helpers/built-site';

const KB = 1024;
/** The budgets, in compressed bytes. */
const BUDGET = { js: 25 * KB, css: 20 * KB };

interface Loaded {
  url: string;
  kind: 'js' | 'css' | 'font' | 'other';
  bytes: number;
}

const table = (files: Loaded[]) => files.map((f) => `  ${(f.bytes / KB).toFixed(1).padStart(6)} KB  ${f.url}`).join('\n');

for (const path of lessonPaths()) {
  test(`${path}: dentro del presupuesto antes de tocar nada`, async ({ page, request }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const { resources, inline } = await page.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { url: r.name.replace(location.origin, ''), initiator: r.initiatorType, bytes: r.encodedBodySize };
      }),
      inline: {
        js: [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
          .map((s) => s.textContent ?? ''),
        css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      },
    }));
    const kindOf = (url: string): Loaded['kind'] =>
      /\.m?js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : /\.(woff2?|ttf|otf)(\?|$)/.test(url) ? 'font' : 'other';
    const loaded: Loaded[] = [
      ...resources.map((r) => ({ url: r.url, kind: kindOf(r.url), bytes: r.bytes })),
      ...inline.js.map((code, i) => ({ url: `(script en línea ${i + 1})`, kind: 'js' as const, bytes: gzipSync(code).length })),
      ...inline.css.map((code, i) => ({ url: `(style en línea ${i + 1})`, kind: 'css' as const, bytes: gzipSync(code).length })),
    ];
    for (const kind of ['js', 'css'] as const) {
      const files = loaded.filter((f) => f.kind === kind);
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      expect(total, `${kind.toUpperCase()}: ${(total / KB).toFixed(1)} KB de ${BUDGET[kind] / KB} KB\n${table(files)}`).toBeLessThanOrEqual(
        BUDGET[kind],
      );
    }

    // No TensorFlow.js and no chart code before a demo is reached: read what each script contains.
    for (const file of loaded.filter((f) => f.kind === 'js' && f.url.startsWith('/'))) {
      const code = await (await request.get(file.url)).text();
      expect(code, `${file.url} trae TensorFlow.js`).not.toContain('_tfengine');
      expect(code, `${file.url} trae código de gráficas`).not.toContain('chart__');
    }

    // Fonts: only faces the page really uses, none preloaded.
    await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
    const used = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    expect(loaded.filter((f) => f.kind === 'font').length).toBeLessThanOrEqual(used);

    // Images: every one has its size (no layout shift), and those below the first screen load lazily.
    const images = await page.evaluate(() =>
      [...document.images]
        .filter((img) => !/^(blob|data):/.test(img.currentSrc || img.src))
        .map((img) => ({
          src: img.getAttribute('src'),
          sized: img.hasAttribute('width') && img.hasAttribute('height'),
          lazy: img.loading === 'lazy',
          belowFold: img.getBoundingClientRect().top > innerHeight,
        })),
    );
    for (const img of images) {
      expect(img.sized, `${img.src} sin width y height`).toBe(true);
      if (img.belowFold) expect(img.lazy, `${img.src} fuera de la primera pantalla sin loading="lazy"`).toBe(true);
    }
  });
}
