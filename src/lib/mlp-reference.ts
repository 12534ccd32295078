/**
 * A small multilayer perceptron in plain typed-array maths, with an optional normalisation in every
 * hidden layer (any kind of src/lib/norms) and optionally on its inputs. It is the independent
 * reference the tfjs engine's forward and backward passes are tested against, and the "no framework"
 * speed limit in the benchmark (its training steps are in mlp-train.ts). Clear rather than clever.
 *
 * Hidden layer l, input a (a₀ = x, or BN(x) with `inputNorm`), u = input of the activation g:
 *   none:          z = a·W + b,  u = z,        a′ = g(u)
 *   norm before g: z = a·W,      u = N(z),     a′ = g(u)      (paper §3.2: no bias, β takes its place)
 *   norm after g:  z = a·W + b,  u = z,        a′ = N(g(u))
 * with N(v) = γ x̂(v) + β. Output: logits = a_L·W + b; loss = softmax cross-entropy averaged over
 * the batch. Weights are [in, out] row-major (x[m, in] · W[in, out]), the layout of the engine's
 * matMul. BN running statistics follow PyTorch's convention (momentum 0.1, unbiased variance) by default.
 */
import type { FloatArray } from './arrays';
import { createRunningStats, type RunningStats } from './batchnorm-running';
import type { Activation, InitName, InputGroupNorm, NormSpec } from './experiments/types';
import { activate, activationBackward, colSums, matmul, matmulTA, matmulTB, softmaxCrossEntropy } from './mlp-math';
import { hasRunningStats, inputNormSpec, type NormalisingSpec } from './norms/index-sets';
import { normBackward, normForward, normForwardRunning, type NormForward } from './norms/normalize';
import { createRng, deriveSeed } from './random';

export interface MlpConfig {
  inputs: number;
  hidden: number[];
  classes: number;
  activation: Activation;
  /** The hidden layers' normalisation (default none). */
  norm?: NormSpec;
  /** Normalise the inputs too: `true` is BN, a group spec GN over the input features (types.ts: ModelSpec). */
  inputNorm?: boolean | InputGroupNorm;
  /** Default 'he' for ReLU, 'glorot' otherwise. He: N(0, 2/fan_in); Glorot: U(±√(6/(fan_in+fan_out))). */
  init?: InitName;
  /** Default 1e-5 (PyTorch). */
  bnEpsilon?: number;
  /** PyTorch convention (weight of the new batch), default 0.1 ≡ Keras 0.9. */
  bnMomentum?: number;
  /** 'f64' for finite-difference tests; default 'f32'. */
  precision?: 'f32' | 'f64';
}

export interface DenseLayer {
  inputs: number;
  outputs: number;
  /** [inputs, outputs] row-major. */
  w: FloatArray;
  /** [outputs], or null in a hidden layer followed by BN ('before'). */
  b: FloatArray | null;
}

/** A normalisation's parameters; running statistics only for BN. */
export interface NormLayer {
  spec: NormalisingSpec;
  params: { gamma: FloatArray; beta: FloatArray; eps: number };
  running: RunningStats | null;
}

export interface Mlp {
  config: Required<MlpConfig>;
  /** hidden.length + 1 layers; the last one produces the logits. */
  dense: DenseLayer[];
  /** One per hidden layer when config.norm is not none, else empty. */
  norms: NormLayer[];
  /** The input normalisation, if any. */
  inputNorm: NormLayer | null;
}

/** Per hidden layer: what the backward pass needs, and what probes read. */
export interface HiddenTrace {
  /** [m, in] the layer's input. */
  input: FloatArray;
  /** [m, width] the input of the activation g (the paper's Fig. 1 plots its percentiles). */
  u: FloatArray;
  /** [m, width] g(u). */
  h: FloatArray;
  /** Normalisation pass of this layer, if any. */
  norm: NormForward | null;
}

export interface ForwardTrace {
  mode: 'train' | 'eval';
  m: number;
  /** The input normalisation's pass, if any. */
  input: NormForward | null;
  hidden: HiddenTrace[];
  /** [m, width_L] input of the output layer. */
  last: FloatArray;
  /** [m, classes]. */
  logits: FloatArray;
}

export interface MlpGrads {
  w: FloatArray[];
  /** null where the layer has no bias. */
  b: (FloatArray | null)[];
  /** Empty when there is no normalisation. */
  gamma: FloatArray[];
  beta: FloatArray[];
  /** Of the input normalisation, if any. */
  inGamma?: FloatArray;
  inBeta?: FloatArray;
}

function alloc(precision: 'f32' | 'f64', n: number): FloatArray {
  return precision === 'f64' ? new Float64Array(n) : new Float32Array(n);
}

