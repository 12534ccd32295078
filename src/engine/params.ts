/**
 * Parameter layout of K stacked MLPs. On the device every model's trainable parameters live in ONE
 * row of a [K, 1, P] variable (and its running statistics in one row of a [K, 1, R] variable): the
 * optimizer then runs a handful of ops per step instead of a handful per tensor, and the [K, 1, n]
 * vectors broadcast against activations [K, N, n] as they come out of the split. Pieces:
 *
 *   inGamma, inBeta  [1, d]       γ, β of the input normalisation   } only when some model
 *   inMean, inVar    [1, d]       its running statistics (in R)     } normalises its inputs
 *   w{l}      [in_l, out_l]  weights of layer l (l = 0..L; layer L is the output layer)
 *   shift{l}  [1, out_l]     the additive term before the activation: the bias b, or the
 *                            normalisation's β for a model normalising before g (β replaces the bias,
 *                            Ioffe & Szegedy §3.2)
 *   gamma{l}  [1, out_l]     γ of hidden layer l's normalisation     only when some model normalises
 *   beta{l}   [1, out_l]     β of a normalisation after g            only when some model puts it there
 *   mean{l}, var{l} [1, out_l]  BN running statistics (in R)        only when some model uses BN
 *   wh{l}     [out_l, out_l]  recurrent weights (a recurrent network: layer 0 reads a row, w0 [dims/T, H])
 *
 * Pieces no model uses are not allocated; a model's unused pieces (γ of a model without
 * normalisation, say) stay at their initial values because their gradients are masked to 0.
 * Outside the device (checkpoints, tests) parameters travel as ParamArrays: one Float32Array per
 * name, model-major ([K, …]). Initial weights are drawn here in plain JS from the seeded PRNG, so every
 * backend starts from the very same numbers.
 */
import { hasRunningStats } from '../lib/norms/index-sets';
import { randomOrthogonal } from '../lib/orthogonal';
import { createRng, deriveSeed } from '../lib/random';
import type { NormSpec } from '../lib/experiments/types';
import type { EngineConfig } from './config';
import { fail } from './problems';

export type ParamArrays = Record<string, Float32Array>;

export interface Piece {
  name: string;
  rows: number;
  cols: number;
  size: number;
  offset: number;
  /** Running statistics only: which moment, and of which hidden layer (−1: the input normalisation). */
  stat?: 'mean' | 'variance';
  layer?: number;
}

export interface Layout {
  /** Trainable pieces in row order; P = their total size. */
  trainable: Piece[];
  /** Running statistics; R = their total size. */
  running: Piece[];
  p: number;
  r: number;
}

type LayoutConfig = Pick<EngineConfig, 'inputDims' | 'hidden' | 'classes' | 'norms' | 'inputNorm'> & Partial<Pick<EngineConfig, 'recurrent' | 'residual'>>;

type PieceSpec = [string, number, number, Pick<Piece, 'stat' | 'layer'>?];

function pieces(list: PieceSpec[]): { pieces: Piece[]; total: number } {
  let offset = 0;
  const out = list.map(([name, rows, cols, meta]) => {
    const p = { name, rows, cols, size: rows * cols, offset, ...meta };
    offset += p.size;
    return p;
  });
  return { pieces: out, total: offset };
}

/**
 * A residual MLP's pieces: w0/shift0 the input layer, w{2l+1}, w{2l+2} (and shifts) block l's two
 * layers, gamma{l}/beta{l} its norm, gammaF/betaF the final norm of Pre-LN models, w{2B+1} the output.
 */
function residualLayout(cfg: LayoutConfig, blocks: number): Layout {
  const d = cfg.hidden[0];
  const anyNorm = cfg.norms.some((n) => n.kind !== 'none');
  const anyPre = cfg.norms.some((n) => n.kind !== 'none' && n.position === 'before');
  const t: PieceSpec[] = [['w0', cfg.inputDims, d], ['shift0', 1, d]];
  for (let l = 0; l < blocks; l++) {
    t.push([`w${2 * l + 1}`, d, d], [`shift${2 * l + 1}`, 1, d], [`w${2 * l + 2}`, d, d], [`shift${2 * l + 2}`, 1, d]);
    if (anyNorm) t.push([`gamma${l}`, 1, d], [`beta${l}`, 1, d]);
  }
  if (anyPre) t.push(['gammaF', 1, d], ['betaF', 1, d]);
  t.push([`w${2 * blocks + 1}`, d, cfg.classes], [`shift${2 * blocks + 1}`, 1, cfg.classes]);
  const a = pieces(t);
  return { trainable: a.pieces, running: [], p: a.total, r: 0 };
}

