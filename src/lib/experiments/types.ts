import type { MatesSpec } from '../batch-mates';

/**
 * Experiment specs: what a demo trains, as plain data. The island builds one, the worker hands it to
 * the engine. Everything random is derived from `seed`, so a spec fully determines a run.
 */

export type Activation = 'sigmoid' | 'tanh' | 'relu';
/** Where BN sits in each hidden layer: z = W·a → BN → g (`before`, the paper's choice), g → BN (`after`), or no BN. */
export type BNPosition = 'before' | 'after' | 'none';
/** Where a normalisation sits in each hidden layer: on z = a·W, before the activation g, or on g's output. */
export type NormPosition = 'before' | 'after';
/** The normalisations the engine knows (src/lib/norms/index-sets.ts says what each one averages over). */
export type NormKind = 'none' | 'batch' | 'layer' | 'rms' | 'group';

/**
 * One model's normalisation of its hidden layers. Every kind but `none` has γ and β per feature.
 * - batch: over the examples of the mini-batch, per feature; `ghostBatch` = b takes the statistics
 *   over sub-batches of b examples instead (the mini-batch size must be a multiple of b). Keeps
 *   running statistics for eval mode. A set of one example is refused, as PyTorch refuses it, unless
 *   `singleExample: 'collapse'`: then, as in Keras and TF.js, x̂ = 0 and the output is β whatever the
 *   input (and no gradient flows through it); the running variance then tracks 0.
 * - layer / rms: over the features of each example (rms: without centring).
 * - group: over `groups` groups of features of each example (1 = layer, one per feature ≈ instance).
 */
export type NormSpec =
  | { kind: 'none' }
  | { kind: 'batch'; position: NormPosition; ghostBatch?: number; singleExample?: 'refuse' | 'collapse' }
  | { kind: 'layer'; position: NormPosition }
  | { kind: 'rms'; position: NormPosition }
  | { kind: 'group'; position: NormPosition; groups: number };

/**
 * BN's running-statistics momentum, with its convention named (never a bare number):
 * PyTorch's `momentum` is the weight of the NEW batch (default 0.1); Keras' and TF.js' is the weight
 * of the OLD average (default 0.99). PyTorch 0.1 ≡ Keras 0.9. The value must lie in (0, 1).
 */
export interface MomentumSpec {
  convention: 'pytorch' | 'keras';
  value: number;
}
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export type InitName = 'he' | 'glorot';
export type Dataset2DName = 'espirales' | 'lunas' | 'circulos' | 'xor';
export type DatasetName = Dataset2DName | 'digitos';

export interface DatasetSpec {
  name: DatasetName;
  /**
   * Generated 2-D data in other units: feature j becomes x_j·scale[j] + shift[j] (e.g. one feature
   * in thousands). One entry per feature; absent = as generated (standardised).
   */
  units?: { scale: number[]; shift: number[] };
  /** Number of points for generated 2-D data (ignored for digits). */
  n: number;
  /** Noise level for generated 2-D data, 0..1 (ignored for digits). */
  noise: number;
  /** Fraction held out as the test split, 0..1. */
  testFraction: number;
  seed: number;
  /** Digits only: each split in three colour channels (src/lib/datasets/tint.ts); absent = grey, one channel. */
  tint?: TintSpec;
}

/** GN over the input features (the same in training and evaluation). */
export interface InputGroupNorm {
  kind: 'group';
  groups: number;
}

/** How each split's digits are coloured; `label` (in both splits) makes the tint the label. */
export interface TintSpec {
  train: 'gray' | 'tinted' | 'label';
  test: 'gray' | 'tinted' | 'label';
}

/** One of the K models trained stacked. Models differ only in what is listed here. */
export interface ModelSpec {
  /** Stable key used in metrics (e.g. "withBN", "withoutBN", "lr-0.1-bn"). */
  id: string;
  norm: NormSpec;
  /**
   * Normalise the input features too, with γ and β per input feature: `true` is BN (with running
   * statistics); a group spec is GN over the inputs in `groups` contiguous groups, which on colour
   * digits (channel-major, groups = 3) is InstanceNorm on the input.
   */
  inputNorm?: boolean | InputGroupNorm;
  /**
   * Standardise the inputs as preprocessing: every split's feature j becomes (x_j − m_j)/s_j with the
   * mean m_j and (biased) standard deviation s_j of the TRAINING split only; nothing is learnt.
   */
  standardizeInputs?: boolean;
  learningRate: number;
  /** Linear warm-up: the rate at step t is learningRate·min(1, t/warmupSteps). Absent or 0: none. */
  warmupSteps?: number;
}

