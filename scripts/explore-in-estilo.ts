/**
 * Exploration for the `in-estilo` demo's defaults (not a test): for each setting and seed, the three
 * stacks (grey, grey → tinted, tint as the label) to the end, and each method's test accuracy.
 *
 *   EXPLORE_BACKEND=wasm npm run explore -- in-estilo '{"lr":[0.02,0.05]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { parseDigits } from '../src/lib/datasets';
import { accuraciesOf, buildSpecs, DEFAULTS, METHODS, SITUATIONS, type InEstiloSettings } from '../src/lib/experiments/in-estilo';
import { combinations, parseArgs, readings, runSeries, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<InEstiloSettings>();
for (const combo of combinations(grid)) {
  const t = tally();
  let ms = 0;
  for (const seed of seeds) {
    const s = { ...DEFAULTS, ...combo, seed };
    const { finals, ms: dt } = await runSeries(buildSpecs(s), digits);
    ms += dt;
    const acc = accuraciesOf(readings(finals, (m) => m.testAcc));
    for (const m of METHODS) SITUATIONS.forEach((k, i) => t.push(`${m}@${k}`, acc[m][i]!));
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const [key, v] of Object.entries(t.rows)) console.log(`  ${key.padEnd(10)} acc ${summary(v)}`);
}
