/**
 * Exploration for the `ln-companeros` demo's defaults (not a test): BN and LN trained in one stack,
 * then the same test images classified in training mode inside random, small and one-class batches.
 * Prints per method the accuracy per kind of batch, in eval mode, the fraction of answers that stay
 * the eval-mode ones, and the largest logit change.
 *
 *   npm run explore -- ln-companeros '{"small":[2,4],"steps":[150,300]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { MATE_KINDS } from '../src/lib/batch-mates';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, mateResults, METHODS, type CompanerosSettings } from '../src/lib/experiments/ln-companeros';
import { combinations, parseArgs, runToEnd, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<CompanerosSettings>();
for (const combo of combinations(grid)) {
  const { rows, push } = tally();
  let ms = 0;
  for (const seed of seeds) {
    const spec = buildSpec({ ...DEFAULTS, ...combo, seed });
    const run = await runToEnd(spec, makeSplit(spec.dataset, digits));
    ms += run.ms / seeds.length;
    const r = mateResults(Object.fromEntries(run.snaps[run.snaps.length - 1].models.map((m) => [m.id, m])))!;
    for (const m of METHODS) {
      push(`${m} eval`, r[m].evalAcc);
      for (const k of MATE_KINDS) push(`${m} ${k}`, r[m].acc[k]);
      for (const k of MATE_KINDS) push(`${m} same ${k}`, r[m].sameAsEval[k]);
      push(`${m} max shift`, r[m].maxLogitShift);
    }
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${ms.toFixed(0)} ms/run)`);
  for (const [key, xs] of Object.entries(rows)) console.log(`  ${key.padEnd(18)} ${summary(xs)}`);
}
