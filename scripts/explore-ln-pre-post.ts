/**
 * Exploration for the `ln-pre-post` demo's defaults (not a test): the demo's series, a one-step stack
 * of Post-LN and Pre-LN per depth of the sweep, then the training run of the four variants. Prints the
 * last block's ‖∂L/∂W₂‖ at initialisation per depth, the gradient profile of the trained depth at
 * step 0, and per variant the final loss and test accuracy.
 *
 *   npm run explore -- ln-pre-post '{"bloques":[4,6,8],"warmup":[50,100]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import {
  buildSpecs,
  DEFAULTS,
  DEPTHS,
  depthRatio,
  depthSweep,
  PLACEMENTS,
  VARIANTS,
  type PrePostSettings,
} from '../src/lib/experiments/ln-pre-post';
import { combinations, parseArgs, runToEnd, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<PrePostSettings>();
for (const combo of combinations(grid)) {
  const { rows, push } = tally();
  const profiles: Record<string, number[][]> = {};
  let ms = 0;
  for (const seed of seeds) {
    const specs = buildSpecs({ ...DEFAULTS, ...combo, seed });
    const latest: Record<string, { gradNorms?: number[] }>[] = [];
    for (const spec of specs) {
      const run = await runToEnd(spec, makeSplit(spec.dataset, digits));
      ms += run.ms / seeds.length;
      latest.push(Object.fromEntries(run.snaps[run.snaps.length - 1].models.map((m) => [m.id, m])));
      if (spec !== specs[specs.length - 1]) continue;
      for (const m of run.snaps[0].models) (profiles[m.id] ??= []).push(m.gradNorms!);
      for (const m of run.snaps[run.snaps.length - 1].models) {
        push(`${m.id} loss`, m.loss);
        push(`${m.id} test acc`, m.testAcc);
        push(`${m.id} diverged`, Number(m.diverged));
      }
    }
    const sweep = depthSweep(latest);
    for (const p of PLACEMENTS) {
      DEPTHS.forEach((b, i) => push(`${p} ‖∂W₂‖ last B=${b}`, sweep[p][i]!));
      push(`${p} ratio B=${DEPTHS[DEPTHS.length - 1]}/B=${DEPTHS[0]}`, depthRatio(sweep[p])!);
    }
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${ms.toFixed(0)} ms/series)`);
  for (const [key, xs] of Object.entries(rows)) console.log(`  ${key.padEnd(26)} ${summary(xs)}  per seed ${xs.map((x) => x.toFixed(3)).join(' ')}`);
  for (const v of VARIANTS.filter((x) => !x.warm)) {
    const perSeed = profiles[v.id];
    const mean = perSeed[0].map((_, i) => perSeed.reduce((a, g) => a + g[i], 0) / perSeed.length);
    console.log(`  ${v.id.padEnd(6)} ‖∂W‖ at step 0, input → output: ${mean.map((x) => x.toPrecision(2)).join(' ')}`);
  }
}
