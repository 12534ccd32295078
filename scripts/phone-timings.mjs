/**
 * One run of each named demo at its defaults on a Pixel 7 profile with Chromium's CPU slowdown at 4×
 * (Lighthouse's mobile setting), against a built site served at http://127.0.0.1:4400, on each demo's
 * own page (/demos/<name>/, whatever lesson it is in):
 *   node scripts/serve-static.mjs dist 4400 &  node scripts/phone-timings.mjs escala-entradas ln-escala
 * TIMINGS_DESKTOP=1: a desktop viewport without the slowdown instead.
 * Prints the wall time from Entrenar to done, the run's own elapsed time (data-metrics), and the main
 * thread's long tasks during the run (a `longtask` PerformanceObserver): how many, the longest, their total.
 */
import { chromium, devices } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
for (const name of process.argv.slice(2)) {
  const desktop = Boolean(process.env.TIMINGS_DESKTOP);
  const ctx = await browser.newContext(desktop ? {} : devices['Pixel 7']);
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  if (!desktop) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`http://127.0.0.1:4400/demos/${name}/`);
  const demo = page.locator(`[data-demo="${name}"]`);
  await demo.scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-demo="${name}"][data-hydrated="true"]`);
  const t0 = Date.now();
  const from = await page.evaluate(() => performance.now());
  await demo.getByRole('button', { name: /^Entrenar/ }).click();
  await page.waitForSelector(`[data-demo="${name}"][data-state="done"]`, { timeout: 300000 });
  const m = JSON.parse(await demo.getAttribute('data-metrics'));
  const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from).map((t) => t.ms), from);
  const longest = tasks.length ? Math.round(Math.max(...tasks)) : 0;
  const total = Math.round(tasks.reduce((a, b) => a + b, 0));
  console.log(name, 'wall', Date.now() - t0, 'ms; elapsed', m.elapsedMs, 'ms; backend', m.backend, `; long tasks ${tasks.length}, longest ${longest} ms, total ${total} ms`);
  await ctx.close();
}
await browser.close();
