/**
 * The input-scan probe (src/lib/metrics.ts: `scan`): the test split with every input rescaled,
 * x → a·x, or shifted, x → x + c, classified in eval mode, for the invariances of Ba et al. 2016,
 * Table 1 (LN is invariant to re-scaling a single case, not to re-centring it). Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Network } from './network';
import type { StackedTrainer } from './trainer';

/** [K, 2·(S + C)]: test loss at each scale, then at each shift; then accuracy at each scale, then at each shift. */
export function scanColumns(t: StackedTrainer): tf.Tensor2D {
  const { scales, shifts } = t.config.scan!;
  const k = t.config.k;
  const x = t.data.xTest;
  const oneHot = tf.cast(tf.oneHot(t.data.yTest, t.config.classes), 'float32') as tf.Tensor2D;
  const inputs = [...scales.map((a) => tf.mul(x, a)), ...shifts.map((c) => tf.add(x, c))] as tf.Tensor2D[];
  const losses: tf.Tensor[] = [];
  const accs: tf.Tensor[] = [];
  for (const xi of inputs) {
    const logits = t.network.forward(t.theta, t.running, xi, 'eval').logits;
    losses.push(tf.reshape(Network.loss(logits, oneHot, false).loss, [k, 1]));
    accs.push(tf.mean(tf.cast(tf.equal(tf.argMax(logits, 2), t.data.yTest), 'float32'), 1, true));
  }
  return tf.concat([...losses, ...accs], 1) as tf.Tensor2D;
}
