/**
 * Two fused ops with hand-written gradients (tf.customGrad). Autodiff through their pieces is correct
 * but costs ~4× more kernels, and at these sizes every kernel's fixed cost is what limits speed.
 *
 * BN in training mode over axis 1 of v [K, N, h], with an optional 0/1 model mask m [K, 1, 1]:
 *   μ = mean_N v,  σ² = mean_N (v − μ)²  (biased),  s = 1/√(σ² + ε),  x̂ = (v − μ)·s
 *   y = (v − m·μ) · (m·γ·s + (1 − m)) + shift      (m = 1: γx̂ + shift; m = 0: v + shift, exactly)
 * Backward, with means over the N rows of each model:
 *   ∂shift = N·mean(dy),  ∂γ = m·N·mean(dy·x̂),
 *   ∂v = (m·γ·s + (1 − m)) · (dy − m·(mean(dy) + x̂·mean(dy·x̂)))
 * which for m = 1 is the closed form γs(dy − mean(dy) − x̂·mean(dy·x̂)) and for m = 0 just dy.
 *
 * Softmax cross-entropy per model: L_k = −mean_N Σ_c y·log softmax(z_k);  ∂L_k/∂z = (softmax(z) − y)/N.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface BNMask {
  m: tf.Tensor3D;
  notM: tf.Tensor3D;
}

/**
 * Training-mode (masked) BN. `stats`, if given, receives the batch mean and biased variance [K, 1, h]
 * as kept tensors: the caller disposes them.
 */
export function bnTrainOp(
  v: tf.Tensor3D,
  gamma: tf.Tensor,
  shift: tf.Tensor,
  eps: number,
  mask: BNMask | null,
  stats?: tf.Tensor[],
): tf.Tensor3D {
  const n = v.shape[1];
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, g, b, save] = args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    const mean = tf.mean(x, 1, true);
    const d = tf.sub(x, mean);
    const variance = tf.mean(tf.square(d), 1, true);
    const s = tf.rsqrt(tf.add(variance, eps));
    const xhat = tf.mul(d, s);
    let value: tf.Tensor;
    let a: tf.Tensor;
    if (mask) {
      a = tf.add(tf.mul(tf.mul(g, s), mask.m), mask.notM);
      value = tf.add(tf.mul(tf.sub(x, tf.mul(mean, mask.m)), a), b);
    } else {
      a = tf.mul(g, s);
      value = tf.add(tf.mul(xhat, g), b);
    }
    if (stats) stats.push(tf.keep(mean), tf.keep(variance));
    save([xhat, a]);
    return {
      value,
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const [xh, scale] = saved;
        const gy = dy as tf.Tensor;
        const mdy = tf.mean(gy, 1, true);
        const mdyx = tf.mean(tf.mul(gy, xh), 1, true);
        let corr = tf.add(mdy, tf.mul(xh, mdyx));
        let dg = tf.mul(mdyx, n);
        if (mask) {
          corr = tf.mul(corr, mask.m);
          dg = tf.mul(dg, mask.m);
        }
        const dx = tf.mul(tf.sub(gy, corr), scale);
        return [dx, dg, tf.mul(mdy, n)];
      },
    };
  });
  return op(v, gamma, shift) as tf.Tensor3D;
}

/** Softmax cross-entropy per model: logits [K, N, C], one-hot labels [N, C] → mean loss [K]. */
export function crossEntropyOp(logits: tf.Tensor3D, oneHot: tf.Tensor2D): tf.Tensor1D {
  const n = logits.shape[1];
  const k = logits.shape[0];
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [z, save] = args as [tf.Tensor, tf.GradSaveFunc];
    const logp = tf.logSoftmax(z);
    save([logp]);
    return {
      value: tf.neg(tf.mean(tf.sum(tf.mul(logp, oneHot), 2), 1)),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) =>
        tf.mul(tf.sub(tf.exp(saved[0]), oneHot), tf.reshape(tf.div(dy as tf.Tensor, n), [k, 1, 1])),
    };
  });
  return op(logits) as tf.Tensor1D;
}
