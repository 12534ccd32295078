/**
 * One place in the network where models may normalise: the input, or a hidden layer before or after
 * its activation. Each model of the stack normalises here with one variant (a kind and its
 * parameters: BN, BN over ghost batches of b, LN, RMSNorm, GN with G groups) or not at all; a stack
 * may mix them. With one variant, it is computed for the whole stack and each model takes its own
 * with an exact select (cheapest in kernels). With several, each variant is computed on its own
 * models only (gathered by index) and the rows are reassembled (a concat and, unless the models are
 * in variant order, a gather): the cost grows with K, not K × variants. Either way a mixed stack
 * equals separate runs bit for bit (the other variants' values, even NaN, never reach a model).
 * For x̂ of a variant, with s = 1/√(σ² + ε) over its index sets S (reduction.ts):
 *   forward   x̂ = (v − μ_S)·s      (RMSNorm: x̂ = v·s)
 *   backward  ∂L/∂v = s·(g − x̂·mean_S(g·x̂) − c·mean_S(g)),  g = ∂L/∂x̂,  c = 1 if centred
 * A model that does not normalise here gets x̂ = v and ∂L/∂v = g. Eval mode: BN variants use the
 * running statistics, x̂ = (v − μ_run)/√(σ²_run + ε); the other kinds compute as in training.
 * The caller applies γ and β (y = γ x̂ + β) and owns every returned tensor (call inside tf.tidy).
 */
import * as tf from '@tensorflow/tfjs-core';
import { hasRunningStats, shapeProblem, type NormalisingSpec } from '../../lib/norms/index-sets';
import { NormShapeError } from '../../lib/norms/normalize';
import type { NormSpec } from '../../lib/experiments/types';
import { rowMask, select } from '../select';
import { reduction, variantKey, type Reduction } from './reduction';

export type Mode = 'train' | 'eval';

export interface Variant {
  spec: NormalisingSpec;
  /** Models using this variant here. */
  models: boolean[];
}

/** What a forward pass at a site keeps for the backward pass. */
export interface SiteTrace {
  xhat: tf.Tensor3D;
  /** Per variant normalised in training mode; `idx` = its models when the site works in segments. */
  parts: { red: Reduction; xhatView: tf.Tensor; s: tf.Tensor; idx: RowSet | null }[];
  /** Train mode, BN: each model's batch mean and biased variance [K, 1, C] (rows of non-BN models: any finite value). */
  moments: { mean: tf.Tensor3D; variance: tf.Tensor3D } | null;
}

const maskKey = (models: boolean[], shape: number[]) => `${models.map(Number).join('')}|${shape.join('x')}`;

export class NormSite {
  readonly variants: Variant[];
  /** Models normalising here. */
  readonly active: boolean[];
  /** Every model normalises here with the one variant: no selects needed. */
  readonly uniform: boolean;
  /** float [K, 1, 1]: 1 for models normalising here (masks their γ/β gradients), null when all do. */
  readonly activeF: tf.Tensor3D | null;
  private readonly masks = new Map<string, tf.Tensor>();
  /** Several variants: the model rows of each, of the models not normalising here, and the inverse order. */
  private readonly seg: { idx: RowSet[]; rest: RowSet | null; inverse: tf.Tensor1D | null } | null;

  constructor(
    readonly k: number,
    readonly features: number,
    readonly eps: number,
    specs: (NormSpec | null)[],
  ) {
    const byKey = new Map<string, Variant>();
    specs.forEach((s, m) => {
      if (!s || s.kind === 'none') return;
      const key = variantKey(s);
      if (!byKey.has(key)) byKey.set(key, { spec: s, models: new Array(k).fill(false) });
      byKey.get(key)!.models[m] = true;
    });
    this.variants = [...byKey.values()];
    this.active = specs.map((s) => !!s && s.kind !== 'none');
    this.uniform = this.variants.length === 1 && this.active.every(Boolean);
    this.activeF = this.variants.length && !this.active.every(Boolean) ? tf.tensor3d(this.active.map(Number), [k, 1, 1]) : null;
    this.seg = this.variants.length > 1 ? segments(this.variants, this.active) : null;
  }

  get empty(): boolean {
    return this.variants.length === 0;
  }

  /** Examples per BN set for model m (its ghost size, or the batch), 0 if it uses no BN here. */
  perSet(m: number, batch: number): number {
    const v = this.variants.find((x) => x.models[m] && hasRunningStats(x.spec));
    if (!v || v.spec.kind !== 'batch') return 0;
    return v.spec.ghostBatch ?? batch;
  }

