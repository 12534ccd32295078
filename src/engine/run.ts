/**
 * A whole run without a worker, for Node scripts, benchmarks and tests: train to spec.steps, reading
 * metrics back at step 0 and every spec.evalEvery steps (and at the end). The worker drives the same
 * StackedTrainer, only in chunks so it can pause.
 */
import type { ExperimentSpec } from '../lib/experiments/types';
import type { EngineOptions } from './config';
import type { Snapshot } from './metrics';
import { StackedTrainer, type TrainerData } from './trainer';

export interface RunResult {
  /** Every read-back, in order: step 0, evalEvery, 2·evalEvery, …, steps. */
  snapshots: Snapshot[];
  /** Wall time of the training and read-backs, ms. */
  ms: number;
}

export async function runExperiment(
  spec: ExperimentSpec,
  data: TrainerData,
  opts: EngineOptions & { onSnapshot?: (s: Snapshot) => void } = {},
): Promise<RunResult> {
  const t0 = performance.now();
  const trainer = StackedTrainer.create(spec, data, opts);
  try {
    const snapshots: Snapshot[] = [];
    const keep = (s: Snapshot) => {
      snapshots.push(s);
      opts.onSnapshot?.(s);
    };
    keep(await trainer.evaluate());
    while (trainer.step < spec.steps) {
      trainer.train(Math.min(spec.evalEvery - (trainer.step % spec.evalEvery), spec.steps - trainer.step));
      keep(await trainer.evaluate());
    }
    return { snapshots, ms: performance.now() - t0 };
  } finally {
    trainer.dispose();
  }
}
