// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS with its Vitest runner
// over the framework-free code the unit suite guards. Scores per folder go to TESTING.md.
// One folder at a time: `npm run mutation -- --mutate 'src/engine/**/*.ts'`.
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
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
