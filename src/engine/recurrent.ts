/**
 * K recurrent networks stacked (RecurrentSpec in src/lib/experiments/types.ts), unrolled over the T
 * rows of each input: one hidden layer of H units with the same W_x, W_h, shift and γ at every step,
 * then an output layer on h_T. With h₀ = 0 and z_t = x_t·W_x + h_{t−1}·W_h:
 *   u_t = γ·x̂(z_t) + shift   (models normalising: x̂ per example and step, norms/site.ts)
 *   u_t = z_t + shift         (the others: x̂ = z and γ stays 1, its gradient masked)
 *   h_t = g(u_t),  logits = h_T·W_o + b_o.
 * The input rows of every step are multiplied by W_x at once (rows time-major, [T·N, w]), and the
 * weight gradients are summed over time by one matMul each:
 *   ∂W_x = Σ_t x_tᵀ dz_t,  ∂W_h = Σ_{t≥2} h_{t−1}ᵀ dz_t,  ∂shift = Σ_t Σ_N du_t,  ∂γ = Σ_t Σ_N du_t ⊙ x̂_t
 * with, backwards from dh_T = dlogits·W_oᵀ: du_t = dh_t ⊙ g′(u_t), dz_t = the norm's backward of
 * γ·du_t (or du_t), dh_{t−1} = dz_t·W_hᵀ. Checked against src/lib/rnn-reference.ts, and through it by
 * finite differences. Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { NormSite } from './norms/site';
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
  type StepTrace,
} from './stack-network';

export type RecurrentConfig = Omit<NetworkConfig, 'inputNorm'> & { recurrent: { steps: number } };

export class RecurrentNetwork implements StackNetwork {
  /** W_x, W_h, W_o. */
  readonly weightCount = 3;
  private readonly site: NormSite;
  private readonly steps: number;
  private readonly width: number;
  private readonly units: number;

  constructor(
    readonly cfg: RecurrentConfig,
    readonly layout: Layout,
  ) {
    this.steps = cfg.recurrent.steps;
    this.width = cfg.inputDims / this.steps;
    this.units = cfg.hidden[0];
    this.site = new NormSite(cfg.k, this.units, cfg.bnEpsilon, cfg.norms);
  }

  /** The input rows of every example, time-major: [T·N, w]. */
  private rows(x: tf.Tensor2D): tf.Tensor2D {
    const n = x.shape[0];
    return tf.reshape(tf.transpose(tf.reshape(x, [n, this.steps, this.width]), [1, 0, 2]), [this.steps * n, this.width]);
  }

  /** The steps for t = 1 … length (past T the rows are blank: z_t = h_{t−1}·W_h). */
  private unroll(p: Record<string, tf.Tensor>, rows: tf.Tensor2D, n: number, mode: Mode, length: number): StepTrace[] {
    const { k } = this.cfg;
    const H = this.units;
    // x_t·W_x of every step and model at once, [K, T·N, H].
    const fromInput = sharedProduct(rows, p.w0);
    const steps: StepTrace[] = [];
    let hPrev: tf.Tensor3D | null = null;
    for (let t = 0; t < length; t++) {
      const zx = t < this.steps ? (tf.slice(fromInput, [0, t * n, 0], [k, n, H]) as tf.Tensor3D) : null;
      const zh = hPrev ? (tf.matMul(hPrev, p.wh0 as tf.Tensor3D) as tf.Tensor3D) : null;
      const z = zx && zh ? (tf.add(zx, zh) as tf.Tensor3D) : (zx ?? zh ?? (tf.zeros([k, n, H]) as tf.Tensor3D));
      const site = this.site.empty ? null : this.site.forward(z, mode);
      const u = (site ? tf.add(tf.mul(site.xhat, p.gamma0), p.shift0) : tf.add(z, p.shift0)) as tf.Tensor3D;
      const h = activate(u, this.cfg.activation);
      steps.push({ hPrev, u, h, site });
      hPrev = h;
    }
    return steps;
  }

  forward(theta: tf.Tensor, running: tf.Tensor | null, x: tf.Tensor2D, mode: Mode): ForwardTrace {
    const n = x.shape[0];
    const p = splitPieces(this.layout, this.cfg.k, theta, running, mode);
    const rows = this.rows(x);
    const steps = this.unroll(p, rows, n, mode, this.steps);
    const last = steps[steps.length - 1].h;
    const logits = tf.add(tf.matMul(last, p.w1 as tf.Tensor3D), p.shift1) as tf.Tensor3D;
    return { mode, n, pieces: p, inputSite: null, layers: [], last, logits, recurrent: { steps, rows } };
  }

  /** [K, length]: mean over the rows of x of ‖h_t‖₂, t = 1 … length (eval mode). */
  hiddenNorms(theta: tf.Tensor, x: tf.Tensor2D, length: number): tf.Tensor2D {
    const p = splitPieces(this.layout, this.cfg.k, theta, null, 'eval');
    const steps = this.unroll(p, this.rows(x), x.shape[0], 'eval', length);
    const norms = steps.map(({ h }) => tf.mean(tf.sqrt(tf.sum(tf.square(h), 2)), 1));
    return tf.stack(norms, 1) as tf.Tensor2D;
  }

  backward(t: ForwardTrace, dlogits: tf.Tensor3D): { grad: tf.Tensor; weightGrads: tf.Tensor3D[] } {
    const { k } = this.cfg;
    const p = t.pieces;
    const { steps, rows } = t.recurrent!;
    const g: Record<string, tf.Tensor> = {};
    g.w1 = tf.matMul(t.last, dlogits, true, false);
    g.shift1 = tf.sum(dlogits, 1, true);
    let dh = tf.matMul(dlogits, p.w1 as tf.Tensor3D, false, true) as tf.Tensor3D;
    const dz: tf.Tensor3D[] = [];
    const du: tf.Tensor3D[] = [];
    const duXhat: tf.Tensor3D[] = [];
    for (let s = steps.length - 1; s >= 0; s--) {
      const st = steps[s];
      const d = activationBackward(dh, st.u, st.h, this.cfg.activation);
      du[s] = d;
      if (st.site) {
        duXhat[s] = tf.mul(d, st.site.xhat) as tf.Tensor3D;
        dz[s] = this.site.backward(st.site, tf.mul(d, p.gamma0) as tf.Tensor3D);
      } else {
        dz[s] = d;
      }
      if (s > 0) dh = tf.matMul(dz[s], p.wh0 as tf.Tensor3D, false, true) as tf.Tensor3D;
    }
    const overTime = (list: tf.Tensor3D[]) => (list.length === 1 ? list[0] : tf.concat(list, 1));
    const dzAll = overTime(dz);
    g.w0 = sharedProductGrad(rows, dzAll as tf.Tensor3D);
    g.shift0 = tf.sum(overTime(du), 1, true);
    if (!this.site.empty) g.gamma0 = this.site.maskGrad(tf.sum(overTime(duXhat), 1, true));
    if (steps.length > 1) {
      const n = t.n;
      const hPrev = overTime(steps.slice(1).map((st) => st.hPrev!));
      g.wh0 = tf.matMul(hPrev, tf.slice(dzAll, [0, n, 0], [k, (steps.length - 1) * n, this.units]), true, false);
    }
    return { grad: packGrads(this.layout, k, g), weightGrads: [g.w0, g.wh0 ?? tf.zerosLike(p.wh0), g.w1] as tf.Tensor3D[] };
  }

  batchMoments(): null {
    return null;
  }

  perSet(): number {
    return 0;
  }

  prepare(n: number): void {
    this.site.prepare(n);
  }

  dispose(): void {
    this.site.dispose();
  }
}
