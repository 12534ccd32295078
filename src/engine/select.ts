/**
 * Exact per-model selection: out[k, …] = cond[k] ? a[k, …] : b[k, …]. The unselected operand may hold
 * NaN or Inf without leaking into the result (a product with a 0/1 mask would let NaN through).
 *
 * `tf.where` broadcasts all three operands to a common shape on every call (a Tile or an Identity
 * kernel each). Here the condition is broadcast once to the operands' shape (`rowMask`, two kernels,
 * or none for a constant mask cached by the caller) and the Select kernel runs on equal shapes: one
 * kernel per selection. (The Select kernels of tfjs 4.22's cpu and wasm backends mishandle a rank-1
 * condition over a higher-rank tensor, so that shortcut is not taken.)
 */
import * as tf from '@tensorflow/tfjs-core';

/** cond bool [K] broadcast to `shape` ([K, …]). */
export function rowMask(cond: tf.Tensor1D, shape: number[]): tf.Tensor {
  const k = shape[0];
  const ones = shape.map((_, i) => (i === 0 ? k : 1));
  return tf.broadcastTo(tf.reshape(cond, ones), shape);
}

/** Select on operands of one shape with a mask of that shape (see rowMask). */
export function select<T extends tf.Tensor>(mask: tf.Tensor, a: T, b: T): T {
  return tf.engine().runKernel('Select', { condition: mask, t: a, e: b }) as T;
}
