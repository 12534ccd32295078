/**
 * Exploration for the `escala-entradas` demo's defaults (not a test): trains the demo's three models
 * (raw inputs, standardised in preprocessing, BN on the inputs) for several settings and seeds and
 * prints each model's final test accuracy and loss, and whether it diverged.
 *
 *   npm run explore -- escala-entradas '{"lr":[0.01,0.05],"scale":[100,1000]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- escala-entradas
 *
 * First argument: JSON of setting → values to try (the rest are the defaults). Second: seeds.
 */
import { makeSplit } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, MODEL_IDS, type EscalaSettings } from '../src/lib/experiments/escala-entradas';
import { combinations, parseArgs, runToEnd, summary, useBackend } from './explore-lib';

const backend = await useBackend();
const { grid, seeds } = parseArgs<EscalaSettings>();
for (const combo of combinations(grid)) {
  const acc: Record<string, number[]> = {};
  const loss: Record<string, number[]> = {};
  const diverged: Record<string, number> = {};
  let ms = 0;
  for (const seed of seeds) {
    const spec = buildSpec({ ...DEFAULTS, ...combo, seed });
    spec.probes = {};
    const { snaps, ms: t } = await runToEnd(spec, makeSplit(spec.dataset));
    ms += t;
    for (const m of snaps[snaps.length - 1].models) {
      (acc[m.id] ??= []).push(m.testAcc);
      (loss[m.id] ??= []).push(m.loss);
      diverged[m.id] = (diverged[m.id] ?? 0) + (m.diverged ? 1 : 0);
    }
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const id of MODEL_IDS) {
    console.log(`  ${id.padEnd(13)} acc ${summary(acc[id])}  loss ${summary(loss[id])}  diverged ${diverged[id]}/${seeds.length}`);
  }
}
