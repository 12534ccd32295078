/**
 * Layout shifts of the lesson, on a desktop and a Pixel 7 profile: a reader who lands on a section
 * from a link of the course (a fresh load at an anchor), who scrolls the whole lesson screen by
 * screen, and who follows in-page links across long sections. Each shift is summed as CLS sums it,
 * except that the jumps count the shifts right after the click too (CLS forgives them; a reader still
 * sees a block drawn without its content). Used by `npm run bench`; alone:
 *
 *   npm run build && node scripts/serve-static.mjs dist 4462 & node scripts/bench/layout-shift.mjs
 *
 * Env: BENCH_SITE (default http://127.0.0.1:4462); BENCH_JUMPS, a JSON list of [from anchor, link
 * name] (to measure an older build, which may lack a section).
 */
import { chromium, devices } from '@playwright/test';
import { chromiumPath } from '../chromium-path.mjs';
import { LESSON } from './main-thread.mjs';

const ANCHORS = ['#error-momentum', '#checklist', '#error-weight-decay', '#referencias'];
const JUMPS = process.env.BENCH_JUMPS
  ? JSON.parse(process.env.BENCH_JUMPS)
  : [
      ['#error-modo-evaluacion', 'batch de un ejemplo'],
      ['#error-batches-no-iid', 'siguientes pasos'],
    ];

const OBSERVE = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push([e.value, e.hadRecentInput]);
  }).observe({ type: 'layout-shift', buffered: true });
};

const lazyOn = (page) => page.waitForFunction(() => document.documentElement.dataset.lazyBlocks !== undefined);
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const sum = (page, withInput) =>
  page.evaluate((withInput) => window.__shifts.filter(([, input]) => withInput || !input).reduce((s, [v]) => s + v, 0), withInput);

/** { anchors: Σ over fresh anchored loads, scroll: Σ while scrolling, jumps: Σ over link jumps (input included) }. */
export async function measureLayoutShifts(browser, site, device) {
  const ctx = await browser.newContext({ ...devices[device] });
  await ctx.addInitScript(OBSERVE);
  const page = await ctx.newPage();
  const out = { anchors: 0, scroll: 0, jumps: 0 };
  for (const hash of ANCHORS) {
    await page.goto('about:blank');
    await page.goto(`${site}${LESSON}${hash}`);
    await lazyOn(page);
    await frames(page);
    out.anchors += await sum(page, false);
  }
  await page.goto('about:blank');
  await page.goto(`${site}${LESSON}`);
  await lazyOn(page);
  while (await page.evaluate(() => (scrollBy(0, innerHeight), scrollY + innerHeight < document.documentElement.scrollHeight)))
    await frames(page);
  out.scroll = await sum(page, false);
  for (const [from, name] of JUMPS) {
    await page.goto('about:blank');
    await page.goto(`${site}${LESSON}${from}`);
    await lazyOn(page);
    await page
      .locator(`.prose-block:has(> [id="${from.slice(1)}"])`)
      .getByRole('link', { name, exact: true })
      .click();
    await lazyOn(page);
    await frames(page);
    out.jumps += await sum(page, true);
  }
  await ctx.close();
  return out;
}

export function layoutShiftTable(rows) {
  const f = (v) => v.toFixed(3);
  return [
    '| device | landing on 4 sections (Σ CLS) | scrolling the lesson (Σ CLS) | in-page jumps (Σ, clicks included) |',
    '|---|---|---|---|',
    ...rows.map(([device, r]) => `| ${device} | ${f(r.anchors)} | ${f(r.scroll)} | ${f(r.jumps)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.env.BENCH_SITE ?? 'http://127.0.0.1:4462';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const rows = [];
    for (const device of ['Desktop Chrome', 'Pixel 7']) rows.push([device, await measureLayoutShifts(browser, site, device)]);
    console.log(layoutShiftTable(rows));
  } finally {
    await browser.close();
  }
}
