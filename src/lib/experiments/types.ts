/**
 * Experiment specs: what a demo trains, as plain data. The island builds one, the worker hands it to
 * the engine. Everything random is derived from `seed`, so a spec fully determines a run.
 */

export type Activation = 'sigmoid' | 'tanh' | 'relu';
/** Where BN sits in each hidden layer: z = W·a → BN → g (`before`, the paper's choice), g → BN (`after`), or no BN. */
export type BNPosition = 'before' | 'after' | 'none';
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export type InitName = 'he' | 'glorot';
export type Dataset2DName = 'espirales' | 'lunas' | 'circulos' | 'xor';
export type DatasetName = Dataset2DName | 'digitos';

export interface DatasetSpec {
  name: DatasetName;
  /** Number of points for generated 2-D data (ignored for digits). */
  n: number;
  /** Noise level for generated 2-D data, 0..1 (ignored for digits). */
  noise: number;
  /** Fraction held out as the test split, 0..1. */
  testFraction: number;
  seed: number;
}

/** One of the K models trained stacked. Models differ only in what is listed here. */
export interface ModelSpec {
  /** Stable key used in metrics (e.g. "withBN", "withoutBN", "lr-0.1-bn"). */
  id: string;
  bn: BNPosition;
  learningRate: number;
}

export interface ExperimentSpec {
  dataset: DatasetSpec;
  /** Hidden layer widths, e.g. [16, 16, 16, 16]. */
  hidden: number[];
  activation: Activation;
  init: InitName;
  optimizer: OptimizerName;
  batchSize: number;
  steps: number;
  /** Seed for initial weights and the mini-batch order. */
  seed: number;
  /** If true every model starts from the same initial weights (the experiment's only variable is the ModelSpec). */
  sameInit: boolean;
  /** BN momentum in PyTorch's convention: running = (1 − m)·running + m·batch. 0.1 ≡ Keras 0.9. */
  bnMomentum: number;
  bnEpsilon: number;
  /** Adam's epsilon. 1e-7 underflows on float16 WebGL; the engine raises it when textures are f16. */
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
  };
}
