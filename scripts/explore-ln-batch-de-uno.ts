/**
 * Exploration for the `ln-batch-de-uno` demo's defaults (not a test): per batch size (one run each,
 * equal examples, learning rate scaled with b), the final test accuracy of none, BN, LN and RMSNorm in
 * eval mode, and BN's in training mode.
 *
 *   npm run explore -- ln-batch-de-uno '{"lr":[0.05,0.1],"examples":[2048,4096]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- ln-batch-de-uno
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { BATCH_SIZES, buildSpecs, DEFAULTS, METHODS, type BatchDeUnoSettings } from '../src/lib/experiments/ln-batch-de-uno';
import { combinations, parseArgs, runToEnd, summary, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<BatchDeUnoSettings>();
for (const combo of combinations(grid)) {
  const acc = Object.fromEntries(METHODS.map((m) => [m, BATCH_SIZES.map(() => [] as number[])]));
  const bnTrainMode = BATCH_SIZES.map(() => [] as number[]);
  const msPerSize = BATCH_SIZES.map(() => 0);
  for (const seed of seeds) {
    const specs = buildSpecs({ ...DEFAULTS, ...combo, seed });
    for (const [i, spec] of specs.entries()) {
      const { snaps, ms } = await runToEnd(spec, makeSplit(spec.dataset, digits));
      msPerSize[i] += ms / seeds.length;
      for (const m of snaps[snaps.length - 1].models) {
        acc[m.id][i].push(m.testAcc);
        if (m.id === 'bn') bnTrainMode[i].push(m.trainModeAcc ?? NaN);
      }
    }
  }
  const total = msPerSize.reduce((a, b) => a + b, 0);
  console.log(
    `${JSON.stringify(combo)} (${backend}, ${total.toFixed(0)} ms per series: ${msPerSize.map((m) => m.toFixed(0)).join(' / ')})`,
  );
  BATCH_SIZES.forEach((b, i) =>
    console.log(
      `  b=${String(b).padEnd(3)} ${METHODS.map((m) => `${m} ${summary(acc[m][i])}`).join('  ')}  bn train mode ${summary(bnTrainMode[i])}`,
    ),
  );
}
