/**
 * The stacked network, forward and backward, written out by hand: K MLPs evaluated as one batched
 * computation, activations [K, N, units], the input [1, N, d] shared and broadcast by the batched
 * matMul against weights [K, in, out]. Hidden layer l of model k, u = input of the activation g:
 *   none           u = a·W + b,                 a′ = g(u)
 *   norm before g  u = γ·x̂(a·W) + β,            a′ = g(u)       (no bias: β replaces it)
 *   norm after g   u = a·W + b,                  a′ = γ·x̂(g(u)) + β
 * with x̂ the model's normalisation (norms/site.ts); inputs may be standardised (a fixed affine map
 * per model, `InputAffine`) and then batch-normalised first. Output:
 * logits = a_L·W_L + b_L, loss L_k = mean over the batch of −log softmax(logits)_y.
 *
 * The backward pass is the chain rule by hand (no autodiff tape: tfjs' tape clones every saved
 * tensor and reshapes every gradient, which at these sizes cost more kernels than the maths):
 *   ∂L/∂logits = (softmax − onehot)/N;  ∂W = aᵀ·δ;  ∂b = Σ_N δ;  ∂a = δ·Wᵀ;
 *   ∂u = ∂a′·g′(u) (relu: [u > 0]; tanh: 1 − a′²; sigmoid: a′(1 − a′));
 *   through a normalisation: ∂γ = Σ_N ∂y·x̂, ∂β = Σ_N ∂y, then norms/site.ts's closed form.
 * It is checked against the plain reference MLP (src/lib/mlp-reference.ts) and, through it, by
 * finite differences. Call everything inside tf.tidy: intermediates belong to the caller's scope.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation, NormSpec } from '../lib/experiments/types';
import type { NormalisingSpec } from '../lib/norms/index-sets';
import { NormSite, type SiteTrace } from './norms/site';
import { activate, activationBackward, packGrads, splitPieces, type ForwardTrace, type LayerTrace, type Mode, type StackNetwork } from './stack-network';
import type { Layout } from './params';

export type { ForwardTrace, Mode, StackNetwork } from './stack-network';

export interface NetworkConfig {
  k: number;
  inputDims: number;
  hidden: number[];
  activation: Activation;
  bnEpsilon: number;
  norms: NormSpec[];
  inputNorm: (NormalisingSpec | null)[];
}

/** Fixed per-model preprocessing of the input, a_k = x·scale_k + shift_k, row-major [K, d] each. */
export interface InputAffine {
  scale: Float32Array;
  shift: Float32Array;
}

export class Network implements StackNetwork {
  readonly weightCount: number;
  readonly inputSite: NormSite | null;
  readonly pre: NormSite[];
  readonly post: NormSite[];
  /** float [K, 1, 1] masks of the models normalising before / after g, when a stack has both. */
  private readonly preF: tf.Tensor3D | null;
  private readonly notPreF: tf.Tensor3D | null;
  private readonly postF: tf.Tensor3D | null;
  private readonly notPostF: tf.Tensor3D | null;
  /** [K, 1, d] each, when some model preprocesses its input. */
  private readonly inScale: tf.Tensor3D | null;
  private readonly inShift: tf.Tensor3D | null;

  constructor(
    readonly cfg: NetworkConfig,
    readonly layout: Layout,
    inputAffine: InputAffine | null = null,
  ) {
    const { k, bnEpsilon: eps, norms } = cfg;
    this.weightCount = cfg.hidden.length + 1;
    const at = (position: 'before' | 'after') => norms.map((n) => (n.kind !== 'none' && n.position === position ? n : null));
    this.inputSite = cfg.inputNorm.some(Boolean)
      ? new NormSite(k, cfg.inputDims, eps, cfg.inputNorm)
      : null;
    this.pre = cfg.hidden.map((w) => new NormSite(k, w, eps, at('before')));
    this.post = cfg.hidden.map((w) => new NormSite(k, w, eps, at('after')));
    const both = cfg.hidden.length > 0 && !this.pre[0].empty && !this.post[0].empty;
    const f = (on: boolean[]) => tf.tensor3d(on.map(Number), [k, 1, 1]);
    const pre = at('before').map(Boolean);
    const post = at('after').map(Boolean);
    this.preF = both ? f(pre) : null;
    this.notPreF = both ? f(pre.map((v) => !v)) : null;
    this.postF = both ? f(post) : null;
    this.notPostF = both ? f(post.map((v) => !v)) : null;
    this.inScale = inputAffine ? tf.tensor3d(inputAffine.scale, [k, 1, cfg.inputDims]) : null;
    this.inShift = inputAffine ? tf.tensor3d(inputAffine.shift, [k, 1, cfg.inputDims]) : null;
  }

