/**
 * Main-thread budget of every demo on a phone: Playwright's Pixel 7 profile, Chromium's CPU slowdown
 * at 1× and 4× (Lighthouse's mobile setting) over CDP, and a `longtask` PerformanceObserver on the
 * page. For each demo: open the lesson at the demo's anchor, let it hydrate, train it at its defaults
 * (or, for bn-paso-a-paso, which has no training, step through its batches), and report the longest
 * main-thread task and the number over 50 ms in that window. Used by `npm run bench`; alone:
 *
 *   npm run build && node scripts/serve-static.mjs dist 4462 & node scripts/bench/main-thread.mjs
 *
 * Env: BENCH_SITE (default http://127.0.0.1:4462), BENCH_DEMOS (comma list), BENCH_RATES ("1,4").
 */
import { chromium, devices } from '@playwright/test';

export const LESSON = '/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/';
export const DEMOS = ['bn-vs-sin-bn', 'bn-paso-a-paso', 'figura-1', 'tasa-aprendizaje', 'escala-entradas', 'normalizaciones', 'tamano-batch'];
export const BUDGET_MS = 50;

/** Collects every long task from page start; `window.__longTasks` holds [startTime, duration]. */
const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** Long tasks of one demo: from scrolling it into view (hydration) to the end of its run. */
async function measureDemo(browser, site, name, rate) {
  const ctx = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVE);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.goto(`${site}${LESSON}`, { waitUntil: 'load' });
    if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
    // Let the page's own load settle so its parse is not counted against the demo.
    await page.waitForTimeout(500);
    const t0 = await page.evaluate(() => performance.now());
    const demo = page.locator(`[data-demo="${name}"]`);
    await demo.scrollIntoViewIfNeeded();
    await page.waitForSelector(`[data-demo="${name}"][data-hydrated="true"]`, { timeout: 60000 });
    const tHydrated = await page.evaluate(() => performance.now());
    if (name === 'bn-paso-a-paso') {
      for (let i = 0; i < 3; i++) { await demo.getByRole('button', { name: 'Nuevo batch' }).click(); await demo.getByRole('button', { name: 'Pasar 10 batches' }).click(); }
    } else {
      await demo.getByRole('button', { name: /^Entrenar/ }).click();
      await page.waitForSelector(`[data-demo="${name}"][data-state="done"]`, { timeout: 300000 });
    }
    // One more frame so the last render is observed.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const tasks = await page.evaluate((from) => window.__longTasks.filter(([s]) => s >= from), t0);
    const hydration = tasks.filter(([s]) => s < tHydrated);
    const longest = (xs) => xs.reduce((m, [, d]) => Math.max(m, d), 0);
    return {
      name,
      rate,
      longestMs: longest(tasks),
      hydrationMs: longest(hydration),
      over: tasks.filter(([, d]) => d > BUDGET_MS).length,
      count: tasks.length,
      errors,
    };
  } finally {
    await ctx.close();
  }
}

export async function measureMainThread(browser, site, demos = DEMOS, rates = [1, 4]) {
  const rows = [];
  for (const name of demos) {
    for (const rate of rates) {
      console.error(`main thread: ${name} at ${rate}×…`);
      rows.push(await measureDemo(browser, site, name, rate));
    }
  }
  return rows;
}

export function mainThreadTable(rows) {
  const out = [
    `| demo | CPU slowdown | longest task (ms) | longest during hydration (ms) | tasks > ${BUDGET_MS} ms | long tasks (all) |`,
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const err = r.errors.length ? ` (page errors: ${r.errors.length})` : '';
    out.push(`| ${r.name}${err} | ${r.rate}× | ${r.longestMs.toFixed(0)} | ${r.hydrationMs.toFixed(0)} | ${r.over} | ${r.count} |`);
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.env.BENCH_SITE ?? 'http://127.0.0.1:4462';
  const demos = process.env.BENCH_DEMOS?.split(',') ?? DEMOS;
  const rates = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
  try {
    console.log(mainThreadTable(await measureMainThread(browser, site, demos, rates)));
  } finally {
    await browser.close();
  }
}
