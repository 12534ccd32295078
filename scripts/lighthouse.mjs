#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse (mobile: its default emulation and simulated slow 4G / 4× CPU) on the production build,
 * served compressed like a static host: the lesson page and one demo's own page. Prints the four
 * scores and the main timings. Not a test (scores move with the machine); BENCHMARKS.md records them.
 *
 *   npm run build && npm run lighthouse        (LH_PAGES="/a/ /b/" to choose the pages)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium-path.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.LH_PORT ?? 4480);
const pages = (process.env.LH_PAGES ?? '/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/ /demos/bn-vs-sin-bn/')
  .split(/\s+/)
  .filter(Boolean);
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No hay build en ${dist}/: ejecuta antes npm run build`);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve-static.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox'] });

const pct = (/** @type {number | null | undefined} */ score) => (score == null ? '—' : String(Math.round(score * 100)));
const ms = (/** @type {number | undefined} */ value) => (value === undefined ? '—' : `${(value / 1000).toFixed(2)} s`);
console.log('| página | rendimiento | accesibilidad | buenas prácticas | SEO | FCP | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|');
try {
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse no devolvió informe para ${page}`);
    const c = lhr.categories;
    const a = lhr.audits;
    console.log(
      `| ${page} | ${pct(c.performance?.score)} | ${pct(c.accessibility?.score)} | ${pct(c['best-practices']?.score)} | ${pct(c.seo?.score)} | ` +
        `${ms(a['first-contentful-paint']?.numericValue)} | ${ms(a['largest-contentful-paint']?.numericValue)} | ` +
        `${Math.round(a['total-blocking-time']?.numericValue ?? 0)} ms | ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} |`,
    );
    // Audits short of full marks that weigh in a score (insights and diagnostics weigh nothing).
    const failing = Object.values(lhr.categories)
      .flatMap((cat) => cat.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
      .filter(
        (audit) =>
          audit &&
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'notApplicable',
      );
    for (const audit of failing) if (audit) console.log(`|   ↳ ${audit.id}: ${audit.title} (${pct(audit.score)}) | | | | | | | | |`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