  /** Examples per BN set of model m at hidden layer l (−1: the inputs): its ghost size or the batch; 0 without BN there. */
  perSet(m: number, l: number, batch: number): number {
    const sites = l === -1 ? [this.inputSite] : [this.pre[l], this.post[l]];
    return Math.max(...sites.map((st) => st?.perSet(m, batch) ?? 0));
  }

  /** Build the constant select masks of training steps with batches of n (call outside tf.tidy). */
  prepare(n: number): void {
    for (const s of [this.inputSite, ...this.pre, ...this.post]) s?.prepare(n);
  }

  pieces(theta: tf.Tensor, running: tf.Tensor | null, mode: Mode): Record<string, tf.Tensor> {
    return splitPieces(this.layout, this.cfg.k, theta, running, mode);
  }

  /** γ as seen before (or after) g: 1 for the models of the other position, when both exist. */
  private gammaAt(gamma: tf.Tensor, position: 'before' | 'after'): tf.Tensor {
    const [m, notM] = position === 'before' ? [this.preF, this.notPreF] : [this.postF, this.notPostF];
    return m && notM ? tf.add(tf.mul(gamma, m), notM) : gamma;
  }

  /**
   * `setSize`: in training mode, BN over the whole input becomes BN over consecutive sets of this many
   * rows (ghost variants keep their own size), as when measuring with batches of the training size.
   */
  forward(theta: tf.Tensor, running: tf.Tensor | null, x: tf.Tensor2D, mode: Mode, setSize?: number): ForwardTrace {
    const { cfg } = this;
    const k = cfg.k;
    const n = x.shape[0];
    const p = this.pieces(theta, running, mode);
    let a = tf.reshape(x, [1, n, x.shape[1]]) as tf.Tensor3D;
    if (this.inScale && this.inShift) a = tf.add(tf.mul(a, this.inScale), this.inShift) as tf.Tensor3D;
    let inputSite: SiteTrace | null = null;
    if (this.inputSite) {
      // K copies of the input: a concat, not broadcastTo (a Tile kernel, 50× slower on WASM over all 1,797 images).
      const wide = a.shape[0] === k ? a : (tf.concat(new Array<tf.Tensor3D>(k).fill(a), 0) as tf.Tensor3D);
      inputSite = this.inputSite.forward(wide, mode, { mean: p.inMean, variance: p.inVar }, setSize);
      a = tf.add(tf.mul(inputSite.xhat, p.inGamma), p.inBeta) as tf.Tensor3D;
    }
    const layers: LayerTrace[] = [];
    for (let l = 0; l < cfg.hidden.length; l++) {
      const z = tf.matMul(a, p[`w${l}`] as tf.Tensor3D) as tf.Tensor3D;
      const runningL = { mean: p[`mean${l}`], variance: p[`var${l}`] };
      const pre = this.pre[l].empty ? null : this.pre[l].forward(z, mode, runningL, setSize);
      const u = (pre ? tf.add(tf.mul(pre.xhat, this.gammaAt(p[`gamma${l}`], 'before')), p[`shift${l}`]) : tf.add(z, p[`shift${l}`])) as tf.Tensor3D;
      const h = activate(u, cfg.activation);
      const post = this.post[l].empty ? null : this.post[l].forward(h, mode, runningL, setSize);
      layers.push({ input: a, u, h, pre, post });
      a = post ? (tf.add(tf.mul(post.xhat, this.gammaAt(p[`gamma${l}`], 'after')), p[`beta${l}`]) as tf.Tensor3D) : h;
    }
    const L = cfg.hidden.length;
    const logits = tf.add(tf.matMul(a, p[`w${L}`] as tf.Tensor3D), p[`shift${L}`]) as tf.Tensor3D;
    return { mode, n, pieces: p, inputSite, layers, last: a, logits };
  }

