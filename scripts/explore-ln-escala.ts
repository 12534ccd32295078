/**
 * Exploration for the `ln-escala` demo's defaults (not a test): none, BN, LN and RMSNorm trained in one
 * stack, then the test loss and accuracy with every input rescaled or shifted. Prints per method the
 * loss at each scale and shift, and how far it moves (the largest change from a = 1 or c = 0).
 *
 *   npm run explore -- ln-escala '{"steps":[150,300]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, METHODS, SCALES, SHIFTS, spread, type EscalaSettings } from '../src/lib/experiments/ln-escala';
import { combinations, parseArgs, runToEnd, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<EscalaSettings>();
for (const combo of combinations(grid)) {
  const { rows, push } = tally();
  let ms = 0;
  for (const seed of seeds) {
    const spec = buildSpec({ ...DEFAULTS, ...combo, seed });
    const run = await runToEnd(spec, makeSplit(spec.dataset, digits));
    ms += run.ms / seeds.length;
    for (const m of run.snaps[run.snaps.length - 1].models) {
      const scan = m.scan!;
      const s = spread(scan);
      push(`${m.id} scale spread`, s.scale);
      push(`${m.id} shift spread`, s.shift);
      SCALES.forEach((a, i) => push(`${m.id} loss a=${a}`, scan.scaleLoss[i]));
      SCALES.forEach((a, i) => push(`${m.id} acc a=${a}`, scan.scaleAcc[i]));
      SHIFTS.forEach((c, i) => push(`${m.id} loss c=${c}`, scan.shiftLoss[i]));
      SHIFTS.forEach((c, i) => push(`${m.id} acc c=${c}`, scan.shiftAcc[i]));
    }
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${ms.toFixed(0)} ms/run)`);
  for (const m of METHODS)
    for (const [key, xs] of Object.entries(rows)) if (key.startsWith(`${m} `)) console.log(`  ${key.padEnd(22)} ${summary(xs)}`);
  // The spreads span orders of magnitude (LN's is ε's effect): also in scientific notation.
  for (const [key, xs] of Object.entries(rows))
    if (key.endsWith('spread')) console.log(`  ${key.padEnd(22)} max ${Math.max(...xs).toExponential(2)}`);
}