/**
 * A recurrent network instead of an MLP: one layer of hidden[0] units reads each input as `steps`
 * rows of dims/steps features (the digits: 8 rows of 8 pixels), one row per time step, and the output
 * layer reads the last hidden state. Model k at step t, with h₀ = 0 and the same weights at every step:
 *   none:        u_t = x_t·W_x + h_{t−1}·W_h + b
 *   layer / rms: u_t = γ x̂(x_t·W_x + h_{t−1}·W_h) + β   (statistics per example and step, γ and β
 *                shared over time: Ba et al. 2016, Eq. 4)
 *   h_t = g(u_t);  logits = h_T·W + b.
 * W_h starts as `scale` times a random orthogonal matrix (every singular value = scale); the other
 * weights as in the MLP. BN is refused here (it would need statistics per time step).
 */
export interface RecurrentSpec {
  steps: number;
  scale: number;
}

/**
 * A residual MLP instead of a plain one: an input layer to width hidden[0] = d, then `blocks` residual
 * blocks F(a) = g(a·W₁ + b₁)·W₂ + b₂ (d → d → d), then the output layer. A model's norm says where
 * its normalisation (layer or rms) sits: 'before' each block is Pre-LN, x + F(N(x)), with a final norm
 * before the output layer; 'after' the sum is Post-LN, N(x + F(x)) (Xiong et al. 2020, Fig. 1). No BN.
 */
export interface ResidualSpec {
  blocks: number;
}

export interface ExperimentSpec {
  dataset: DatasetSpec;
  /** Absent: no residual blocks. */
  residual?: ResidualSpec;
  /** Absent: an MLP with the hidden layers `hidden`. */
  recurrent?: RecurrentSpec;
  /** Hidden layer widths, e.g. [16, 16, 16, 16]. */
  hidden: number[];
  activation: Activation;
  init: InitName;
  optimizer: OptimizerName;
  batchSize: number;
  /**
   * Training mini-batches drawn from only this many classes each (src/lib/datasets/class-batcher.ts);
   * absent: at random from all the training data.
   */
  batchClasses?: number;
  steps: number;
  /** Seed for initial weights and the mini-batch order. */
  seed: number;
  /** If true every model starts from the same initial weights (the experiment's only variable is the ModelSpec). */
  sameInit: boolean;
  /** Momentum of BN's running statistics (also those of `inputNorm`), convention named. */
  bnMomentum: MomentumSpec;
  /** ε of every normalisation (PyTorch's default is 1e-5; Keras' and TF.js' 1e-3). */
  bnEpsilon: number;
  /**
   * Adam's epsilon; default 1e-7, the value of TF.js and Keras (PyTorch's default is 1e-8). 1e-7
   * underflows on float16 WebGL; the engine raises it to 1e-3 when textures are float16.
   */
  adamEpsilon?: number;
  models: ModelSpec[];
  /**
   * A model counts as diverged (and is frozen) when a mini-batch loss is NaN/±Inf or reaches this
   * value. Default 1000: a cross-entropy of 1000 gives the right class a probability of e^−1000, and a
   * finite bound makes float32 and float16 backends agree (float16 overflows at 65 504).
   */
  divergenceLoss?: number;
  /** Read metrics back every this many steps (a read-back per step is expensive on WebGL). */
  evalEvery: number;
  /** Optional probes. */
  probes?: {
    /** Record the 15/50/85th percentiles of the pre-activation (input to g) of these units of this hidden layer. */
    percentiles?: { layer: number; unit: number };
    /** Record per-layer gradient norms. */
    gradNorms?: boolean;
    /** For 2-D data, a grid×grid map of P(class 1) for decision regions. */
    decisionGrid?: number;
    /** Also measure test accuracy in training mode (src/lib/metrics.ts: trainModeAcc). */
    trainModeAcc?: boolean;
    /** Record this unit's batch mean and running mean at every read-back (src/lib/metrics.ts). */
    batchMean?: { layer: number; unit: number };
    /** Classify the same test images inside random, small and one-class batches in training mode (src/lib/batch-mates.ts). */
    mates?: MatesSpec;
    /** Test loss and accuracy in eval mode with every input rescaled (x → a·x) or shifted (x → x + c). */
    scan?: { scales: number[]; shifts: number[] };
    /**
     * Recurrent networks: the mean ‖h_t‖₂ over the first `examples` test images for t = 1…`steps`; past
     * the image's rows the network reads blank rows (x_t = 0), as padding a longer sequence.
     */
    hiddenNorms?: { steps: number; examples: number };
  };
}
