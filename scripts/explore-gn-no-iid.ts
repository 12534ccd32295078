/**
 * Exploration for the `gn-no-iid` demo's defaults (not a test): for each setting and seed, the three
 * stacks (batches at random, from two classes, from one) to the end, and each method's test accuracy.
 *
 *   EXPLORE_BACKEND=wasm npm run explore -- gn-no-iid '{"lr":[0.02,0.05]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { parseDigits } from '../src/lib/datasets';
import { byKind, buildSpecs, CLASSES_PER_BATCH, DEFAULTS, METHODS, type GnNoIidSettings } from '../src/lib/experiments/gn-no-iid';
import { combinations, parseArgs, readings, runSeries, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<GnNoIidSettings>();
for (const combo of combinations(grid)) {
  const t = tally();
  let ms = 0;
  for (const seed of seeds) {
    const s = { ...DEFAULTS, ...combo, seed };
    const { finals, ms: dt } = await runSeries(buildSpecs(s), digits);
    ms += dt;
    if (process.env.LOSS)
      finals.forEach((models, i) =>
        console.log(CLASSES_PER_BATCH[i], models.map((m) => `${m.id} loss ${m.loss.toFixed(3)} train ${m.trainAcc.toFixed(3)}`).join(' | ')),
      );
    const acc = byKind(readings(finals, (m) => m.testAcc));
    for (const m of METHODS) CLASSES_PER_BATCH.forEach((k, i) => t.push(`${m}@${k}`, acc[m][i]!));
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const [key, v] of Object.entries(t.rows)) console.log(`  ${key.padEnd(8)} acc ${summary(v)}`);
}
