/**
 * Benchmark harness, driven by scripts/bench.mjs through window.bench. Runs one experiment through
 * the real trainer worker and reports the worker's own timings plus the longest main-thread task seen
 * while it trained; or runs the plain Float32Array reference MLP on the main thread for the same net.
 */
import { createTrainer } from '../../src/client/trainer-client';
import type { BackendChoice, FromWorker } from '../../src/worker/protocol';
import type { ExperimentSpec } from '../../src/lib/experiments/types';
import { makeSplit, Batcher, gatherRows } from '../../src/lib/datasets';
import { createMlp } from '../../src/lib/mlp-reference';
import { mlpTrainStep } from '../../src/lib/mlp-train';
import { SGD_MOMENTUM } from '../../src/engine/config';
import { buildSpec, DEFAULTS } from '../../src/lib/experiments/bn-vs-sin-bn';
import { bnAt, NO_NORM } from '../../src/lib/experiments/norms';

interface RunResult {
  backend: string;
  steps: number;
  elapsedMs: number;
  firstStepMs: number;
  stepsPerSec: number;
  tensors: number;
  longestTaskMs: number;
  error?: string;
}

function runWorker(spec: ExperimentSpec, backend: BackendChoice): Promise<RunResult> {
  return new Promise((resolve) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const trainer = createTrainer();
    const finish = (r: RunResult) => {
      observer.disconnect();
      trainer.dispose();
      resolve(r);
    };
    trainer.onMessage((m: FromWorker) => {
      if (m.type === 'done') {
        finish({
          backend: m.backend,
          steps: m.step,
          elapsedMs: m.elapsedMs,
          firstStepMs: m.firstStepMs,
          stepsPerSec: m.stepsPerSec,
          tensors: m.tensors,
          longestTaskMs: longest,
        });
      } else if (m.type === 'error') {
        finish({ backend: String(backend), steps: 0, elapsedMs: 0, firstStepMs: 0, stepsPerSec: 0, tensors: -1, longestTaskMs: longest, error: m.message });
      }
    });
    trainer.start(1, spec, backend);
  });
}

/** The same network in plain Float32Array maths (SGD), on the main thread: the speed limit. */
function runReference(spec: ExperimentSpec, bn: boolean): { steps: number; stepsPerSec: number } {
  const { train } = makeSplit(spec.dataset);
  const mlp = createMlp(
    { inputs: train.dims, hidden: spec.hidden, classes: train.classes, activation: spec.activation, norm: bnAt(bn ? 'before' : 'none') },
    spec.seed,
  );
  const batcher = new Batcher(train.n, spec.batchSize, spec.seed);
  const t0 = performance.now();
  for (let s = 0; s < spec.steps; s++) {
    const rows = batcher.next();
    const b = gatherRows(train, rows);
    mlpTrainStep(mlp, b.x, b.y, rows.length, spec.models[0].learningRate);
  }
  const ms = performance.now() - t0;
  return { steps: spec.steps, stepsPerSec: (spec.steps * 1000) / ms };
}

/**
 * The demo's stack trained the same way in plain Float32Array maths, model after model, on the main
 * thread: same shapes, normalisations, batches, optimizer (SGD with momentum 0.9 if the spec says so)
 * and number of steps. Returns models × steps per second, to compare with the engine's.
 */
function runReferenceStack(spec: ExperimentSpec): { modelStepsPerSec: number } {
  const { train } = makeSplit(spec.dataset);
  let ms = 0;
  for (const model of spec.models) {
    const mlp = createMlp({ inputs: train.dims, hidden: spec.hidden, classes: train.classes, activation: spec.activation, norm: model.norm, init: spec.init }, spec.seed);
    const batcher = new Batcher(train.n, spec.batchSize, spec.seed);
    const momentum = spec.optimizer === 'momentum' ? { mu: SGD_MOMENTUM, velocity: new Map() } : undefined;
    const t0 = performance.now();
    for (let s = 0; s < spec.steps; s++) {
      const rows = batcher.next();
      const b = gatherRows(train, rows);
      mlpTrainStep(mlp, b.x, b.y, rows.length, model.learningRate, momentum);
    }
    ms += performance.now() - t0;
  }
  return { modelStepsPerSec: (spec.models.length * spec.steps * 1000) / ms };
}

/** The default demo's own spec: as shipped (read-backs, decision maps) or training only (one read-back). */
function demoSpec(steps: number, trainingOnly: boolean): ExperimentSpec {
  const spec = buildSpec({ ...DEFAULTS, steps });
  return trainingOnly ? { ...spec, evalEvery: steps, probes: {} } : spec;
}

/** The default bn-vs-sin-bn net with K models, alternately with and without BN, same initial weights. */
function specFor(k: number, steps: number): ExperimentSpec {
  const base = buildSpec({ ...DEFAULTS, steps });
  const models = Array.from({ length: k }, (_, i) => ({
    id: `m${i}`,
    norm: i % 2 === 0 ? base.models[0].norm : NO_NORM,
    learningRate: base.models[0].learningRate,
  }));
  return { ...base, models };
}

function describe(steps: number): string {
  const d = DEFAULTS;
  return `bn-vs-sin-bn defaults: ${d.dataset}, 2-${Array(d.depth).fill(d.width).join('-')}-2, ${d.act}, batch ${d.batch}, lr ${d.lr}, ${steps} steps`;
}

(window as unknown as { bench: unknown }).bench = { runWorker, runReference, runReferenceStack, demoSpec, specFor, describe };
