/**
 * A random orthogonal matrix: the rows of a standard normal n×n matrix made orthonormal by
 * Gram–Schmidt (each row minus its projections on the rows before it, then divided by its norm;
 * the projections are taken twice, which keeps QᵀQ = I to float64 rounding). The result is
 * distributed as PyTorch's `nn.init.orthogonal_` up to the signs of its rows (Haar up to reflections),
 * which do not change any singular value: all are 1, so scale·Q has every singular value equal to scale.
 */
import type { Rng } from './random';

/** n×n, row-major, float64. */
export function randomOrthogonal(n: number, rng: Rng): Float64Array {
  const q = new Float64Array(n * n);
  for (let i = 0; i < q.length; i++) q[i] = rng.normal(0, 1);
  for (let i = 0; i < n; i++) {
    const row = q.subarray(i * n, (i + 1) * n);
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < i; j++) {
        const prev = q.subarray(j * n, (j + 1) * n);
        let dot = 0;
        for (let c = 0; c < n; c++) dot += row[c] * prev[c];
        for (let c = 0; c < n; c++) row[c] -= dot * prev[c];
      }
    }
    let norm = 0;
    for (let c = 0; c < n; c++) norm += row[c] * row[c];
    norm = Math.sqrt(norm);
    for (let c = 0; c < n; c++) row[c] /= norm;
  }
  return q;
}
