/**
 * Probes of BN's two modes (src/lib/metrics.ts defines them), computed on the device for a read-back:
 * - trainModeHits: per model and test row, whether the prediction in TRAINING mode is right, with
 *   BN's statistics over consecutive sets of the model's own size (ghost size or the batch);
 * - batchMeans: the probed unit's pre-activation z = a·W, averaged over the first b rows of the
 *   latest training mini-batch, b per model as above (the mean BN normalised those rows with);
 * - runningMeans: that unit's running mean;
 * - mateColumns: the same test images in training mode inside random, small and one-class batches.
 * Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { MATE_KINDS } from '../lib/batch-mates';
import type { StackedTrainer } from './trainer';

/** float [K, m]: 1 where the training-mode prediction of test row i < m is right (m = ⌊nTest/B⌋·B). */
export function trainModeHits(t: StackedTrainer): tf.Tensor2D {
  const b = t.config.batchSize;
  const m = Math.floor(t.data.yTest.shape[0] / b) * b;
  const x = tf.slice(t.data.xTest, [0, 0], [m, -1]) as tf.Tensor2D;
  const out = t.network.forward(t.theta, t.running, x, 'train', b);
  const labels = tf.slice(t.data.yTest, [0], [m]);
  return tf.cast(tf.equal(tf.argMax(out.logits, 2), labels), 'float32') as tf.Tensor2D;
}

/** [K, 1]: the probed unit's mean of z over the first b_k rows of the latest mini-batch. */
export function batchMeans(t: StackedTrainer): tf.Tensor2D {
  const { layer, unit } = t.config.batchMean!;
  const k = t.config.k;
  const b = t.config.batchSize;
  const rows = t.latestBatch();
  const xb = tf.gather(t.data.xTrain, tf.tensor1d(rows, 'int32')) as tf.Tensor2D;
  const trace = t.network.forward(t.theta, t.running, xb, 'train');
  const z = tf.matMul(trace.layers[layer].input, trace.pieces[`w${layer}`] as tf.Tensor3D) as tf.Tensor3D;
  const zu = tf.reshape(tf.slice(z, [0, 0, unit], [k, rows.length, 1]), [k, rows.length]);
  // Models without BN at this layer: the mean over the whole mini-batch.
  const sizes = t.config.ids.map((_, m) => t.network.perSet(m, layer, b) || b);
  const weights = new Float32Array(k * rows.length);
  sizes.forEach((size, m) => weights.fill(1 / size, m * rows.length, m * rows.length + size));
  return tf.sum(tf.mul(zu, tf.tensor2d(weights, [k, rows.length])), 1, true) as tf.Tensor2D;
}

/** [K, 1]: the probed unit's running mean (0 for models that keep none there). */
export function runningMeans(t: StackedTrainer): tf.Tensor2D {
  const { layer, unit } = t.config.batchMean!;
  const piece = t.layout.running.find((p) => p.stat === 'mean' && p.layer === layer);
  if (!t.running || !piece) return tf.zeros([t.config.k, 1]);
  return tf.reshape(tf.slice(t.running, [0, 0, piece.offset + unit], [t.config.k, 1, 1]), [t.config.k, 1]) as tf.Tensor2D;
}

/**
 * [K, 8]: per kind (random, small, oneClass) the training-mode accuracy on the images, then per kind
 * the fraction whose answer is the eval-mode one, the largest |logit − eval-mode logit|, and the
 * eval-mode accuracy on the same images.
 */
export function mateColumns(t: StackedTrainer): tf.Tensor2D {
  const mates = t.mates!;
  const k = t.config.k;
  const x = tf.gather(t.data.xTest, tf.tensor1d(mates.rows, 'int32')) as tf.Tensor2D;
  const labels = tf.gather(t.data.yTest, tf.tensor1d(mates.rows, 'int32'));
  const evalLogits = t.network.forward(t.theta, t.running, x, 'eval').logits;
  const acc: tf.Tensor[] = [];
  const same: tf.Tensor[] = [];
  const shifts: tf.Tensor[] = [];
  for (const kind of MATE_KINDS) {
    const order = tf.tensor1d(mates.orders[kind], 'int32');
    const logits = t.network.forward(t.theta, t.running, tf.gather(x, order) as tf.Tensor2D, 'train', mates.sizes[kind]).logits;
    const reference = tf.gather(evalLogits, order, 1);
    const answer = tf.argMax(logits, 2);
    acc.push(tf.mean(tf.cast(tf.equal(answer, tf.gather(labels, order)), 'float32'), 1, true));
    same.push(tf.mean(tf.cast(tf.equal(answer, tf.argMax(reference, 2)), 'float32'), 1, true));
    shifts.push(tf.reshape(tf.max(tf.abs(tf.sub(logits, reference)), [1, 2]), [k, 1]));
  }
  const evalAcc = tf.mean(tf.cast(tf.equal(tf.argMax(evalLogits, 2), labels), 'float32'), 1, true);
  return tf.concat([...acc, ...same, tf.max(tf.concat(shifts, 1), 1, true), evalAcc], 1) as tf.Tensor2D;
}