function normLayer(spec: NormalisingSpec, width: number, cfg: Required<MlpConfig>): NormLayer {
  const gamma = alloc(cfg.precision, width).fill(1);
  const running = hasRunningStats(spec) ? createRunningStats(width, 'pytorch', cfg.bnMomentum, true) : null;
  return { spec, params: { gamma, beta: alloc(cfg.precision, width), eps: cfg.bnEpsilon }, running };
}

/** A freshly initialised network; weights depend only on (config, seed). */
export function createMlp(config: MlpConfig, seed: number): Mlp {
  const cfg: Required<MlpConfig> = {
    inputs: config.inputs,
    hidden: [...config.hidden],
    classes: config.classes,
    activation: config.activation,
    norm: config.norm ?? { kind: 'none' },
    inputNorm: config.inputNorm ?? false,
    init: config.init ?? (config.activation === 'relu' ? 'he' : 'glorot'),
    bnEpsilon: config.bnEpsilon ?? 1e-5,
    bnMomentum: config.bnMomentum ?? 0.1,
    precision: config.precision ?? 'f32',
  };
  const sizes = [cfg.inputs, ...cfg.hidden, cfg.classes];
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`MLP: invalid layer sizes ${sizes.join('-')}`);
  const norm = cfg.norm;
  const dense: DenseLayer[] = [];
  const norms: NormLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const [fanIn, fanOut] = [sizes[l], sizes[l + 1]];
    const rng = createRng(deriveSeed(seed, 'init', l));
    const w = alloc(cfg.precision, fanIn * fanOut);
    if (cfg.init === 'he') {
      const std = Math.sqrt(2 / fanIn);
      for (let k = 0; k < w.length; k++) w[k] = rng.normal(0, std);
    } else {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let k = 0; k < w.length; k++) w[k] = rng.range(-limit, limit);
    }
    const isHidden = l < cfg.hidden.length;
    const hasBias = !(isHidden && norm.kind !== 'none' && norm.position === 'before');
    dense.push({ inputs: fanIn, outputs: fanOut, w, b: hasBias ? alloc(cfg.precision, fanOut) : null });
    if (isHidden && norm.kind !== 'none') norms.push(normLayer(norm, fanOut, cfg));
  }
  const inputSpec = inputNormSpec(cfg.inputNorm);
  const inputNorm = inputSpec ? normLayer(inputSpec, cfg.inputs, cfg) : null;
  return { config: cfg, dense, norms, inputNorm };
}

function applyNorm(n: NormLayer, v: FloatArray, m: number, mode: 'train' | 'eval'): NormForward {
  const { gamma, beta, eps } = n.params;
  if (mode === 'eval' && n.running) return normForwardRunning(v, m, gamma, beta, eps, n.running);
  return normForward(n.spec, v, m, gamma, beta, eps);
}

/** Forward pass over a batch x [m, inputs]. 'train' uses batch statistics, 'eval' running ones. */
export function mlpForward(mlp: Mlp, x: ArrayLike<number>, m: number, mode: 'train' | 'eval'): ForwardTrace {
  const { config: cfg, dense } = mlp;
  if (x.length !== m * cfg.inputs) throw new Error(`MLP: expected ${m}×${cfg.inputs} inputs, got ${x.length}`);
  let a: FloatArray = cfg.precision === 'f64' ? Float64Array.from(x) : Float32Array.from(x);
  const input = mlp.inputNorm ? applyNorm(mlp.inputNorm, a, m, mode) : null;
  if (input) a = input.y;
  const hidden: HiddenTrace[] = [];
  const position = cfg.norm.kind === 'none' ? null : cfg.norm.position;
  for (let l = 0; l < cfg.hidden.length; l++) {
    const layer = dense[l];
    const z = matmul(a, layer.w, m, layer.inputs, layer.outputs, layer.b);
    let u = z;
    let norm: NormForward | null = null;
    if (position === 'before') {
      norm = applyNorm(mlp.norms[l], z, m, mode);
      u = norm.y;
    }
    const h = activate(u, cfg.activation);
    let next = h;
    if (position === 'after') {
      norm = applyNorm(mlp.norms[l], h, m, mode);
      next = norm.y;
    }
    hidden.push({ input: a, u, h, norm });
    a = next;
  }
  const out = dense[dense.length - 1];
  const logits = matmul(a, out.w, m, out.inputs, out.outputs, out.b);
  return { mode, m, input, hidden, last: a, logits };
}

