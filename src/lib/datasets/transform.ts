/** Dataset plumbing: standardisation, row selection, train/test split and seeded mini-batches. */
import { createRng, deriveSeed, type Rng } from '../random';
import type { Dataset, Split } from './types';

/** Per-feature mean and (biased) standard deviation of a row-major n×dims matrix. */
export function featureStats(x: ArrayLike<number>, n: number, dims: number): { mean: Float64Array; std: Float64Array } {
  const mean = new Float64Array(dims);
  const std = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let j = 0; j < dims; j++) mean[j] += x[i * dims + j];
  for (let j = 0; j < dims; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dims; j++) {
      const dev = x[i * dims + j] - mean[j];
      std[j] += dev * dev;
    }
  }
  for (let j = 0; j < dims; j++) std[j] = Math.sqrt(std[j] / n);
  return { mean, std };
}

/**
 * Standardise each feature in place: x ← (x − mean) / std. A constant feature (std < 1e-12) is only
 * centred. Returns the statistics used, so the same transform can be applied to other points.
 */
export function standardizeInPlace(x: Float32Array, n: number, dims: number): { mean: Float64Array; std: Float64Array } {
  const stats = featureStats(x, n, dims);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dims; j++) {
      const s = stats.std[j] > 1e-12 ? stats.std[j] : 1;
      x[i * dims + j] = (x[i * dims + j] - stats.mean[j]) / s;
    }
  }
  return stats;
}

/**
 * The affine map of standardisation, x_j → x_j·scale_j + shift_j with scale_j = 1/s_j and
 * shift_j = −m_j/s_j, from the per-feature mean m_j and biased standard deviation s_j of `data`
 * (a constant feature, s_j < 1e-12, is only centred). Fit it on the training split only and apply
 * it to every split: test statistics must not leak into preprocessing.
 */
export function standardizer(data: Dataset): { scale: Float32Array; shift: Float32Array } {
  const { mean, std } = featureStats(data.x, data.n, data.dims);
  const scale = new Float32Array(data.dims);
  const shift = new Float32Array(data.dims);
  for (let j = 0; j < data.dims; j++) {
    const s = std[j] > 1e-12 ? std[j] : 1;
    scale[j] = 1 / s;
    shift[j] = -mean[j] / s;
  }
  return { scale, shift };
}

/** A copy of `data` with feature j mapped to x_j·scale[j] + shift[j] (one entry per feature). */
export function changeUnits(data: Dataset, units: { scale: ArrayLike<number>; shift: ArrayLike<number> }): Dataset {
  const { dims } = data;
  if (units.scale.length !== dims || units.shift.length !== dims) {
    throw new Error(`units need one scale and one shift per feature (${dims}); got ${units.scale.length} and ${units.shift.length}`);
  }
  for (let j = 0; j < dims; j++) {
    if (!Number.isFinite(units.scale[j]) || !Number.isFinite(units.shift[j])) throw new Error(`units of feature ${j} are not finite`);
  }
  const x = new Float32Array(data.x.length);
  for (let i = 0; i < data.n; i++) {
    for (let j = 0; j < dims; j++) x[i * dims + j] = data.x[i * dims + j] * units.scale[j] + units.shift[j];
  }
  return { ...data, x };
}

/** A new dataset with the given rows, in the given order. */
export function gatherRows(data: Dataset, rows: ArrayLike<number>): Dataset {
  const { dims } = data;
  const x = new Float32Array(rows.length * dims);
  const y = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!(Number.isInteger(r) && r >= 0 && r < data.n)) throw new Error(`row out of range: ${r} (n = ${data.n})`);
    x.set(data.x.subarray(r * dims, (r + 1) * dims), k * dims);
    y[k] = data.y[r];
  }
  return { x, y, n: rows.length, dims, classes: data.classes };
}

/**
 * Random train/test split: shuffle the rows with `seed`, the first round(n × testFraction) go to test.
 * testFraction must be in [0, 1); both parts keep the original dims and classes.
 */
export function splitTrainTest(data: Dataset, testFraction: number, seed: number): Split {
  if (!(testFraction >= 0 && testFraction < 1)) {
    throw new Error(`the test fraction must be in [0, 1); got ${testFraction}`);
  }
  const perm = createRng(seed).permutation(data.n);
  const nTest = Math.round(data.n * testFraction);
  return {
    test: gatherRows(data, perm.subarray(0, nTest)),
    train: gatherRows(data, perm.subarray(nTest)),
  };
}

/**
 * Seeded mini-batches over n rows: each epoch is a fresh permutation; a batch never spans two epochs
 * (the last batch of an epoch may be shorter, or is skipped when `dropLast`). Same seed → same batches.
 */
export class Batcher {
  readonly n: number;
  readonly batchSize: number;
  private readonly rng: Rng;
  private readonly dropLast: boolean;
  private perm: Uint32Array;
  private pos = 0;
  /** Completed epochs. */
  epoch = 0;

  constructor(n: number, batchSize: number, seed: number, dropLast = true) {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > n) {
      throw new Error(`the batch size must be an integer from 1 to ${n}; got ${batchSize}`);
    }
    this.n = n;
    this.batchSize = batchSize;
    this.dropLast = dropLast;
    this.rng = createRng(deriveSeed(seed, 'batches'));
    this.perm = this.rng.permutation(n);
  }

  /** Row indices of the next mini-batch (a view; copy it if you keep it past the next call). */
  next(): Uint32Array {
    const left = this.n - this.pos;
    if (left === 0 || (this.dropLast && left < this.batchSize)) {
      this.perm = this.rng.permutation(this.n);
      this.pos = 0;
      this.epoch++;
    }
    const end = Math.min(this.pos + this.batchSize, this.n);
    const rows = this.perm.subarray(this.pos, end);
    this.pos = end;
    return rows;
  }
}
