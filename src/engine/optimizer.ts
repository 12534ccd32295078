/**
 * SGD, momentum and Adam for the stacked parameter matrix θ [K, P], each model (row) with its own
 * learning rate η_k (a [K, 1…] tensor broadcastable to θ). The update is applied only to rows where
 * `active` is true: a frozen (diverged) model keeps its parameters and its optimizer slots
 * bit for bit, even if its gradient is NaN. `active` is bool of θ's shape (see select.ts' rowMask).
 *   sgd      θ ← θ − η g
 *   momentum v ← μ v + g;  θ ← θ − η v                                  (μ = 0.9; PyTorch/tfjs form)
 *   adam     m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;
 *            θ ← θ − η · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε)            (β₁ = 0.9, β₂ = 0.999)
 * Slots are variables of θ's shape, created at construction; the caller disposes the optimizer.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName } from '../lib/experiments/types';
import { ADAM_BETA1, ADAM_BETA2, SGD_MOMENTUM } from './config';
import { select } from './select';

export const SLOT_NAMES: Record<OptimizerName, string[]> = { sgd: [], momentum: ['v'], adam: ['m', 'v'] };

export class StackedOptimizer {
  /** Slot variables in SLOT_NAMES order, same shape as θ. */
  readonly slots: tf.Variable[];

  constructor(
    readonly kind: OptimizerName,
    private readonly lr: tf.Tensor,
    private readonly epsilon: number,
    shape: number[],
    initial?: Float32Array[],
  ) {
    this.slots = SLOT_NAMES[kind].map((_, i) =>
      tf.tidy(() => tf.variable(initial?.[i] ? tf.tensor(initial[i], shape) : tf.zeros(shape), false)),
    );
  }

  /**
   * One update of θ with gradient g at step t (1-based, for Adam's bias correction); `lrScale` [K, 1, 1]
   * multiplies each model's rate (a warm-up). Call inside tf.tidy.
   */
  apply(theta: tf.Variable, g: tf.Tensor, active: tf.Tensor, t: number, lrScale?: tf.Tensor): void {
    const lr = lrScale ? tf.mul(this.lr, lrScale) : this.lr;
    let delta: tf.Tensor;
    if (this.kind === 'sgd') {
      delta = tf.mul(lr, g);
    } else if (this.kind === 'momentum') {
      const [v] = this.slots;
      const vNew = tf.add(tf.mul(v, SGD_MOMENTUM), g);
      v.assign(select(active, vNew, v));
      delta = tf.mul(lr, vNew);
    } else {
      const [m, v] = this.slots;
      const c1 = 1 - ADAM_BETA1 ** t;
      const c2 = 1 - ADAM_BETA2 ** t;
      const mNew = tf.add(tf.mul(m, ADAM_BETA1), tf.mul(g, 1 - ADAM_BETA1));
      const vNew = tf.add(tf.mul(v, ADAM_BETA2), tf.mul(tf.square(g), 1 - ADAM_BETA2));
      m.assign(select(active, mNew, m));
      v.assign(select(active, vNew, v));
      const denom = tf.add(tf.sqrt(tf.mul(vNew, 1 / c2)), this.epsilon);
      delta = tf.div(tf.mul(mNew, tf.mul(lr, 1 / c1)), denom);
    }
    theta.assign(select(active, tf.sub(theta, delta), theta));
  }

  dispose(): void {
    for (const v of this.slots) v.dispose();
  }
}
