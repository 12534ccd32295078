/**
 * The four normalisations on an image-like activation x of shape N × C × (H·W), as in Wu & He 2018,
 * Fig. 2: each one averages over a different set of cells, and every cell of a set shares that set's
 * mean μ and (biased) variance σ²; x̂ = (x − μ)/√(σ² + ε). Element (n, c, p) belongs to
 *   batch     {(·, c, ·)}: channel c over the examples and positions of the batch;
 *   layer     {(n, ·, ·)}: example n over all its channels and positions;
 *   instance  {(n, c, ·)}: example n, channel c, over its positions only;
 *   group     {(n, g, ·)}: example n over the C/G channels of c's group g and their positions
 *             (G = 1 is layer, G = C is instance).
 * A dense layer is the case H·W = 1 (src/lib/norms/index-sets.ts); there, instance normalisation
 * averages over a single value and always outputs 0.
 */

export type BlockMethod = 'batch' | 'layer' | 'instance' | 'group';
export const BLOCK_METHODS: readonly BlockMethod[] = ['batch', 'layer', 'instance', 'group'];

export interface BlockShape {
  n: number;
  c: number;
  /** Positions per channel (H·W). */
  hw: number;
  /** Groups of channels (group only); must divide c. */
  groups: number;
}

/** Flat index of cell (n, c, p), row-major N × C × HW. */
export const cellIndex = (s: BlockShape, n: number, c: number, p: number): number => (n * s.c + c) * s.hw + p;

/** Whether `groups` can split the shape's channels; false when it does not divide C or is below 1. */
export const groupsFit = (s: BlockShape): boolean => Number.isInteger(s.groups) && s.groups >= 1 && s.c % s.groups === 0;

/** The set (0 … count − 1) that cell (n, c, p) belongs to, and how many sets there are. */
export function blockSets(method: BlockMethod, s: BlockShape): { count: number; of: (n: number, c: number, p: number) => number } {
  switch (method) {
    case 'batch':
      return { count: s.c, of: (_n, c) => c };
    case 'layer':
      return { count: s.n, of: (n) => n };
    case 'instance':
      return { count: s.n * s.c, of: (n, c) => n * s.c + c };
    case 'group': {
      if (!groupsFit(s)) throw new Error(`groups (${s.groups}) must divide the channels (${s.c})`);
      const per = s.c / s.groups;
      return { count: s.n * s.groups, of: (n, c) => n * s.groups + Math.floor(c / per) };
    }
  }
}

export interface BlockStats {
  /** Set of each cell, row-major N × C × HW. */
  set: Int32Array;
  /** Cells per set (the same for every set). */
  size: number;
  mean: Float64Array;
  variance: Float64Array;
  /** x̂ of each cell. */
  xhat: Float64Array;
}

/** Means, biased variances and x̂ of `method` on x (row-major N × C × HW). */
export function blockStats(method: BlockMethod, s: BlockShape, x: ArrayLike<number>, eps = 1e-5): BlockStats {
  const total = s.n * s.c * s.hw;
  if (x.length !== total) throw new Error(`x has ${x.length} values; the shape needs ${total}`);
  const { count, of } = blockSets(method, s);
  const set = new Int32Array(total);
  const sum = new Float64Array(count);
  const members = new Float64Array(count);
  for (let n = 0; n < s.n; n++) {
    for (let c = 0; c < s.c; c++) {
      for (let p = 0; p < s.hw; p++) {
        const i = cellIndex(s, n, c, p);
        set[i] = of(n, c, p);
        sum[set[i]] += x[i];
        members[set[i]]++;
      }
    }
  }
  const mean = sum.map((v, k) => v / members[k]);
  const sq = new Float64Array(count);
  for (let i = 0; i < total; i++) sq[set[i]] += (x[i] - mean[set[i]]) ** 2;
  const variance = sq.map((v, k) => v / members[k]);
  const xhat = new Float64Array(total);
  for (let i = 0; i < total; i++) xhat[i] = (x[i] - mean[set[i]]) / Math.sqrt(variance[set[i]] + eps);
  return { set, size: total / count, mean, variance, xhat };
}
