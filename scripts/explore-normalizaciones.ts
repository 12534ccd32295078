/**
 * Exploration for the `normalizaciones` demo's defaults (not a test): trains the demo's stack (none,
 * BN over sub-batches of `tiny`, BN over the whole batch, LN, GN) on the digits for several settings
 * and seeds, and prints each method's final test accuracy at both batch sizes.
 *
 *   npm run explore -- normalizaciones '{"tiny":[2,4],"lr":[0.02,0.05,0.1]}' 1,2,3,4,5
 *   EXPLORE_BACKEND=wasm npm run explore -- normalizaciones
 *
 * First argument: JSON of setting → values to try (the rest are the defaults). Second: seeds.
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, METHODS, modelFor, type NormalizacionesSettings } from '../src/lib/experiments/normalizaciones';
import { combinations, parseArgs, runToEnd, summary, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<NormalizacionesSettings>();
for (const combo of combinations(grid)) {
  const acc: Record<string, number[]> = {};
  const gnAtLeastBnTiny: boolean[] = [];
  let ms = 0;
  for (const seed of seeds) {
    const s = { ...DEFAULTS, ...combo, seed };
    const spec = buildSpec(s);
    const { snaps, ms: t } = await runToEnd(spec, makeSplit(spec.dataset, digits));
    ms += t;
    const last = Object.fromEntries(snaps[snaps.length - 1].models.map((m) => [m.id, m.testAcc]));
    for (const method of METHODS) for (const b of [s.tiny, s.normal]) (acc[`${method}@${b === s.tiny ? 'tiny' : 'normal'}`] ??= []).push(last[modelFor(method, b)]);
    gnAtLeastBnTiny.push(last.gn >= last[modelFor('bn', s.tiny)]);
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const [key, v] of Object.entries(acc)) console.log(`  ${key.padEnd(12)} acc ${summary(v)}`);
  console.log(`  GN ≥ BN at the tiny batch: ${gnAtLeastBnTiny.filter(Boolean).length}/${seeds.length} seeds`);
}
