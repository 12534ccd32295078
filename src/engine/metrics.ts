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
import { crossEntropy, forward } from './forward';
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

function accuracy(logits: tf.Tensor3D, labels: tf.Tensor1D): tf.Tensor2D {
  const hits = tf.cast(tf.equal(tf.argMax(logits, 2), labels), 'float32');
  return tf.reshape(tf.mean(hits, 1), [-1, 1]) as tf.Tensor2D;
}

export async function evaluateStack(t: StackedTrainer): Promise<Snapshot> {
  const cfg = t.config;
  const k = cfg.k;
  const nTest = t.data.yTest.shape[0];
  const probe = cfg.percentiles;
  const gridN = t.data.grid ? t.data.grid.shape[0] : 0;
  const packed = tf.tidy(() => {
    const ctx = t.forwardContext;
    const col = (x: tf.Tensor) => tf.reshape(x, [k, -1]);
    let loss: tf.Tensor;
    let count: tf.Tensor;
    if (t.step === 0) {
      const rows = Int32Array.from(new Batcher(t.source.train.n, cfg.batchSize, cfg.seed).next());
      const idx = tf.tensor1d(rows, 'int32');
      const out = forward(ctx, tf.gather(t.data.xTrain, idx) as tf.Tensor2D, 'train');
      loss = crossEntropy(out.logits, tf.gather(t.data.oneHotTrain, idx) as tf.Tensor2D);
      count = tf.ones([k]);
    } else {
      loss = tf.div(t.lossSum, tf.maximum(t.lossCount, 1));
      count = t.lossCount;
    }
    const cols: tf.Tensor[] = [col(loss), col(count)];
    cols.push(accuracy(forward(ctx, t.data.xTrain, 'eval').logits, t.data.yTrain));
    const test = forward(ctx, t.data.xTest, 'eval', probe ? probe.layer : -1);
    cols.push(accuracy(test.logits, t.data.yTest));
    cols.push(col(tf.cast(t.active, 'float32')), col(t.divergedAt));
    if (t.gradNorms) cols.push(t.gradNorms);
    if (probe && test.probe) cols.push(col(tf.slice(test.probe, [0, 0, probe.unit], [k, nTest, 1])));
    if (t.data.grid) {
      const logits = forward(ctx, t.data.grid, 'eval').logits;
      const d = cfg.classes === 2 ? tf.slice(tf.softmax(logits), [0, 0, 1], [k, gridN, 1]) : tf.cast(tf.argMax(logits, 2), 'float32');
      cols.push(col(d));
    }
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
