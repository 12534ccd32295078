// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS with its Vitest runner
// over the framework-free code the unit suite guards. Scores per folder go to TESTING.md; whole
// folders run in resumable chunks with `npm run mutation:folders` (scripts/mutation-folders.mjs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    'src/engine/**/*.ts',
    'src/worker/**/*.ts',
    // Browser-only glue, exercised by the e2e suite rather than unit tests.
    '!src/worker/platform-browser.ts',
    '!src/worker/trainer.worker.ts',
    '!src/worker/client.ts',
    '!src/worker/wasm-paths.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: schemas, string tables, constants) run every test for each
  // mutant; ignoring them is what makes a whole folder fit in an hour or two here. They are reported
  // as "ignored" and left out of the score, which TESTING.md says.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
