/**
 * Exploration for lesson 7.2's Pre-LN/Post-LN demo (not a test; its defaults are not chosen yet): a
 * residual MLP on the digits (input layer to width 32, B blocks, output layer), Pre-LN and Post-LN,
 * each with and without a linear warm-up, trained with Adam in one stack. Prints the weight-gradient
 * norms at the first step (input layer, each block's two layers, output) and the final test accuracy.
 *
 *   npm run explore -- ln-pre-post '{"blocks":[6,12],"lr":[0.001,0.01]}' 1,2,3
 */
import { readFileSync } from 'node:fs';
import { makeSplit, parseDigits } from '../src/lib/datasets';
import { COMPARISON } from '../src/lib/experiments/norms';
import type { ExperimentSpec } from '../src/lib/experiments/types';
import { StackedTrainer } from '../src/engine/trainer';
import { combinations, parseArgs, summary, tally, useBackend } from './explore-lib';

interface Settings {
  blocks: number;
  lr: number;
  steps: number;
  warmup: number;
  width: number;
  seed: number;
}
const DEFAULTS: Settings = { blocks: 12, lr: 0.01, steps: 300, warmup: 100, width: 32, seed: 1 };
const PRE = { kind: 'layer', position: 'before' } as const;
const POST = { kind: 'layer', position: 'after' } as const;

function spec(s: Settings): ExperimentSpec {
  return {
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: s.seed },
    residual: { blocks: s.blocks },
    hidden: [s.width],
    activation: 'relu',
    init: 'glorot',
    optimizer: 'adam',
    batchSize: 32,
    steps: s.steps,
    seed: s.seed,
    ...COMPARISON,
    models: [
      { id: 'post', norm: POST, learningRate: s.lr },
      { id: 'pre', norm: PRE, learningRate: s.lr },
      { id: 'post-warm', norm: POST, learningRate: s.lr, warmupSteps: s.warmup },
      { id: 'pre-warm', norm: PRE, learningRate: s.lr, warmupSteps: s.warmup },
    ],
    evalEvery: s.steps,
    probes: { gradNorms: true },
  };
}

const backend = await useBackend();
const digits = parseDigits(readFileSync('public/data/digits.bin'));
const { grid, seeds } = parseArgs<Settings>();
for (const combo of combinations(grid)) {
  const { rows, push } = tally();
  let ms = 0;
  const grads: Record<string, number[][]> = {};
  for (const seed of seeds) {
    const s = spec({ ...DEFAULTS, ...combo, seed });
    const t0 = performance.now();
    const trainer = StackedTrainer.create(s, makeSplit(s.dataset, digits));
    trainer.train(1);
    const first = await trainer.evaluate();
    for (const m of first.models) (grads[m.id] ??= []).push(m.gradNorms!);
    trainer.train(s.steps - 1);
    const last = await trainer.evaluate();
    ms += (performance.now() - t0) / seeds.length;
    for (const m of last.models) {
      push(`${m.id} test acc`, m.testAcc);
      push(`${m.id} diverged`, Number(m.diverged));
    }
    trainer.dispose();
  }
  console.log(`${JSON.stringify(combo)} (${backend}, ${ms.toFixed(0)} ms/run)`);
  for (const [key, xs] of Object.entries(rows)) console.log(`  ${key.padEnd(20)} ${summary(xs)}`);
  for (const [id, perSeed] of Object.entries(grads)) {
    const mean = perSeed[0].map((_, i) => perSeed.reduce((a, g) => a + g[i], 0) / perSeed.length);
    console.log(`  ${id.padEnd(10)} ‖∂W‖ at step 1: ${mean.map((v) => v.toPrecision(2)).join(' ')}`);
  }
}
