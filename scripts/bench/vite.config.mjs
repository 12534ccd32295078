// Builds the benchmark harness (not part of the site): the real worker and engine, bundled as the
// site bundles them, plus the plain Float32Array reference for comparison.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
export default {
  root,
  logLevel: 'warn',
  resolve: { alias: { '~': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)), emptyOutDir: true },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
};
