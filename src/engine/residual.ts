/**
 * K residual MLPs stacked (ResidualSpec in src/lib/experiments/types.ts): x₀ = x·W₀ + b₀ of width d,
 * then B blocks, F_l(a) = g(a·W_{2l+1} + b_{2l+1})·W_{2l+2} + b_{2l+2}, then the output layer W_{2B+1}.
 * Per model, with N(v) = γ x̂(v) + β (the block's γ_l, β_l; the final norm's γF, βF):
 *   Pre-LN  (norm 'before')  x_{l+1} = x_l + F_l(N_l(x_l)),  and N_F(x_B) before the output layer
 *   Post-LN (norm 'after')   x_{l+1} = N_l(x_l + F_l(x_l))
 *   none                     x_{l+1} = x_l + F_l(x_l)
 * A stack may mix them: each place (before a block, after its sum, the final norm) is a NormSite of the
 * models normalising there; for the others x̂ = v, and their γ and β are seen as 1 and 0 there (γ·m + 1 − m,
 * β·m with m = 1 for the models of that place) while the site masks their gradients, so a mixed stack
 * equals separate runs. Backward: the chain rule by hand, the skip connection adding the gradient at each
 * sum to the one through F. Checked against src/lib/residual-reference.ts (and through it by finite
 * differences). Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { NormSpec } from '../lib/experiments/types';
import { NormSite, type SiteTrace } from './norms/site';
import type { NetworkConfig } from './network';
import type { Layout } from './params';
import {
  activate,
  activationBackward,
  packGrads,
  sharedProduct,
  sharedProductGrad,
  splitPieces,
  type ForwardTrace,
  type Mode,
  type StackNetwork,
} from './stack-network';

export type ResidualConfig = Omit<NetworkConfig, 'inputNorm'> & { residual: { blocks: number } };

/** One place where some models normalise, with the float [K, 1, 1] mask of those models (null: all or none of them). */
interface Place {
  site: NormSite;
  mask: tf.Tensor3D | null;
}

interface BlockTrace {
  x: tf.Tensor3D;
  a: tf.Tensor3D;
  pre: SiteTrace | null;
  u: tf.Tensor3D;
  h: tf.Tensor3D;
  post: SiteTrace | null;
}

export class ResidualNetwork implements StackNetwork {
  readonly weightCount: number;
  private readonly pre: Place;
  private readonly post: Place;
  private readonly blocks: number;
  private readonly traces = new WeakMap<ForwardTrace, { blocks: BlockTrace[]; final: SiteTrace | null; x: tf.Tensor2D }>();

  constructor(
    readonly cfg: ResidualConfig,
    readonly layout: Layout,
  ) {
    this.blocks = cfg.residual.blocks;
    this.weightCount = 2 * this.blocks + 2;
    const at = (position: 'before' | 'after'): Place => {
      const specs = cfg.norms.map((n): NormSpec | null => (n.kind !== 'none' && n.position === position ? n : null));
      const on = specs.map(Boolean);
      const mixed = on.some(Boolean) && !on.every(Boolean);
      return {
        site: new NormSite(cfg.k, cfg.hidden[0], cfg.bnEpsilon, specs),
        mask: mixed ? tf.tensor3d(on.map(Number), [cfg.k, 1, 1]) : null,
      };
    };
    this.pre = at('before');
    this.post = at('after');
  }

  /** N(v) at a place: γ x̂ + β for its models, v for the others. */
  private normalise(
    place: Place,
    v: tf.Tensor3D,
    gamma: tf.Tensor,
    beta: tf.Tensor,
    mode: Mode,
  ): { y: tf.Tensor3D; trace: SiteTrace | null } {
    if (place.site.empty) return { y: v, trace: null };
    const trace = place.site.forward(v, mode);
    const [g, b] = place.mask ? [tf.add(tf.mul(gamma, place.mask), tf.sub(1, place.mask)), tf.mul(beta, place.mask)] : [gamma, beta];
    return { y: tf.add(tf.mul(trace.xhat, g), b) as tf.Tensor3D, trace };
  }

  /** Backward through `normalise`: ∂γ, ∂β (masked) and ∂v. */
  private normaliseBack(
    place: Place,
    trace: SiteTrace,
    dy: tf.Tensor3D,
    gamma: tf.Tensor,
  ): { dv: tf.Tensor3D; dGamma: tf.Tensor; dBeta: tf.Tensor } {
    const g = place.mask ? tf.add(tf.mul(gamma, place.mask), tf.sub(1, place.mask)) : gamma;
    return {
      dGamma: place.site.maskGrad(tf.sum(tf.mul(dy, trace.xhat), 1, true)),
      dBeta: place.site.maskGrad(tf.sum(dy, 1, true)),
      dv: place.site.backward(trace, tf.mul(dy, g) as tf.Tensor3D),
    };
  }

