/**
 * Exploration for the `gn-segun-batch` demo's defaults (not a test): for each setting and seed, the
 * demo's run (the ghost stack, or the real protocol's five stacks) to the end, and each method's test
 * error at each batch size.
 *
 *   EXPLORE_BACKEND=wasm npm run explore -- gn-segun-batch '{"protocol":["ghost","real"]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { parseDigits } from '../src/lib/datasets';
import { BATCH_SIZES, buildSpecs, DEFAULTS, errorsOf, METHODS, type GnBatchSettings } from '../src/lib/experiments/gn-segun-batch';
import { combinations, parseArgs, readings, runSeries, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<GnBatchSettings>();
for (const combo of combinations(grid)) {
  const t = tally();
  let ms = 0;
  for (const seed of seeds) {
    const s = { ...DEFAULTS, ...combo, seed };
    const { finals, ms: dt } = await runSeries([buildSpecs(s)].flat(), digits);
    ms += dt;
    const err = errorsOf(s, readings(finals, (m) => m.testAcc));
    for (const m of METHODS) BATCH_SIZES.forEach((b, i) => t.push(`${m}@${b}`, err[m][i]!));
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const [key, v] of Object.entries(t.rows)) console.log(`  ${key.padEnd(8)} error ${summary(v)}`);
}
