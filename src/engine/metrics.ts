/**
 * Read-back of a stacked trainer's metrics: everything is computed on the device, packed into one
 * [K, columns] tensor and read with a single `data()` call (each read-back stalls a GPU pipeline).
 *
 * Definitions (per model):
 * - loss: mean training-mode mini-batch cross-entropy over the steps since the previous evaluation
 *   (at step 0: the loss of the first mini-batch, before any update);
 * - trainAcc / testAcc: accuracy on the whole train / test split in EVAL mode (running statistics);
 * - percentiles: p15, p50, p85 of the probed pre-activation unit (input to g) over the TEST split, eval
 *   mode, as the paper's Fig. 1 tracks the distribution of one sigmoid's input over training;
 * - gradNorms: ‖∂L/∂W_l‖₂ per layer (hidden layers then output) at the last step before the read-back;
 * - decision: for the grid points, P(class 1) when there are 2 classes, else the predicted class.
 * A frozen (diverged) model keeps the values of its last snapshot before divergence; its loss is the
 * mean of the finite losses it still had in the window, if any.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Batcher } from '../lib/datasets';
import { percentiles } from '../lib/stats';
import { Network } from './network';
import type { StackedTrainer } from './trainer';

export interface ModelMetrics {
  id: string;
  loss: number;
  trainAcc: number;
  testAcc: number;
  diverged: boolean;
  divergedAt?: number;
  percentiles?: [number, number, number];
  gradNorms?: number[];
  decision?: number[];
}

export interface Snapshot {
  step: number;
  models: ModelMetrics[];
}

/** What one read-back includes beyond the always-present metrics. */
export interface EvaluateOptions {
  /** Compute the decision map (when the trainer has a grid). Default true. */
  decision?: boolean;
}

/**
 * Eval-mode forward pass of every model over train, test (and grid) rows in ONE batched pass: rows
 * are independent in eval mode (running statistics), so this gives the same per-row values as three
 * passes, with a third of the kernels.
 */
function evalPass(t: StackedTrainer, withGrid: boolean) {
  const x = withGrid && t.data.evalXGrid ? t.data.evalXGrid : t.data.evalX;
  return t.network.forward(t.theta, t.running, x, 'eval');
}

/** Decision values [K, gridN] from logits whose last gridN rows are the grid. */
function decisionOf(logits: tf.Tensor3D, k: number, from: number, gridN: number, classes: number): tf.Tensor2D {
  const g = tf.slice(logits, [0, from, 0], [k, gridN, -1]);
  const d = classes === 2 ? tf.slice(tf.softmax(g), [0, 0, 1], [k, gridN, 1]) : tf.cast(tf.argMax(g, 2), 'float32');
  return tf.reshape(d, [k, gridN]) as tf.Tensor2D;
}

export async function evaluateStack(t: StackedTrainer, opts: EvaluateOptions = {}): Promise<Snapshot> {
  const cfg = t.config;
  const k = cfg.k;
  const nTrain = t.data.yTrain.shape[0];
  const nTest = t.data.yTest.shape[0];
  const probe = cfg.percentiles;
  const withGrid = opts.decision !== false && t.data.grid !== null;
  const gridN = withGrid && t.data.grid ? t.data.grid.shape[0] : 0;
  const packed = tf.tidy(() => {
    const col = (x: tf.Tensor) => tf.reshape(x, [k, -1]);
    let loss: tf.Tensor;
    let count: tf.Tensor;
    if (t.step === 0) {
      const rows = Int32Array.from(new Batcher(t.source.train.n, cfg.batchSize, cfg.seed).next());
      const idx = tf.tensor1d(rows, 'int32');
      const out = t.network.forward(t.theta, t.running, tf.gather(t.data.xTrain, idx) as tf.Tensor2D, 'train');
      loss = Network.loss(out.logits, tf.gather(t.data.oneHotTrain, idx) as tf.Tensor2D, false).loss;
      count = tf.ones([k]);
    } else {
      loss = tf.div(t.lossSum, tf.maximum(t.lossCount, 1));
      count = t.lossCount;
    }
    const cols: tf.Tensor[] = [col(loss), col(count)];
    const out = evalPass(t, withGrid);
    const nSplits = nTrain + nTest;
    const splits = gridN ? tf.slice(out.logits, [0, 0, 0], [k, nSplits, -1]) : out.logits;
    const hits = tf.cast(tf.equal(tf.argMax(splits, 2), t.data.yEval), 'float32');
    cols.push(tf.mean(tf.slice(hits, [0, 0], [k, nTrain]), 1, true), tf.mean(tf.slice(hits, [0, nTrain], [k, nTest]), 1, true));
    cols.push(col(tf.cast(t.active, 'float32')), col(t.divergedAt));
    if (t.gradNorms) cols.push(t.gradNorms);
    if (probe) cols.push(col(tf.slice(out.layers[probe.layer].u, [0, nTrain, probe.unit], [k, nTest, 1])));
    if (gridN) cols.push(decisionOf(out.logits, k, nSplits, gridN, cfg.classes));
    return tf.concat(cols, 1);
  });
  tf.tidy(() => {
    t.lossSum.assign(tf.zerosLike(t.lossSum));
    t.lossCount.assign(tf.zerosLike(t.lossCount));
  });
  let values: Float32Array;
  try {
    values = (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
  const width = values.length / k;
  const prev = t.lastSnapshot;
  const models: ModelMetrics[] = cfg.ids.map((id, m) => {
    const row = values.subarray(m * width, (m + 1) * width);
    let c = 0;
    const take = (n: number) => Array.from(row.subarray(c, (c += n)));
    const [loss, count, trainAcc, testAcc, active, divergedAt] = take(6);
    const fresh: ModelMetrics = { id, loss, trainAcc, testAcc, diverged: active < 0.5 };
    if (t.gradNorms) fresh.gradNorms = take(cfg.hidden.length + 1);
    if (probe) fresh.percentiles = percentiles(take(nTest), [15, 50, 85]) as [number, number, number];
    if (gridN) fresh.decision = take(gridN);
    if (!fresh.diverged) return fresh;
    const before = prev?.models[m] ?? fresh;
    return {
      ...before,
      id,
      loss: count > 0 ? loss : before.loss,
      diverged: true,
      divergedAt,
    };
  });
  return { step: t.step, models };
}

/**
 * Only the decision map of every model (one small read-back), for a snapshot taken without it. A
 * frozen model gets its last map from before divergence. Null when the trainer has no grid.
 */
export async function decisionStack(t: StackedTrainer): Promise<number[][] | null> {
  const grid = t.data.grid;
  if (!grid) return null;
  const k = t.config.k;
  const n = grid.shape[0];
  const out = tf.tidy(() => decisionOf(t.network.forward(t.theta, t.running, grid, 'eval').logits, k, 0, n, t.config.classes));
  let values: Float32Array;
  try {
    values = (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
  const active = await t.active.data();
  return t.config.ids.map((_, m) => {
    const kept = t.lastSnapshot?.models[m]?.decision;
    if (!active[m] && kept) return kept;
    return Array.from(values.subarray(m * n, (m + 1) * n));
  });
}
