/**
 * Read-only probes into a stacked trainer for tests and visualisations: the loss and every
 * parameter's gradient on a given mini-batch (the engine's own backward pass), without updating anything.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Network } from './network';
import { unpack, type ParamArrays } from './params';
import type { StackedTrainer } from './trainer';

export interface LossAndGrads {
  /** Mean training-mode loss per model, [K]. */
  loss: Float32Array;
  /** ∂L_k/∂θ_k for every trainable piece, by name, [K, …] like the parameters (see params.ts). */
  grads: ParamArrays;
}

/** Training-mode loss and gradients of every model on the train rows `rows` (no update, no running-stat change). */
export async function lossAndGradients(t: StackedTrainer, rows: ArrayLike<number>): Promise<LossAndGrads> {
  const [lossT, gradT] = tf.tidy(() => {
    const idx = tf.tensor1d(Int32Array.from(rows), 'int32');
    const xb = tf.gather(t.data.xTrain, idx) as tf.Tensor2D;
    const yb = tf.gather(t.data.oneHotTrain, idx) as tf.Tensor2D;
    const trace = t.network.forward(t.theta, t.running, xb, 'train');
    const { loss, dlogits } = Network.loss(trace.logits, yb, true);
    return [loss, t.network.backward(trace, dlogits as tf.Tensor3D).grad];
  });
  try {
    const [loss, g] = await Promise.all([lossT.data(), gradT.data()]);
    return { loss: Float32Array.from(loss as Float32Array), grads: unpack(g as Float32Array, t.layout.trainable, t.layout.p, t.config.k) };
  } finally {
    lossT.dispose();
    gradT.dispose();
  }
}
