/**
 * Float array helpers shared by the reference maths. The reference code runs on Float32Array (what
 * tfjs computes with); tests pass Float64Array copies where finite differences need the precision.
 * Every function allocates its outputs with the same element type as its main input.
 */

export type FloatArray = Float32Array | Float64Array;

/** A zero-filled array of length n with the same element type as `like`. */
export function allocLike(like: FloatArray, n: number): FloatArray {
  return like instanceof Float64Array ? new Float64Array(n) : new Float32Array(n);
}

/** Throw a clear error unless `x` holds exactly rows×cols values. */
export function assertShape(x: ArrayLike<number>, rows: number, cols: number, what: string): void {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
    throw new Error(`${what}: invalid shape [${rows}, ${cols}]`);
  }
  if (x.length !== rows * cols) {
    throw new Error(`${what}: expected ${rows}×${cols} = ${rows * cols} values, got ${x.length}`);
  }
}
