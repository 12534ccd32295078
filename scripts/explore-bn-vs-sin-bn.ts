/**
 * Exploration for the `bn-vs-sin-bn` demo's defaults (not a test): trains the demo's two models with
 * the engine on tfjs' CPU backend in Node, for several settings and seeds, and prints the final test
 * accuracies with and without BN and the time each run took.
 *
 *   npm run explore -- bn-vs-sin-bn '{"lr":[0.1,0.3,1],"act":["sigmoid"]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- bn-vs-sin-bn '{}' 1,2,3,4,5
 *
 * (scripts/explore.mjs bundles this file with esbuild and runs it with the project's Node.)
 *
 * First argument: JSON of setting → list of values to try (the rest are the demo's defaults).
 * Second argument: comma-separated seeds.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { makeSplit } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, type BnVsSinBnSettings } from '../src/lib/experiments/bn-vs-sin-bn';
import { StackedTrainer } from '../src/engine/trainer';
import { decisionGrid } from '../src/lib/decision-grid';

type Grid = Partial<Record<keyof BnVsSinBnSettings, unknown[]>>;

function combinations(grid: Grid): Partial<BnVsSinBnSettings>[] {
  let out: Partial<BnVsSinBnSettings>[] = [{}];
  for (const [key, values] of Object.entries(grid)) {
    out = out.flatMap((c) => (values ?? []).map((v) => ({ ...c, [key]: v })));
  }
  return out;
}

async function runOnce(s: BnVsSinBnSettings) {
  const spec = buildSpec(s);
  if (process.env.EXPLORE_OPT) spec.optimizer = process.env.EXPLORE_OPT as typeof spec.optimizer;
  // EXPLORE_AS_DEMO=1 keeps the demo's read-back schedule and decision map (to time them); by default
  // read back every 50 steps without the map: only the final numbers matter here.
  if (!process.env.EXPLORE_AS_DEMO) {
    spec.probes = {};
    spec.evalEvery = 50;
  }
  const split = makeSplit(spec.dataset);
  const t0 = performance.now();
  const grid = spec.probes?.decisionGrid ? decisionGrid([split.train, split.test], spec.probes.decisionGrid).points : undefined;
  const trainer = StackedTrainer.create(spec, { ...split, grid });
  const curve: number[][] = [];
  let snap = await trainer.evaluate();
  while (trainer.step < spec.steps) {
    trainer.train(Math.min(spec.evalEvery, spec.steps - trainer.step));
    snap = await trainer.evaluate();
    curve.push(snap.models.map((m) => m.testAcc));
  }
  if (process.env.EXPLORE_CURVE) console.log(curve.map((c) => c.map((v) => v.toFixed(2)).join('/')).join(' '));
  const ms = performance.now() - t0;
  trainer.dispose();
  const by = Object.fromEntries(snap.models.map((m) => [m.id, m]));
  // First read-back where BN's test accuracy reaches 0.9, as a "time to learn" proxy.
  const firstBn90 = curve.findIndex((c) => c[0] >= 0.9);
  return { bn: by.withBN, plain: by.withoutBN, ms, bn90: firstBn90 < 0 ? null : (firstBn90 + 1) * spec.evalEvery };
}

async function main() {
  // EXPLORE_BACKEND=wasm is several times faster than the CPU backend in Node.
  const backend = process.env.EXPLORE_BACKEND ?? 'cpu';
  if (backend === 'wasm') setWasmPaths(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  await tf.setBackend(backend);
  const grid: Grid = JSON.parse(process.argv[2] ?? '{}');
  const seeds = (process.argv[3] ?? '1,2,3').split(',').map(Number);
  for (const combo of combinations(grid)) {
    const rows: string[] = [];
    let minGap = Infinity;
    for (const seed of seeds) {
      const s = { ...DEFAULTS, ...combo, seed } as BnVsSinBnSettings;
      const r = await runOnce(s);
      minGap = Math.min(minGap, r.bn.testAcc - r.plain.testAcc);
      rows.push(
        `seed ${seed}: BN ${r.bn.testAcc.toFixed(3)}${r.bn.diverged ? ' (div)' : ''} vs ${r.plain.testAcc.toFixed(3)}${r.plain.diverged ? ' (div)' : ''}` +
          ` loss ${r.bn.loss.toFixed(3)}/${r.plain.loss.toFixed(3)} bn≥0.9@${r.bn90 ?? '-'} ${(r.ms / 1000).toFixed(1)}s`,
      );
    }
    console.log(`${JSON.stringify(combo)}  min gap ${minGap.toFixed(3)}`);
    for (const row of rows) console.log(`  ${row}`);
  }
  console.log('tensors left:', tf.memory().numTensors);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