  /**
   * Build, once, the select masks a training step with batches of n needs (they are constants; other
   * shapes, as in read-backs, are broadcast when used). Call outside tf.tidy.
   */
  prepare(n: number): void {
    if (this.uniform) return;
    const shapes = [[this.k, n, this.features], [this.k, 1, this.features]];
    for (const v of this.variants) {
      for (const shape of shapes) {
        // With n = 1 both shapes are the same mask: build it once (a second one would replace it unfreed).
        const key = maskKey(v.models, shape);
        if (!this.masks.has(key)) this.masks.set(key, tf.tidy(() => rowMask(tf.tensor1d(v.models, 'bool'), shape)));
      }
    }
  }

  /** bool mask of `shape` selecting `models`: the prepared constant, or one made in the caller's scope. */
  private mask(models: boolean[], shape: number[]): tf.Tensor {
    return this.masks.get(maskKey(models, shape)) ?? rowMask(tf.tensor1d(models, 'bool'), shape);
  }

  /**
   * Take, model by model, the variant's tensor in `parts` (same order as `variants`), else `rest`.
   * In segments, parts hold only their variant's rows and `rest` is the whole stack.
   */
  private pick<T extends tf.Tensor>(parts: T[], rest: T): T {
    if (this.uniform) return parts[0];
    if (this.seg) {
      const pieces: tf.Tensor[] = [...parts];
      if (this.seg.rest) pieces.push(takeRows(rest, this.seg.rest));
      const joined = tf.concat(pieces, 0);
      return (this.seg.inverse ? tf.gather(joined, this.seg.inverse, 0) : joined) as T;
    }
    let out = rest;
    for (let i = parts.length - 1; i >= 0; i--) out = select(this.mask(this.variants[i].models, rest.shape), parts[i], out);
    return out;
  }

  /**
   * x̂ for every model (v itself for models not normalising here). `running` gives each model's
   * running mean and variance [K, 1, C] for eval mode (needed when a BN variant is present).
   */
  forward(v: tf.Tensor3D, mode: Mode, running?: { mean: tf.Tensor; variance: tf.Tensor }, setSize?: number): SiteTrace {
    const [k, n, c] = v.shape;
    const parts: SiteTrace['parts'] = [];
    const xhats: tf.Tensor3D[] = [];
    let moments: SiteTrace['moments'] = null;
    const batchMoments: ({ mean: tf.Tensor3D; variance: tf.Tensor3D; models: boolean[] } | null)[] = [];
    let runningXhat: tf.Tensor3D | null = null;
    for (const [i, variant] of this.variants.entries()) {
      const idx = this.seg ? this.seg.idx[i] : null;
      const rows = <T extends tf.Tensor>(t: T): T => (idx ? takeRows(t, idx) : t);
      if (mode === 'eval' && hasRunningStats(variant.spec)) {
        if (!running) throw new Error('eval-mode BN needs the running statistics');
        if (idx) xhats.push(tf.mul(tf.sub(rows(v), rows(running.mean)), tf.rsqrt(tf.add(rows(running.variance), this.eps))) as tf.Tensor3D);
        else xhats.push((runningXhat ??= tf.mul(tf.sub(v, running.mean), tf.rsqrt(tf.add(running.variance, this.eps))) as tf.Tensor3D));
        continue;
      }
      const spec = setSize && variant.spec.kind === 'batch' && !variant.spec.ghostBatch ? { ...variant.spec, ghostBatch: setSize } : variant.spec;
      // A batch of one (or sub-batches that do not fit) would silently give β and zero gradients.
      const problem = shapeProblem(spec, n, c);
      if (problem) throw new NormShapeError(problem);
      const vk = rows(v);
      const kv = vk.shape[0];
      const red = reduction(spec, kv, n, c);
      const xv = red.reshaped ? tf.reshape(vk, red.view) : vk;
      let d: tf.Tensor = xv;
      let mean: tf.Tensor | null = null;
      if (red.centred) {
        mean = tf.mean(xv, red.axes, true);
        d = tf.sub(xv, mean);
      }
      const variance = tf.mean(tf.square(d), red.axes, true);
      const s = tf.rsqrt(tf.add(variance, this.eps));
      const xhatView = tf.mul(d, s);
      parts.push({ red, xhatView, s, idx });
      xhats.push((red.reshaped ? tf.reshape(xhatView, vk.shape) : xhatView) as tf.Tensor3D);
      if (mode === 'train' && hasRunningStats(variant.spec) && mean) {
        // Ghost batches: average the sub-batches' moments, per feature.
        const perFeature = (t: tf.Tensor) => (red.reshaped ? tf.reshape(tf.mean(t, 1), [kv, 1, c]) : t) as tf.Tensor3D;
        batchMoments.push({ mean: perFeature(mean), variance: perFeature(variance), models: variant.models });
      } else if (this.seg) {
        batchMoments.push(null);
      }
    }
    if (this.seg && batchMoments.some(Boolean)) {
      // Rows of models without BN here: zeros (any finite value does; the update weights ignore them).
      const zeros = this.seg.idx.map((ix) => tf.zeros([ix.list.length, 1, c]) as tf.Tensor3D);
      const of = (which: 'mean' | 'variance') => this.pick(batchMoments.map((b, i) => (b ? b[which] : zeros[i])), tf.zeros([k, 1, c]) as tf.Tensor3D);
      moments = { mean: of('mean'), variance: of('variance') };
    } else if (!this.seg && batchMoments.length) {
      const list = batchMoments as { mean: tf.Tensor3D; variance: tf.Tensor3D; models: boolean[] }[];
      const pickMoments = (which: 'mean' | 'variance') => {
        let out = list[list.length - 1][which];
        for (let i = list.length - 2; i >= 0; i--) out = select(this.mask(list[i].models, out.shape), list[i][which], out);
        return out;
      };
      moments = { mean: pickMoments('mean'), variance: pickMoments('variance') };
    }
    return { xhat: this.pick(xhats, v), parts, moments };
  }

