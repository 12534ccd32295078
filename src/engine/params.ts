/**
 * Parameter layout of K stacked MLPs. On the device every model's trainable parameters live in ONE
 * row of a [K, P] variable (and its BN running statistics in one row of a [K, R] variable): the
 * optimizer then runs a dozen ops per step instead of a dozen per tensor, which is what bounds the
 * speed of tiny nets on every backend. The forward pass splits the row into named pieces:
 *
 *   w{l}      [in_l, out_l]  weights of layer l (l = 0..L; layer L is the output layer)
 *   shift{l}  [1, out_l]     the additive term of layer l: the bias b, or BN's β for a model with BN
 *                            before the activation (β replaces the bias there, Ioffe & Szegedy §3.2)
 *   gamma{l}  [1, out_l]     BN scale of hidden layer l           } only when some model uses BN
 *   beta{l}   [1, out_l]     BN shift for BN after the activation }
 *   mean{l}, var{l} [1, out_l]  running statistics (in the [K, R] variable; start at 0 and 1)
 *
 * Outside the device (checkpoints, tests) parameters travel as ParamArrays: one Float32Array per
 * name, model-major ([K, …]). Initial weights are drawn here in plain JS from the seeded PRNG, so every
 * backend starts from the very same numbers.
 */
import { createRng, deriveSeed } from '../lib/random';
import type { EngineConfig } from './config';

export type ParamArrays = Record<string, Float32Array>;

export interface Piece {
  name: string;
  rows: number;
  cols: number;
  size: number;
  offset: number;
}

export interface Layout {
  /** Trainable pieces in row order; P = their total size. */
  trainable: Piece[];
  /** Running statistics (mean{l} then var{l} per hidden layer); R = their total size. */
  running: Piece[];
  p: number;
  r: number;
}

export function anyBN(cfg: Pick<EngineConfig, 'bn'>): boolean {
  return cfg.bn.some((b) => b !== 'none');
}

function pieces(list: [string, number, number][]): { pieces: Piece[]; total: number } {
  let offset = 0;
  const out = list.map(([name, rows, cols]) => {
    const p = { name, rows, cols, size: rows * cols, offset };
    offset += p.size;
    return p;
  });
  return { pieces: out, total: offset };
}

export function makeLayout(cfg: EngineConfig): Layout {
  const sizes = [cfg.inputDims, ...cfg.hidden, cfg.classes];
  const L = cfg.hidden.length;
  const bn = anyBN(cfg);
  const t: [string, number, number][] = [];
  const r: [string, number, number][] = [];
  for (let l = 0; l <= L; l++) {
    t.push([`w${l}`, sizes[l], sizes[l + 1]], [`shift${l}`, 1, sizes[l + 1]]);
    if (l < L && bn) {
      t.push([`gamma${l}`, 1, sizes[l + 1]], [`beta${l}`, 1, sizes[l + 1]]);
      r.push([`mean${l}`, 1, sizes[l + 1]], [`var${l}`, 1, sizes[l + 1]]);
    }
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
    if (!src || src.length !== k * p.size) throw new Error(`El estado guardado no encaja con el modelo (${p.name}).`);
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

/**
 * Initial parameters. Weights: He N(0, 2/fan_in) or Glorot U(±√(6/(fan_in + fan_out))) (Keras'
 * default), as in src/lib/mlp-reference.ts; shifts and β = 0, γ = 1, running mean 0 and variance 1.
 * Model k draws from the stream deriveSeed(seed, 'init', k), or every model from stream 0 when `sameInit`.
 */
export function initialParams(cfg: EngineConfig, layout: Layout = makeLayout(cfg)): ParamArrays {
  const params: ParamArrays = {};
  for (const p of [...layout.trainable, ...layout.running]) {
    const arr = new Float32Array(cfg.k * p.size);
    if (p.name.startsWith('gamma') || p.name.startsWith('var')) arr.fill(1);
    params[p.name] = arr;
  }
  for (let m = 0; m < cfg.k; m++) {
    const rng = createRng(deriveSeed(cfg.seed, 'init', cfg.sameInit ? 0 : m));
    for (const p of layout.trainable) {
      if (!p.name.startsWith('w')) continue;
      const [fanIn, fanOut] = [p.rows, p.cols];
      const std = Math.sqrt(2 / fanIn);
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const w = params[p.name];
      for (let i = 0; i < p.size; i++) w[m * p.size + i] = cfg.init === 'he' ? rng.normal(0, std) : rng.range(-limit, limit);
    }
  }
  return params;
}

/**
 * One model's parameters under the conventional names of src/lib/mlp-reference.ts: w{l}; b{l} for a
 * layer with a bias; gamma{l}, beta{l}, mean{l}, var{l} for a layer with BN. (shift{l} is β for BN
 * before the activation, else the bias.)
 */
export function conventionalParams(arrays: ParamArrays, cfg: EngineConfig, k: number): ParamArrays {
  const out: ParamArrays = {};
  const block = (name: string) => {
    const a = arrays[name];
    const size = a.length / cfg.k;
    return a.slice(k * size, (k + 1) * size);
  };
  const L = cfg.hidden.length;
  const bn = cfg.bn[k];
  for (let l = 0; l <= L; l++) {
    out[`w${l}`] = block(`w${l}`);
    const hidden = l < L;
    if (hidden && bn === 'before') out[`beta${l}`] = block(`shift${l}`);
    else out[`b${l}`] = block(`shift${l}`);
    if (hidden && bn !== 'none') {
      out[`gamma${l}`] = block(`gamma${l}`);
      if (bn === 'after') out[`beta${l}`] = block(`beta${l}`);
      for (const s of ['mean', 'var']) if (arrays[`${s}${l}`]) out[`${s}${l}`] = block(`${s}${l}`);
    }
  }
  return out;
}