/** Training-mode forward and backward: the mean loss over the batch and every parameter's gradient. */
export function mlpLossAndGrads(
  mlp: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  m: number,
): { loss: number; grads: MlpGrads; trace: ForwardTrace } {
  const { config: cfg, dense } = mlp;
  const trace = mlpForward(mlp, x, m, 'train');
  const { loss, dlogits } = softmaxCrossEntropy(trace.logits, y, m, cfg.classes);
  const L = dense.length - 1;
  const grads: MlpGrads = { w: new Array(L + 1), b: new Array(L + 1), gamma: [], beta: [] };
  const out = dense[L];
  grads.w[L] = matmulTA(trace.last, dlogits, m, out.inputs, out.outputs);
  grads.b[L] = colSums(dlogits, m, out.outputs);
  let da = matmulTB(dlogits, out.w, m, out.inputs, out.outputs);
  for (let l = L - 1; l >= 0; l--) {
    const layer = dense[l];
    const t = trace.hidden[l];
    const position = cfg.norm.kind === 'none' ? null : cfg.norm.position;
    let dz: FloatArray;
    if (position === 'after') {
      const g = normBackward(da, t.norm!);
      grads.gamma[l] = g.dgamma;
      grads.beta[l] = g.dbeta;
      dz = activationBackward(g.dx, t.u, t.h, cfg.activation);
    } else if (position === 'before') {
      const g = normBackward(activationBackward(da, t.u, t.h, cfg.activation), t.norm!);
      grads.gamma[l] = g.dgamma;
      grads.beta[l] = g.dbeta;
      dz = g.dx;
    } else {
      dz = activationBackward(da, t.u, t.h, cfg.activation);
    }
    grads.w[l] = matmulTA(t.input, dz, m, layer.inputs, layer.outputs);
    grads.b[l] = layer.b ? colSums(dz, m, layer.outputs) : null;
    if (l > 0 || trace.input) da = matmulTB(dz, layer.w, m, layer.inputs, layer.outputs);
  }
  if (trace.input) {
    const g = normBackward(da, trace.input);
    grads.inGamma = g.dgamma;
    grads.inBeta = g.dbeta;
  }
  return { loss, grads, trace };
}

/** Mean loss and accuracy of a set in the given mode (default eval: running statistics). */
export function mlpEvaluate(
  mlp: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  m: number,
  mode: 'train' | 'eval' = 'eval',
): { loss: number; accuracy: number } {
  const { logits } = mlpForward(mlp, x, m, mode);
  const { loss, probs } = softmaxCrossEntropy(logits, y, m, mlp.config.classes);
  const c = mlp.config.classes;
  let correct = 0;
  for (let i = 0; i < m; i++) {
    let best = 0;
    for (let j = 1; j < c; j++) if (probs[i * c + j] > probs[i * c + best]) best = j;
    if (best === y[i]) correct++;
  }
  return { loss, accuracy: m > 0 ? correct / m : NaN };
}

/** Every trainable array with a stable name (inGamma, inBeta, w0, b0, gamma0, beta0, …, wL, bL), for copying weights. */
export function mlpParameters(mlp: Mlp): { name: string; value: FloatArray }[] {
  const list: { name: string; value: FloatArray }[] = [];
  if (mlp.inputNorm) list.push({ name: 'inGamma', value: mlp.inputNorm.params.gamma }, { name: 'inBeta', value: mlp.inputNorm.params.beta });
  mlp.dense.forEach((layer, l) => {
    list.push({ name: `w${l}`, value: layer.w });
    if (layer.b) list.push({ name: `b${l}`, value: layer.b });
    if (mlp.norms[l]) {
      list.push({ name: `gamma${l}`, value: mlp.norms[l].params.gamma });
      list.push({ name: `beta${l}`, value: mlp.norms[l].params.beta });
    }
  });
  return list;
}

/** Gradients named and ordered exactly like `mlpParameters`. */
export function gradientList(mlp: Mlp, grads: MlpGrads): { name: string; value: FloatArray }[] {
  return mlpParameters(mlp).map(({ name }) => {
    if (name === 'inGamma' || name === 'inBeta') {
      const g = grads[name];
      if (!g) throw new Error(`MLP: no gradient for ${name}`);
      return { name, value: g };
    }
    const l = Number(name.replace(/^\D+/, ''));
    const kind = name.replace(/\d+$/, '') as 'w' | 'b' | 'gamma' | 'beta';
    const g = grads[kind][l];
    if (!g) throw new Error(`MLP: no gradient for ${name}`);
    return { name, value: g };
  });
}

/** L2 norm of each layer's weight gradient ∂L/∂W_l (l = 0 … L, the last is the output layer). */
export function weightGradNorms(grads: MlpGrads): number[] {
  return grads.w.map((g) => {
    let s = 0;
    for (let k = 0; k < g.length; k++) s += g[k] * g[k];
    return Math.sqrt(s);
  });
}
