/**
 * Whole-folder mutation testing in resumable chunks (issue 7). A folder's run takes hours on a
 * 2-core machine; split into chunks, each chunk's report is kept under reports/mutation/chunks/ and
 * a chunk that already has a report is skipped, so an interrupted run picks up where it stopped.
 *   node scripts/mutation-folders.mjs                 every chunk without a report
 *   node scripts/mutation-folders.mjs engine-2 lib-5  only these (rerun even if reported)
 *   node scripts/mutation-folders.mjs --list          chunks and whether each has a report
 * Then: node scripts/mutation-summary.mjs reports/mutation/chunks/engine-*.json
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

import config from '../stryker.config.mjs';

/** The worker's browser-only glue, excluded as in the Stryker config (the e2e suite covers it). */
const BROWSER_GLUE = config.mutate.filter((glob) => glob.startsWith('!src/worker/'));

/**
 * Chunks of similar size (mutants are roughly proportional to lines); their union is the folder.
 * Stryker splits --mutate on commas, so no brace globs here.
 */
const CHUNKS = {
  'engine-1': ['src/engine/norms/**/*.ts', 'src/engine/select.ts', 'src/engine/inputs.ts', 'src/engine/inspect.ts'],
  'engine-2': ['src/engine/network.ts'],
  'engine-3': ['src/engine/trainer.ts', 'src/engine/run.ts', 'src/engine/mode-probes.ts'],
  'engine-4': ['src/engine/metrics.ts', 'src/engine/optimizer.ts', 'src/engine/problems.ts'],
  'engine-5': ['src/engine/params.ts', 'src/engine/config.ts'],
  'engine-6': ['src/engine/cpu-kernels.ts'],
  'lib-1': ['src/lib/random.ts', 'src/lib/stats.ts', 'src/lib/arrays.ts', 'src/lib/metrics.ts', 'src/lib/decision-grid.ts'],
  'lib-2': ['src/lib/datasets/**/*.ts'],
  'lib-3': ['src/lib/batchnorm.ts', 'src/lib/batchnorm-running.ts', 'src/lib/mlp-*.ts'],
  'lib-4': ['src/lib/norms/**/*.ts'],
  'lib-5': ['src/lib/query.ts'],
  'lib-6': ['bn-vs-sin-bn', 'figura-1', 'tasa-aprendizaje', 'types', 'norms'].map((f) => `src/lib/experiments/${f}.ts`),
  'lib-7': ['bn-paso-a-paso', 'escala-entradas', 'normalizaciones', 'tamano-batch'].map((f) => `src/lib/experiments/${f}.ts`),
  'worker-1': ['src/worker/**/*.ts', ...BROWSER_GLUE],
};

const OUT = 'reports/mutation/chunks';
const reportOf = (name) => `${OUT}/${name}.json`;
const args = process.argv.slice(2);

if (args[0] === '--list') {
  for (const name of Object.keys(CHUNKS)) console.log(`${existsSync(reportOf(name)) ? 'done ' : 'todo '} ${name}`);
  process.exit(0);
}
const unknown = args.filter((a) => !(a in CHUNKS));
if (unknown.length > 0) {
  console.error(`unknown chunk(s): ${unknown.join(', ')}; known: ${Object.keys(CHUNKS).join(', ')}`);
  process.exit(2);
}
const todo = args.length > 0 ? args : Object.keys(CHUNKS).filter((n) => !existsSync(reportOf(n)));
mkdirSync(OUT, { recursive: true });
for (const name of todo) {
  console.log(`\n=== ${name}: ${CHUNKS[name].join(', ')}`);
  // A shorter timeout than the config's: a mutant that loops forever costs 15 s, not 60 s (a timed-out
  // mutant counts as detected either way).
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', CHUNKS[name].join(','), '--timeoutMS', '15000'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${name}: stryker exited with ${run.status}; no report kept`);
    process.exit(run.status ?? 1);
  }
  copyFileSync('reports/mutation/mutation.json', reportOf(name));
}
