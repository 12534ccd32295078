/**
 * Exploration for the `tamano-batch` demo's defaults (not a test): trains the demo's stack (BN with
 * statistics over 2, 4, 8, 16 and 64 examples of the same mini-batches of 64) on the digits, and
 * prints per size the final test accuracy in eval mode and in training mode (test batches of b).
 *
 *   npm run explore -- tamano-batch '{"momentum":[0.01,0.1],"lr":[0.05,0.1]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- tamano-batch
 *   EXPLORE_REAL=1 EXPLORE_BACKEND=wasm npm run explore -- tamano-batch   (the real protocol: one run per size)
 *
 * First argument: JSON of setting → values to try (the rest are the defaults). Second: seeds.
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { BATCH_SIZES, buildSpec, DEFAULTS, realProtocol, sizeResults, type TamanoSettings } from '../src/lib/experiments/tamano-batch';
import { combinations, parseArgs, runToEnd, summary, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<TamanoSettings>();
for (const combo of combinations(grid)) {
  const evalAcc: number[][] = BATCH_SIZES.map(() => []);
  const trainAcc: number[][] = BATCH_SIZES.map(() => []);
  let smallestBelow = 0;
  let ms = 0;
  for (const seed of seeds) {
    const settings = { ...DEFAULTS, ...combo, seed };
    const specs = process.env.EXPLORE_REAL ? realProtocol(settings).map((r) => r.spec) : [buildSpec(settings)];
    const latest: Record<string, { testAcc: number; trainModeAcc?: number }> = {};
    for (const spec of specs) {
      const { snaps, ms: t } = await runToEnd(spec, makeSplit(spec.dataset, digits));
      ms += t;
      for (const m of snaps[snaps.length - 1].models) latest[m.id] = m;
    }
    const r = sizeResults(latest)!;
    r.evalModeAcc.forEach((v, i) => evalAcc[i].push(v));
    r.trainModeAcc.forEach((v, i) => trainAcc[i].push(v ?? NaN));
    if (r.evalModeAcc[0] < r.evalModeAcc[r.evalModeAcc.length - 1]) smallestBelow++;
  }
  console.log(`${JSON.stringify(combo)}${process.env.EXPLORE_REAL ? ' real protocol' : ''} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  BATCH_SIZES.forEach((b, i) => console.log(`  b=${String(b).padEnd(4)} eval ${summary(evalAcc[i])}  train mode ${summary(trainAcc[i])}`));
  console.log(`  smallest < largest in eval mode: ${smallestBelow}/${seeds.length} seeds`);
}
