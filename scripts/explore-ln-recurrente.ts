/**
 * Exploration for the `ln-recurrente` demo's defaults (not a test): the recurrent network on the
 * digits, plain and with LayerNorm, over the ladder of learning rates. Prints ‖h_t‖ at initialisation
 * (steps 1, 8, 16, 32, 64), and per rate the final loss, test accuracy and how many seeds were stable.
 *
 *   npm run explore -- ln-recurrente '{"escala":[1,2]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import {
  buildSpec,
  DEFAULTS,
  initialNorms,
  ladderSummary,
  METHODS,
  RATES,
  UNIFORM_LOSS,
  type RecurrenteSettings,
} from '../src/lib/experiments/ln-recurrente';
import { combinations, parseArgs, runToEnd, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<RecurrenteSettings>();
const AT = [1, 8, 16, 32, 64];
for (const combo of combinations(grid)) {
  const { rows, push } = tally();
  let ms = 0;
  for (const seed of seeds) {
    const spec = buildSpec({ ...DEFAULTS, ...combo, seed });
    const data = makeSplit(spec.dataset, digits);
    const run = await runToEnd(spec, data);
    ms += run.ms / seeds.length;
    const norms = initialNorms(run.snaps[0].models);
    for (const m of METHODS) for (const t of AT) push(`${m} |h| t=${t}`, norms[m][t - 1]);
    const s = ladderSummary(run.snaps[run.snaps.length - 1].models, UNIFORM_LOSS);
    for (const m of METHODS) {
      RATES.forEach((lr, i) => {
        push(`${m} lr=${lr} loss`, s.loss[m][i]);
        push(`${m} lr=${lr} acc`, s.testAcc[m][i]);
        push(`${m} lr=${lr} stable`, Number(s.stable[m][i]));
      });
      push(`${m} max stable`, s.maxStable[m] ?? 0);
    }
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${ms.toFixed(0)} ms/run)`);
  for (const [key, xs] of Object.entries(rows))
    console.log(`  ${key.padEnd(24)} ${key.includes('|h|') ? xs.map((v) => v.toExponential(2)).join(' ') : summary(xs)}`);
}
