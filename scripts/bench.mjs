#!/usr/bin/env node
/**
 * `npm run bench`: measures the training engine in headless Chromium and prints a Markdown table.
 * Not a test: numbers depend on the machine. Reproduce with `npm run build && npm run bench`.
 *
 *  1. steps/s of the default bn-vs-sin-bn net for K = 1, 2 and 16 stacked models on each backend
 *     (webgl, wasm, cpu), time to the first step, and the longest main-thread task while training;
 *  2. the plain Float32Array reference MLP for the same net (main thread) as the speed limit, and the
 *     default demo's model-steps/s against the same models in Float32Array maths, with their ratio;
 *  3. the lesson page's JS before any interaction (gzip), and whether any tfjs code was fetched;
 *  4. the main-thread budget of every demo on a phone (scripts/bench/main-thread.mjs): the longest
 *     task and the tasks over 50 ms while it hydrates and trains, at 1× and 4× CPU slowdown;
 *  5. the lesson's layout shifts, desktop and phone (scripts/bench/layout-shift.mjs): landing on a
 *     section, scrolling the whole lesson, following in-page links.
 *
 * Env: BENCH_STEPS (default 400), BENCH_BACKENDS (default "webgl,wasm,cpu"), CHROMIUM_PATH, and those
 * of main-thread.mjs (BENCH_DEMOS, BENCH_RATES, BENCH_REPEAT); BENCH_MAIN_THREAD=0 skips part 4.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { mainThreadTable, measureMainThread, DEMOS, LESSON } from './bench/main-thread.mjs';
import { layoutShiftTable, measureLayoutShifts } from './bench/layout-shift.mjs';
import { chromiumPath } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STEPS = Number(process.env.BENCH_STEPS ?? 400);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'webgl,wasm,cpu').split(',');
const ARGS = [
  '--no-sandbox',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve-static.mjs', dir, String(port)], { cwd: root, stdio: 'ignore' });
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer: ${url}`);
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

async function main() {
  const exe = chromiumPath();
  console.error('building the benchmark harness…');
  await build({ configFile: fileURLToPath(new URL('./bench/vite.config.mjs', import.meta.url)) });
  const benchServer = serve('dist-bench', 4461);
  const siteServer = existsSync(`${root}/dist/index.html`) ? serve('dist', 4462) : null;
  const browser = await chromium.launch({ executablePath: exe, args: ARGS });
  try {
    await waitFor('http://127.0.0.1:4461/');
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[pageerror]', e.message));
    await page.goto('http://127.0.0.1:4461/');
    await page.waitForFunction(() => 'bench' in window);

    const rows = [];
    for (const backend of BACKENDS) {
      let one = null;
      for (const k of [1, 2, 16]) {
        console.error(`running ${backend} K=${k}…`);
        const r = await page.evaluate(([steps, b, kk]) => window.bench.runWorker(window.bench.specFor(kk, steps), b), [STEPS, backend, k]);
        if (k === 1) one = r;
        rows.push({ backend, k, r, ratio: one && r.stepsPerSec ? one.stepsPerSec / r.stepsPerSec : NaN });
      }
    }
    // The default demo against the same models in plain Float32Array maths, in this same run.
    const demo = [];
    for (const backend of BACKENDS) {
      for (const trainingOnly of [true, false]) {
        console.error(`running the default demo on ${backend}${trainingOnly ? ' (training only)' : ''}…`);
        const r = await page.evaluate(([steps, b, only]) => window.bench.runWorker(window.bench.demoSpec(steps, only), b), [STEPS, backend, trainingOnly]);
        demo.push({ backend, trainingOnly, r });
      }
    }
    const ref = await page.evaluate((steps) => window.bench.runReferenceStack(window.bench.demoSpec(steps, true)), STEPS);

    const refBN = await page.evaluate((steps) => window.bench.runReference(window.bench.specFor(1, steps), true), STEPS);
    const refPlain = await page.evaluate((steps) => window.bench.runReference(window.bench.specFor(1, steps), false), STEPS);

    const net = await page.evaluate((steps) => window.bench.describe(steps), STEPS);
    console.log(`\n### Engine (${net})\n`);
    console.log('| backend asked | backend used | K models | steps/s | time for all steps (ms) | first step (ms) | cost vs K=1 | longest main-thread task (ms) | tensors after |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const { backend, k, r, ratio } of rows) {
      const err = r.error ? ` (error: ${r.error})` : '';
      console.log(
        `| ${backend} | ${r.backend}${err} | ${k} | ${fmt(r.stepsPerSec)} | ${fmt(r.elapsedMs)} | ${fmt(r.firstStepMs)} | ${fmt(ratio, 2)}× | ${fmt(r.longestTaskMs)} | ${r.tensors} |`,
      );
    }
    console.log(`| Float32Array reference, main thread | — | 1 (with BN) | ${fmt(refBN.stepsPerSec)} | ${fmt((STEPS * 1000) / refBN.stepsPerSec)} | — | — | — | — |`);
    console.log(`| Float32Array reference, main thread | — | 1 (no BN) | ${fmt(refPlain.stepsPerSec)} | ${fmt((STEPS * 1000) / refPlain.stepsPerSec)} | — | — | — | — |`);
    console.log('\n"cost vs K=1" = time per step with K models ÷ time per step with one model (the target is ≤ 3× for K = 16).');

    console.log(`\n### Default demo vs a hand-written Float32Array MLP (same run, ${STEPS} steps)\n`);
    console.log('| backend asked | backend used | what runs | model-steps/s | Float32Array model-steps/s | ratio |');
    console.log('|---|---|---|---|---|---|');
    for (const { backend, trainingOnly, r } of demo) {
      const msps = r.stepsPerSec * 2;
      const what = trainingOnly ? 'training only (one read-back)' : 'as shipped (read-backs, decision maps)';
      console.log(`| ${backend} | ${r.backend}${r.error ? ` (error: ${r.error})` : ''} | ${what} | ${fmt(msps)} | ${fmt(ref.modelStepsPerSec)} | ${fmt(msps / ref.modelStepsPerSec, 3)} |`);
    }
    console.log('\nmodel-steps/s = models in the stack × steps/s. The reference trains the same two models (BN and none),');
    console.log('same batches, SGD with momentum 0.9, one after the other on the main thread; the engine runs in its worker.');

    if (siteServer) {
      await waitFor('http://127.0.0.1:4462/');
      const lp = await browser.newPage();
      const scripts = [];
      let tfjs = false;
      lp.on('response', async (res) => {
        const url = res.url();
        if (/tfjs|tensorflow/i.test(url)) tfjs = true;
        if (res.request().resourceType() === 'script') scripts.push(url);
      });
      await lp.goto(`http://127.0.0.1:4462${LESSON}`, { waitUntil: 'networkidle' });
      let raw = 0;
      let gz = 0;
      for (const url of scripts) {
        const file = `${root}/dist${new URL(url).pathname}`;
        if (!existsSync(file)) continue;
        const buf = readFileSync(file);
        raw += buf.length;
        gz += gzipSync(buf, { level: 9 }).length;
      }
      console.log(`\n### Lesson page before interaction\n`);
      console.log('| scripts fetched | JS raw (KB) | JS gzip (KB) | tfjs fetched |');
      console.log('|---|---|---|---|');
      console.log(`| ${scripts.length} | ${fmt(raw / 1024, 1)} | ${fmt(gz / 1024, 1)} | ${tfjs ? 'yes' : 'no'} |`);
      if (process.env.BENCH_MAIN_THREAD !== '0') {
        const demos = process.env.BENCH_DEMOS?.split(',') ?? DEMOS;
        const rates = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
        const rows = await measureMainThread(browser, 'http://127.0.0.1:4462', demos, rates, Number(process.env.BENCH_REPEAT ?? 3));
        console.log('\n### Main thread on a phone (Pixel 7 profile; each demo hydrates, then trains at its defaults)\n');
        console.log(mainThreadTable(rows));
      }
      const shifts = [];
      for (const device of ['Desktop Chrome', 'Pixel 7']) shifts.push([device, await measureLayoutShifts(browser, 'http://127.0.0.1:4462', device)]);
      console.log('\n### Layout shifts of the lesson (landing on sections, scrolling, in-page jumps)\n');
      console.log(layoutShiftTable(shifts));
    } else {
      console.log('\n(no dist/: run `npm run build` first to measure the lesson page)');
    }
  } finally {
    await browser.close();
    benchServer.kill();
    siteServer?.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
