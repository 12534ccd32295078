/**
 * Exploration for the `figura-1` demo's defaults (not a test): trains the demo's two models (with and
 * without BN) with the engine in Node, for several settings and seeds, and prints test accuracy over
 * training, how far the probed sigmoid input's percentiles drift, and the time each run took.
 *
 *   npm run explore -- figura-1 '{"lr":[0.001,0.003],"opt":["adam"]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- figura-1 '{}' 1,2,3,4,5
 *
 * (scripts/explore.mjs bundles this file with esbuild and runs it with the project's Node.)
 *
 * First argument: JSON of setting → list of values to try (the rest are the demo's defaults).
 * Second argument: comma-separated seeds. EXPLORE_BACKEND=wasm|cpu (default cpu); EXPLORE_WASM_DIR: folder of the .wasm files.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { parseDigits, splitTrainTest } from '../src/lib/datasets';
import { deriveSeed } from '../src/lib/random';
import { buildSpec, DEFAULTS, type Figura1Settings } from '../src/lib/experiments/figura-1';
import { StackedTrainer } from '../src/engine/trainer';

type Grid = Partial<Record<keyof Figura1Settings, unknown[]>>;

function combinations(grid: Grid): Partial<Figura1Settings>[] {
  let out: Partial<Figura1Settings>[] = [{}];
  for (const [key, values] of Object.entries(grid)) out = out.flatMap((c) => (values ?? []).map((v) => ({ ...c, [key]: v })));
  return out;
}

const digits = parseDigits(readFileSync('public/data/digits.bin'));

/**
 * How much a percentile track moves after the first 10 % of training (BN's running statistics need a
 * few dozen steps to settle from their initial 0 and 1): max − min of p50, and the first and last
 * p85 − p15 spreads of the whole track.
 */
function drift(track: [number, number, number][]) {
  const p50 = track.slice(Math.ceil(track.length / 10)).map((p) => p[1]);
  const spread = track.map((p) => p[2] - p[0]);
  return { p50Range: Math.max(...p50) - Math.min(...p50), spread0: spread[0], spread1: spread[spread.length - 1] };
}

async function runOnce(s: Figura1Settings) {
  const spec = buildSpec(s);
  const split = splitTrainTest(digits, spec.dataset.testFraction, deriveSeed(spec.dataset.seed, 'split'));
  const t0 = performance.now();
  const trainer = StackedTrainer.create(spec, split);
  const acc: number[][] = [];
  const tracks: [number, number, number][][] = [[], []];
  let snap = await trainer.evaluate();
  snap.models.forEach((m, i) => tracks[i].push(m.percentiles!));
  while (trainer.step < spec.steps) {
    trainer.train(Math.min(spec.evalEvery, spec.steps - trainer.step));
    snap = await trainer.evaluate();
    acc.push(snap.models.map((m) => m.testAcc));
    snap.models.forEach((m, i) => tracks[i].push(m.percentiles!));
  }
  const ms = performance.now() - t0;
  trainer.dispose();
  const at = (f: number) => acc[Math.max(0, Math.round(f * acc.length) - 1)];
  const meanAcc = [0, 1].map((i) => acc.reduce((a, r) => a + r[i], 0) / acc.length);
  return { at25: at(0.25), at50: at(0.5), final: at(1), meanAcc, d: tracks.map(drift), ms, models: snap.models };
}

const f = (v: number) => v.toFixed(3);

async function main() {
  const backend = process.env.EXPLORE_BACKEND ?? 'cpu';
  if (backend === 'wasm') setWasmPaths(process.env.EXPLORE_WASM_DIR ?? `${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  await tf.setBackend(backend);
  const grid: Grid = JSON.parse(process.argv[2] ?? '{}');
  const seeds = (process.argv[3] ?? '1,2,3').split(',').map(Number);
  for (const combo of combinations(grid)) {
    let minGap = Infinity;
    const rows: string[] = [];
    for (const seed of seeds) {
      const r = await runOnce({ ...DEFAULTS, ...combo, seed } as Figura1Settings);
      minGap = Math.min(minGap, r.final[0] - r.final[1]);
      const dv = r.models.map((m) => (m.diverged ? ' (div)' : '')).join('/');
      rows.push(
        `seed ${seed}: acc BN/sin @25% ${f(r.at25[0])}/${f(r.at25[1])} @50% ${f(r.at50[0])}/${f(r.at50[1])} final ${f(r.final[0])}/${f(r.final[1])}${dv}` +
          ` mean ${f(r.meanAcc[0])}/${f(r.meanAcc[1])} | p50 range BN ${f(r.d[0].p50Range)} sin ${f(r.d[1].p50Range)}` +
          ` spread BN ${f(r.d[0].spread0)}→${f(r.d[0].spread1)} sin ${f(r.d[1].spread0)}→${f(r.d[1].spread1)} | ${(r.ms / 1000).toFixed(1)}s`,
      );
    }
    console.log(`${JSON.stringify(combo)}  min final gap ${f(minGap)}`);
    for (const row of rows) console.log(`  ${row}`);
  }
  console.log('tensors left:', tf.memory().numTensors);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