export function makeLayout(cfg: LayoutConfig): Layout {
  if (cfg.residual) return residualLayout(cfg, cfg.residual.blocks);
  // A recurrent layer reads one row (dims/T features) per step and adds its recurrent weights wh0 [H, H].
  const sizes = [cfg.recurrent ? cfg.inputDims / cfg.recurrent.steps : cfg.inputDims, ...cfg.hidden, cfg.classes];
  const L = cfg.hidden.length;
  const anyNorm = cfg.norms.some((n) => n.kind !== 'none');
  const anyAfter = cfg.norms.some((n) => n.kind !== 'none' && n.position === 'after');
  const anyRunning = cfg.norms.some(hasRunningStats);
  const t: PieceSpec[] = [];
  const r: PieceSpec[] = [];
  if (cfg.inputNorm.some(Boolean)) t.push(['inGamma', 1, cfg.inputDims], ['inBeta', 1, cfg.inputDims]);
  // Running statistics of the inputs only for BN there (GN uses each example's own).
  if (cfg.inputNorm.some((n) => n !== null && hasRunningStats(n))) {
    r.push(['inMean', 1, cfg.inputDims, { stat: 'mean', layer: -1 }], ['inVar', 1, cfg.inputDims, { stat: 'variance', layer: -1 }]);
  }
  for (let l = 0; l <= L; l++) {
    const out = sizes[l + 1];
    t.push([`w${l}`, sizes[l], out], [`shift${l}`, 1, out]);
    if (l === L) continue;
    if (cfg.recurrent) t.push([`wh${l}`, out, out]);
    if (anyNorm) t.push([`gamma${l}`, 1, out]);
    if (anyAfter) t.push([`beta${l}`, 1, out]);
    if (anyRunning) r.push([`mean${l}`, 1, out, { stat: 'mean', layer: l }], [`var${l}`, 1, out, { stat: 'variance', layer: l }]);
  }
  const a = pieces(t);
  const b = pieces(r);
  return { trainable: a.pieces, running: b.pieces, p: a.total, r: b.total };
}

/** Flatten named [K, …] arrays into the [K, size] row layout of `list`. */
export function pack(arrays: ParamArrays, list: Piece[], total: number, k: number): Float32Array {
  const flat = new Float32Array(k * total);
  for (const p of list) {
    const src = arrays[p.name];
    if (!src || src.length !== k * p.size) fail({ code: 'state-mismatch', piece: p.name });
    for (let m = 0; m < k; m++) flat.set(src.subarray(m * p.size, (m + 1) * p.size), m * total + p.offset);
  }
  return flat;
}

/** Inverse of `pack`. */
export function unpack(flat: ArrayLike<number>, list: Piece[], total: number, k: number, into: ParamArrays = {}): ParamArrays {
  for (const p of list) {
    const out = new Float32Array(k * p.size);
    for (let m = 0; m < k; m++) {
      for (let i = 0; i < p.size; i++) out[m * p.size + i] = flat[m * total + p.offset + i];
    }
    into[p.name] = out;
  }
  return into;
}

/** γ and running variances start at 1; everything but the weights at 0. */
function startsAtOne(name: string): boolean {
  return /^(gamma|var|inGamma|inVar)/.test(name);
}

/**
 * Initial parameters. Weights: He N(0, 2/fan_in) or Glorot U(±√(6/(fan_in + fan_out))) (Keras'
 * default), as in src/lib/mlp-reference.ts; shifts and β = 0, γ = 1, running mean 0 and variance 1.
 * Model k draws from the stream deriveSeed(seed, 'init', k), or every model from stream 0 when `sameInit`.
 */
export function initialParams(cfg: EngineConfig, layout: Layout = makeLayout(cfg)): ParamArrays {
  const params: ParamArrays = {};
  for (const p of [...layout.trainable, ...layout.running]) {
    const arr = new Float32Array(cfg.k * p.size);
    if (startsAtOne(p.name)) arr.fill(1);
    params[p.name] = arr;
  }
  for (let m = 0; m < cfg.k; m++) {
    const rng = createRng(deriveSeed(cfg.seed, 'init', cfg.sameInit ? 0 : m));
    for (const p of layout.trainable) {
      if (!/^w\d/.test(p.name)) continue;
      const [fanIn, fanOut] = [p.rows, p.cols];
      const std = Math.sqrt(2 / fanIn);
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const w = params[p.name];
      for (let i = 0; i < p.size; i++) w[m * p.size + i] = cfg.init === 'he' ? rng.normal(0, std) : rng.range(-limit, limit);
    }
    // Recurrent weights, drawn after the others from the same stream: scale × a random orthogonal matrix.
    for (const p of layout.trainable) {
      if (!/^wh\d/.test(p.name) || !cfg.recurrent) continue;
      const q = randomOrthogonal(p.rows, rng);
      for (let i = 0; i < p.size; i++) params[p.name][m * p.size + i] = cfg.recurrent.scale * q[i];
    }
  }
  return params;
}

/**
 * One model's parameters under the conventional names of src/lib/mlp-reference.ts: w{l}; b{l} for a
 * layer with a bias; gamma{l}, beta{l} for a normalised layer and mean{l}, var{l} for BN; inGamma,
 * inBeta, inMean, inVar for a normalised input. Pieces the model does not use are left out.
 */
export function conventionalParams(arrays: ParamArrays, cfg: Pick<EngineConfig, 'k' | 'hidden' | 'norms' | 'inputNorm'>, k: number): ParamArrays {
  const out: ParamArrays = {};
  const block = (name: string) => {
    const a = arrays[name];
    const size = a.length / cfg.k;
    return a.slice(k * size, (k + 1) * size);
  };
  const L = cfg.hidden.length;
  const norm: NormSpec = cfg.norms[k];
  if (cfg.inputNorm[k]) for (const name of ['inGamma', 'inBeta', 'inMean', 'inVar']) if (arrays[name]) out[name] = block(name);
  for (let l = 0; l <= L; l++) {
    out[`w${l}`] = block(`w${l}`);
    const hidden = l < L;
    const normalised = hidden && norm.kind !== 'none';
    if (normalised && norm.position === 'before') out[`beta${l}`] = block(`shift${l}`);
    else out[`b${l}`] = block(`shift${l}`);
    if (!normalised) continue;
    out[`gamma${l}`] = block(`gamma${l}`);
    if (norm.position === 'after') out[`beta${l}`] = block(`beta${l}`);
    if (hasRunningStats(norm)) for (const s of ['mean', 'var']) if (arrays[`${s}${l}`]) out[`${s}${l}`] = block(`${s}${l}`);
  }
  return out;
}
