/**
 * Small descriptive statistics for metrics and probes. NaN values are skipped by every function here
 * (a diverged model's NaNs should not poison a percentile); an input with nothing left gives NaN
 * rather than throwing.
 */

function nonNaN(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out.push(values[i]);
  return out;
}

/** Arithmetic mean (NaN for an empty input). */
export function mean(values: ArrayLike<number>): number {
  const v = nonNaN(values);
  if (v.length === 0) return NaN;
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

/** Variance: biased (÷ n) by default, unbiased (÷ (n − 1)) on request. */
export function variance(values: ArrayLike<number>, unbiased = false): number {
  const v = nonNaN(values);
  const n = v.length;
  if (n === 0 || (unbiased && n < 2)) return NaN;
  const mu = mean(v);
  let ss = 0;
  for (const x of v) ss += (x - mu) * (x - mu);
  return ss / (unbiased ? n - 1 : n);
}

/** Standard deviation (square root of `variance`). */
export function std(values: ArrayLike<number>, unbiased = false): number {
  return Math.sqrt(variance(values, unbiased));
}

/** Smallest and largest value ([NaN, NaN] when empty). */
export function extent(values: ArrayLike<number>): [number, number] {
  const v = nonNaN(values);
  if (v.length === 0) return [NaN, NaN];
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of v) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

/** Value at percentile p of already sorted numbers (linear interpolation, NumPy's default). */
function fromSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be between 0 and 100, got ${p}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (p / 100) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  return frac === 0 ? sorted[lo] : sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

/**
 * Several percentiles (0..100) with one sort. Linear interpolation between closest ranks: the p-th
 * percentile of n sorted values sits at position (p/100)·(n − 1), as NumPy's default method.
 */
export function percentiles(values: ArrayLike<number>, ps: readonly number[]): number[] {
  const sorted = Float64Array.from(nonNaN(values)).sort();
  return ps.map((p) => fromSorted(sorted, p));
}

/** One percentile (0..100); see `percentiles`. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentiles(values, [p])[0];
}

/** Column j of a row-major [rows, cols] matrix, e.g. one unit's pre-activations over a batch. */
export function column(x: ArrayLike<number>, rows: number, cols: number, j: number): Float64Array {
  if (!(j >= 0 && j < cols) || x.length !== rows * cols) throw new Error(`column ${j} is outside the ${rows}×${cols} matrix`);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) out[i] = x[i * cols + j];
  return out;
}

/** Euclidean (L2) norm. */
export function l2norm(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * values[i];
  return Math.sqrt(s);
}

/** Index of the largest value (first one on ties; −1 when empty). */
export function argmax(values: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best;
}

/**
 * Exponential moving average s_t = α·x_t + (1 − α)·s_{t−1}, started at the first value. A null (or
 * non-finite) value gives null and leaves the average as it was, so a line with a gap stays gapped.
 */
export function ema(values: ArrayLike<number | null>, alpha: number): (number | null)[] {
  const out: (number | null)[] = [];
  let s: number | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) {
      out.push(null);
      continue;
    }
    s = s === null ? v : alpha * v + (1 - alpha) * s;
    out.push(s);
  }
  return out;
}