  /** Per-model mean loss [K] and ∂(Σ_k L_k)/∂logits. */
  static loss(logits: tf.Tensor3D, oneHot: tf.Tensor2D, withGrad: boolean): { loss: tf.Tensor1D; dlogits: tf.Tensor3D | null } {
    const n = logits.shape[1];
    const zc = tf.sub(logits, tf.max(logits, 2, true));
    const e = tf.exp(zc);
    const se = tf.sum(e, 2, true);
    const loss = tf.mean(tf.sub(tf.log(se), tf.sum(tf.mul(zc, oneHot), 2, true)), [1, 2]) as tf.Tensor1D;
    const dlogits = withGrad ? (tf.mul(tf.sub(tf.div(e, se), oneHot), 1 / n) as tf.Tensor3D) : null;
    return { loss, dlogits };
  }

  /** ∂L/∂θ [K, 1, P] (and the weight gradients by layer, for the gradient-norm probe). */
  backward(t: ForwardTrace, dlogits: tf.Tensor3D): { grad: tf.Tensor; weightGrads: tf.Tensor3D[] } {
    const { cfg, layout } = this;
    const p = t.pieces;
    const L = cfg.hidden.length;
    const g: Record<string, tf.Tensor> = {};
    const weightGrads: tf.Tensor3D[] = [];
    const colSum = (d: tf.Tensor) => tf.sum(d, 1, true);
    const dense = (l: number, input: tf.Tensor3D, delta: tf.Tensor3D, needInput: boolean): tf.Tensor3D | null => {
      const dW = tf.matMul(input, delta, true, false) as tf.Tensor3D;
      weightGrads[l] = dW;
      g[`w${l}`] = dW;
      return needInput ? (tf.matMul(delta, p[`w${l}`] as tf.Tensor3D, false, true) as tf.Tensor3D) : null;
    };
    g[`shift${L}`] = colSum(dlogits);
    let da = dense(L, t.last, dlogits, L > 0 || !!this.inputSite) as tf.Tensor3D;
    for (let l = L - 1; l >= 0; l--) {
      const tr = t.layers[l];
      let dh = da;
      let dGamma: tf.Tensor | null = null;
      if (tr.post) {
        const site = this.post[l];
        g[`beta${l}`] = site.maskGrad(colSum(dh));
        dGamma = site.maskGrad(colSum(tf.mul(dh, tr.post.xhat)));
        dh = site.backward(tr.post, tf.mul(dh, this.gammaAt(p[`gamma${l}`], 'after')) as tf.Tensor3D);
      }
      const du = activationBackward(dh, tr.u, tr.h, cfg.activation);
      // The shift is added after the normalisation before g: the bias, or that normalisation's β.
      g[`shift${l}`] = colSum(du);
      let dz = du;
      if (tr.pre) {
        const site = this.pre[l];
        const dg = site.maskGrad(colSum(tf.mul(du, tr.pre.xhat)));
        dGamma = dGamma ? tf.add(dGamma, dg) : dg;
        dz = site.backward(tr.pre, tf.mul(du, this.gammaAt(p[`gamma${l}`], 'before')) as tf.Tensor3D);
      }
      if (dGamma) g[`gamma${l}`] = dGamma;
      da = dense(l, tr.input, dz, l > 0 || !!this.inputSite) as tf.Tensor3D;
    }
    if (this.inputSite && t.inputSite) {
      g.inBeta = this.inputSite.maskGrad(colSum(da));
      g.inGamma = this.inputSite.maskGrad(colSum(tf.mul(da, t.inputSite.xhat)));
    }
    return { grad: packGrads(layout, cfg.k, g), weightGrads };
  }

  /**
   * Train mode: the batch moments each model's BN used, [K, 1, R] in the running layout (rows of
   * models without BN hold finite values the update gives no weight).
   */
  batchMoments(t: ForwardTrace): tf.Tensor | null {
    const { layout } = this;
    if (!layout.r) return null;
    const parts: tf.Tensor[] = [];
    for (const piece of layout.running) {
      const which = piece.stat!;
      if (piece.layer === -1) {
        parts.push(t.inputSite!.moments![which]);
        continue;
      }
      const tr = t.layers[piece.layer!];
      const pre = tr.pre?.moments?.[which];
      const post = tr.post?.moments?.[which];
      if (pre && post) parts.push(tf.add(tf.mul(pre, this.preF!), tf.mul(post, this.notPreF!)));
      else parts.push((pre ?? post)!);
    }
    return parts.length === 1 ? parts[0] : tf.concat(parts, 2);
  }

  dispose(): void {
    for (const s of [this.inputSite, ...this.pre, ...this.post]) s?.dispose();
    for (const t of [this.preF, this.notPreF, this.postF, this.notPostF, this.inScale, this.inShift]) t?.dispose();
  }
}