  /** ∂L/∂v from g = ∂L/∂x̂ (training mode: the statistics depend on v). */
  backward(trace: SiteTrace, g: tf.Tensor3D): tf.Tensor3D {
    const dvs = trace.parts.map(({ red, xhatView, s, idx }) => {
      const gk = idx ? takeRows(g, idx) : g;
      const gv = red.reshaped ? tf.reshape(gk, red.view) : gk;
      let t = tf.sub(gv, tf.mul(xhatView, tf.mean(tf.mul(gv, xhatView), red.axes, true)));
      if (red.centred) t = tf.sub(t, tf.mean(gv, red.axes, true));
      const dv = tf.mul(t, s);
      return (red.reshaped ? tf.reshape(dv, gk.shape) : dv) as tf.Tensor3D;
    });
    return this.pick(dvs, g);
  }

  /** Zero the rows of models that do not normalise here (their γ, β must not move). */
  maskGrad<T extends tf.Tensor>(grad: T): T {
    return this.activeF ? (tf.mul(grad, this.activeF) as T) : grad;
  }

  dispose(): void {
    this.activeF?.dispose();
    for (const t of [...(this.seg?.idx ?? []).map((r) => r.index), this.seg?.rest?.index, this.seg?.inverse]) t?.dispose();
    for (const m of this.masks.values()) m.dispose();
    this.masks.clear();
  }
}

/** Model indices of each variant and of the rest, and the gather that puts the joined rows back in model order. */
function segments(variants: Variant[], active: boolean[]): NonNullable<NormSite['seg']> {
  const lists = variants.map((v) => v.models.flatMap((on, m) => (on ? [m] : [])));
  const rest = active.flatMap((on, m) => (on ? [] : [m]));
  const order = [...lists.flat(), ...rest];
  const inverse = new Int32Array(order.length);
  order.forEach((m, at) => (inverse[m] = at));
  return {
    idx: lists.map(rowSet),
    rest: rest.length ? rowSet(rest) : null,
    inverse: order.every((m, at) => m === at) ? null : tf.tensor1d(inverse, 'int32'),
  };
}

/** Some rows of a [K, …] stack, by model index. */
interface RowSet {
  list: number[];
  index: tf.Tensor1D;
  /** The first row when the list is one consecutive run (then a slice takes them), else null. */
  start: number | null;
}

function rowSet(list: number[]): RowSet {
  const consecutive = list.every((m, i) => m === list[0] + i);
  return { list, index: tf.tensor1d(list, 'int32'), start: consecutive ? list[0] : null };
}

/** The rows: one Slice kernel for a consecutive run (a gather is several times slower on WASM), else one Gather. */
function takeRows<T extends tf.Tensor>(t: T, r: RowSet): T {
  if (r.start === null) return tf.gather(t, r.index, 0) as T;
  const rest = t.shape.slice(1);
  return tf.slice(t, [r.start, ...rest.map(() => 0)], [r.list.length, ...rest]) as T;
}
