/**
 * Exploration for the `gn-grupos` demo's defaults (not a test): for each setting and seed, the sweep
 * over G (one stack: no normalisation and GN with every group count) to the end, and each model's
 * test error.
 *
 *   EXPLORE_BACKEND=wasm npm run explore -- gn-grupos '{"width":[32,64]}' 1,2,3,4,5
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { buildSpec, DEFAULTS, groupCounts, sweepErrors, type GnGruposSettings } from '../src/lib/experiments/gn-grupos';
import { combinations, parseArgs, runToEnd, summary, tally, useBackend } from './explore-lib';

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<GnGruposSettings>();
for (const combo of combinations(grid)) {
  const t = tally();
  let ms = 0;
  for (const seed of seeds) {
    const s = { ...DEFAULTS, ...combo, seed };
    const spec = buildSpec(s);
    const { snaps, ms: dt } = await runToEnd(spec, makeSplit(spec.dataset, digits));
    ms += dt;
    const err = sweepErrors(s, Object.fromEntries(snaps[snaps.length - 1].models.map((m) => [m.id, m.testAcc])));
    t.push('none', err.none!);
    groupCounts(s.width).forEach((g, i) => t.push(`G=${g} (${s.width / g}/grupo)`, err.gn[i]!));
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${(ms / seeds.length).toFixed(0)} ms/run)`);
  for (const [key, v] of Object.entries(t.rows)) console.log(`  ${key.padEnd(18)} error ${summary(v)}`);
}