  forward(theta: tf.Tensor, running: tf.Tensor | null, x: tf.Tensor2D, mode: Mode): ForwardTrace {
    const p = splitPieces(this.layout, this.cfg.k, theta, running, mode);
    const act = this.cfg.activation;
    let xl = tf.add(sharedProduct(x, p.w0), p.shift0) as tf.Tensor3D;
    const blocks: BlockTrace[] = [];
    for (let l = 0; l < this.blocks; l++) {
      const pre = this.normalise(this.pre, xl, p[`gamma${l}`], p[`beta${l}`], mode);
      const u = tf.add(tf.matMul(pre.y, p[`w${2 * l + 1}`] as tf.Tensor3D), p[`shift${2 * l + 1}`]) as tf.Tensor3D;
      const h = activate(u, act);
      const s = tf.add(xl, tf.add(tf.matMul(h, p[`w${2 * l + 2}`] as tf.Tensor3D), p[`shift${2 * l + 2}`])) as tf.Tensor3D;
      const post = this.normalise(this.post, s, p[`gamma${l}`], p[`beta${l}`], mode);
      blocks.push({ x: xl, a: pre.y, pre: pre.trace, u, h, post: post.trace });
      xl = post.y;
    }
    const final = this.normalise(this.pre, xl, p.gammaF, p.betaF, mode);
    const L = 2 * this.blocks + 1;
    const logits = tf.add(tf.matMul(final.y, p[`w${L}`] as tf.Tensor3D), p[`shift${L}`]) as tf.Tensor3D;
    const trace: ForwardTrace = { mode, n: x.shape[0], pieces: p, inputSite: null, layers: [], last: final.y, logits };
    this.traces.set(trace, { blocks, final: final.trace, x });
    return trace;
  }

  backward(t: ForwardTrace, dlogits: tf.Tensor3D): { grad: tf.Tensor; weightGrads: tf.Tensor3D[] } {
    const { k, activation } = this.cfg;
    const p = t.pieces;
    const { blocks, final, x } = this.traces.get(t)!;
    const g: Record<string, tf.Tensor> = {};
    const L = 2 * this.blocks + 1;
    const dense = (i: number, input: tf.Tensor3D, delta: tf.Tensor3D): tf.Tensor3D => {
      g[`w${i}`] = tf.matMul(input, delta, true, false);
      g[`shift${i}`] = tf.sum(delta, 1, true);
      return tf.matMul(delta, p[`w${i}`] as tf.Tensor3D, false, true) as tf.Tensor3D;
    };
    let dx = dense(L, t.last, dlogits);
    if (final) {
      const b = this.normaliseBack(this.pre, final, dx, p.gammaF);
      [g.gammaF, g.betaF, dx] = [b.dGamma, b.dBeta, b.dv];
    }
    for (let l = this.blocks - 1; l >= 0; l--) {
      const tr = blocks[l];
      let ds = dx;
      const dGamma: tf.Tensor[] = [];
      const dBeta: tf.Tensor[] = [];
      if (tr.post) {
        const b = this.normaliseBack(this.post, tr.post, dx, p[`gamma${l}`]);
        dGamma.push(b.dGamma);
        dBeta.push(b.dBeta);
        ds = b.dv;
      }
      const du = activationBackward(dense(2 * l + 2, tr.h, ds), tr.u, tr.h, activation);
      let da = dense(2 * l + 1, tr.a, du);
      if (tr.pre) {
        const b = this.normaliseBack(this.pre, tr.pre, da, p[`gamma${l}`]);
        dGamma.push(b.dGamma);
        dBeta.push(b.dBeta);
        da = b.dv;
      }
      if (dGamma.length) {
        g[`gamma${l}`] = dGamma.length > 1 ? tf.add(dGamma[0], dGamma[1]) : dGamma[0];
        g[`beta${l}`] = dBeta.length > 1 ? tf.add(dBeta[0], dBeta[1]) : dBeta[0];
      }
      // The skip connection: the gradient at the sum reaches x_l directly, plus the one through F.
      dx = tf.add(ds, da) as tf.Tensor3D;
    }
    g.w0 = sharedProductGrad(x, dx);
    g.shift0 = tf.sum(dx, 1, true);
    const weightGrads = Array.from({ length: L + 1 }, (_, i) => g[`w${i}`] as tf.Tensor3D);
    return { grad: packGrads(this.layout, k, g), weightGrads };
  }

  batchMoments(): null {
    return null;
  }

  perSet(): number {
    return 0;
  }

  prepare(n: number): void {
    this.pre.site.prepare(n);
    this.post.site.prepare(n);
  }

  dispose(): void {
    for (const place of [this.pre, this.post]) {
      place.site.dispose();
      place.mask?.dispose();
    }
  }
}
