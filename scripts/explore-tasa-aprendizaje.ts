/**
 * Exploration for the `tasa-aprendizaje` demo's defaults (not a test): trains the ladder (n learning
 * rates × with/without BN, stacked) with the engine in Node for several settings and seeds, and prints
 * the final loss per rung, which models diverged, the largest stable rate of each family and the time.
 *
 *   npm run explore -- tasa-aprendizaje '{"act":["relu","tanh"],"steps":[150,300]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- tasa-aprendizaje '{}' 1,2,3,4,5
 *
 * (scripts/explore.mjs bundles this file with esbuild and runs it with the project's Node.)
 *
 * First argument: JSON of setting → list of values to try (the rest are the demo's defaults).
 * Second argument: comma-separated seeds. EXPLORE_BACKEND=wasm|cpu (default cpu); EXPLORE_WASM_DIR: folder of the .wasm files.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { makeSplit } from '../src/lib/datasets';
import {
  buildSpec,
  DEFAULTS,
  ladder,
  maxStableLr,
  priorLoss,
  type TasaSettings,
} from '../src/lib/experiments/tasa-aprendizaje';
import { StackedTrainer } from '../src/engine/trainer';

type Grid = Partial<Record<keyof TasaSettings, unknown[]>>;

function combinations(grid: Grid): Partial<TasaSettings>[] {
  let out: Partial<TasaSettings>[] = [{}];
  for (const [key, values] of Object.entries(grid)) out = out.flatMap((c) => (values ?? []).map((v) => ({ ...c, [key]: v })));
  return out;
}

async function runOnce(s: TasaSettings) {
  const spec = buildSpec(s);
  const split = makeSplit(spec.dataset);
  const prior = priorLoss(split.train.y, split.train.classes);
  const t0 = performance.now();
  const trainer = StackedTrainer.create(spec, split);
  let snap = await trainer.evaluate();
  while (trainer.step < spec.steps) {
    trainer.train(Math.min(spec.evalEvery, spec.steps - trainer.step));
    snap = await trainer.evaluate();
  }
  const ms = performance.now() - t0;
  trainer.dispose();
  const rates = ladder(s.lrmin, s.lrmax, s.n);
  const family = (bn: boolean) =>
    rates.map((lr, i) => {
      const m = snap.models[(bn ? 0 : rates.length) + i];
      return { lr, finalLoss: m.loss, diverged: m.diverged, testAcc: m.testAcc };
    });
  const bn = family(true);
  const plain = family(false);
  return { rates, bn, plain, prior, maxBn: maxStableLr(bn, prior), maxPlain: maxStableLr(plain, prior), ms };
}

const cell = (r: { finalLoss: number; diverged: boolean }) => (r.diverged ? '  div' : r.finalLoss.toFixed(2).padStart(5));

async function main() {
  const backend = process.env.EXPLORE_BACKEND ?? 'cpu';
  if (backend === 'wasm') setWasmPaths(process.env.EXPLORE_WASM_DIR ?? `${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  await tf.setBackend(backend);
  const grid: Grid = JSON.parse(process.argv[2] ?? '{}');
  const seeds = (process.argv[3] ?? '1,2,3').split(',').map(Number);
  for (const combo of combinations(grid)) {
    const rows: string[] = [];
    let holds = 0;
    let wider = 0;
    for (const seed of seeds) {
      const r = await runOnce({ ...DEFAULTS, ...combo, seed } as TasaSettings);
      if (rows.length === 0) rows.push(`  lr      ${r.rates.map((v) => String(v).padStart(5)).join(' ')}  (prior loss ${r.prior.toFixed(3)})`);
      const ok = (r.maxBn ?? 0) >= (r.maxPlain ?? 0);
      holds += ok ? 1 : 0;
      wider += (r.maxBn ?? 0) > (r.maxPlain ?? 0) ? 1 : 0;
      rows.push(`  s${seed} BN  ${r.bn.map(cell).join(' ')}  max ${r.maxBn ?? '—'}  ${(r.ms / 1000).toFixed(1)}s`);
      rows.push(`  s${seed} sin ${r.plain.map(cell).join(' ')}  max ${r.maxPlain ?? '—'}`);
    }
    console.log(`${JSON.stringify(combo)}  BN≥sin in ${holds}/${seeds.length}, BN>sin in ${wider}/${seeds.length}`);
    for (const row of rows) console.log(row);
  }
  console.log('tensors left:', tf.memory().numTensors);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
