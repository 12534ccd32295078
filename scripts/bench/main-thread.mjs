/**
 * Main-thread budget of every demo on a phone: Playwright's Pixel 7 profile, Chromium's CPU slowdown
 * at 1× and 4× (Lighthouse's mobile setting) over CDP, and a `longtask` PerformanceObserver on the
 * page. For each demo: open the lesson at the demo's anchor, let it hydrate, train it at its defaults
 * (or, for bn-paso-a-paso, which has no training, step through its batches), and report the longest
 * main-thread task, the number over 50 ms and the total blocking time (Σ of each task's time beyond
 * 50 ms, Lighthouse's TBT) in that window. This machine is shared, so each case runs BENCH_REPEAT
 * times and the table gives the median (and the worst run's longest task). Used by `npm run bench`;
 * alone:
 *
 *   npm run build && node scripts/serve-static.mjs dist 4462 & node scripts/bench/main-thread.mjs
 *
 * Env: BENCH_SITE (default http://127.0.0.1:4462), BENCH_DEMOS (comma list), BENCH_RATES ("1,4"),
 * BENCH_REPEAT (3), BENCH_CSS (a style sheet to inject, for experiments).
 */
import { chromium, devices } from '@playwright/test';
import { chromiumPath } from '../chromium-path.mjs';

export const LESSON = '/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/';
export const DEMOS = [
  'bn-vs-sin-bn',
  'bn-paso-a-paso',
  'figura-1',
  'tasa-aprendizaje',
  'escala-entradas',
  'normalizaciones',
  'tamano-batch',
];
export const BUDGET_MS = 50;

/** Collects every long task from page start; `window.__longTasks` holds [startTime, duration]. */
const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Resolves when the demo's attribute `attr` has the value `value`. A MutationObserver, not
 * Playwright's waitForSelector: that one polls on every animation frame, and its work would be
 * counted here.
 */
const until = ([name, attr, value]) =>
  new Promise((resolve) => {
    const el = document.querySelector(`[data-demo="${name}"]`);
    if (el.getAttribute(attr) === value) return resolve();
    const mo = new MutationObserver(() => {
      if (el.getAttribute(attr) !== value) return;
      mo.disconnect();
      resolve();
    });
    mo.observe(el, { attributes: true, attributeFilter: [attr] });
  });

/**
 * A tap on the demo's button whose text starts with `label`, as a phone's touch screen sends it.
 * Not Playwright's locator.tap(): its checks (visible, stable, hit target) run in the page and would
 * be counted as the page's own tasks.
 */
async function tapButton(page, name, label) {
  const { x, y } = await page.evaluate(
    ([n, l]) => {
      const b = [...document.querySelectorAll(`[data-demo="${n}"] button`)].find((el) => el.textContent.trim().startsWith(l));
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    [name, label],
  );
  await page.touchscreen.tap(x, y);
}

/** Long tasks of one demo: from scrolling it into view (hydration) to the end of its run. */
async function measureDemo(browser, site, name, rate) {
  // An injected experiment style sheet is an inline style, which the site's CSP refuses: let it through.
  const ctx = await browser.newContext({ ...devices['Pixel 7'], bypassCSP: Boolean(process.env.BENCH_CSS) });
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
    await page.evaluate((n) => document.querySelector(`[data-demo="${n}"]`).scrollIntoView({ block: 'start' }), name);
    await page.evaluate(until, [name, 'data-hydrated', 'true']);
    const tHydrated = await page.evaluate(() => performance.now());
    if (name === 'bn-paso-a-paso') {
      for (let i = 0; i < 3; i++) {
        await tapButton(page, name, 'Nuevo batch');
        await tapButton(page, name, 'Pasar 10 batches');
      }
    } else {
      const done = page.evaluate(until, [name, 'data-state', 'done']);
      // A tap, as on a phone: a mouse left over the demo would add hover hit tests to every frame.
      await tapButton(page, name, 'Entrenar');
      await done;
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
      tbtMs: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - BUDGET_MS), 0),
      errors,
    };
  } finally {
    await ctx.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function measureMainThread(browser, site, demos = DEMOS, rates = [1, 4], repeat = 3) {
  const rows = [];
  for (const name of demos) {
    for (const rate of rates) {
      const runs = [];
      for (let i = 0; i < repeat; i++) {
        console.error(`main thread: ${name} at ${rate}× (${i + 1}/${repeat})…`);
        runs.push(await measureDemo(browser, site, name, rate));
      }
      const pick = (k) => median(runs.map((r) => r[k]));
      rows.push({
        name,
        rate,
        longestMs: pick('longestMs'),
        worstMs: Math.max(...runs.map((r) => r.longestMs)),
        hydrationMs: pick('hydrationMs'),
        over: pick('over'),
        tbtMs: pick('tbtMs'),
        errors: runs.flatMap((r) => r.errors),
      });
    }
  }
  return rows;
}

export function mainThreadTable(rows) {
  const out = [
    `| demo | CPU slowdown | longest task (ms, median) | worst run (ms) | longest during hydration (ms) | tasks > ${BUDGET_MS} ms | total blocking time (ms) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const err = r.errors.length ? ` (page errors: ${r.errors.length})` : '';
    const f = (v) => v.toFixed(0);
    out.push(`| ${r.name}${err} | ${r.rate}× | ${f(r.longestMs)} | ${f(r.worstMs)} | ${f(r.hydrationMs)} | ${f(r.over)} | ${f(r.tbtMs)} |`);
  }
  out.push('', 'Long tasks are those of 50 ms or more (the longtask API reports no shorter ones): 0 means none.');
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.env.BENCH_SITE ?? 'http://127.0.0.1:4462';
  const demos = process.env.BENCH_DEMOS?.split(',') ?? DEMOS;
  const rates = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
  const repeat = Number(process.env.BENCH_REPEAT ?? 3);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
  try {
    console.log(mainThreadTable(await measureMainThread(browser, site, demos, rates, repeat)));
  } finally {
    await browser.close();
  }
}
