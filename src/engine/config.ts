/**
 * Validates an ExperimentSpec and resolves the numbers the engine actually uses (defaults, the float16
 * safety floor for epsilons). A bad spec throws a SpecError with a typed problem (problems.ts); the
 * worker turns it into Spanish for the reader.
 */
import type { Activation, ExperimentSpec, InitName, ModelSpec, NormSpec, OptimizerName } from '../lib/experiments/types';
import type { MatesSpec } from '../lib/batch-mates';
import { inputNormSpec, shapeProblem, type NormalisingSpec } from '../lib/norms/index-sets';
import { fail, type IntegerSetting } from './problems';
import { resolveRecurrent, type RecurrentSettings } from './recurrent-config';
import { resolveResidual } from './residual-config';

/** Adam's epsilon when the spec gives none (tfjs' and Keras' default). */
export const DEFAULT_ADAM_EPSILON = 1e-7;
/**
 * Float16 textures (many phones' WebGL) flush anything below ~6e-8 to zero and lose precision near
 * 1e-4: Adam's 1e-7 then underflows and the loss turns NaN within steps. 1e-3 trains (DESIGN.md §3).
 */
export const F16_SAFE_EPSILON = 1e-3;
/** Momentum coefficient of the 'momentum' optimizer (PyTorch/tfjs form: v ← μv + g, θ ← θ − ηv). */
export const SGD_MOMENTUM = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
/** Default loss at or above which a model counts as diverged (see ExperimentSpec.divergenceLoss). */
export const DEFAULT_DIVERGENCE_LOSS = 1000;

export interface EngineOptions {
  /** The backend computes in float16 (WebGL without float32 render targets, or forced f16 textures). */
  float16?: boolean;
}

/** What the engine runs: the spec's numbers after validation and the float16 adjustments. */
export interface EngineConfig {
  inputDims: number;
  classes: number;
  hidden: number[];
  activation: Activation;
  init: InitName;
  optimizer: OptimizerName;
  batchSize: number;
  /** Classes each training mini-batch is drawn from; null: batches at random. */
  batchClasses: number | null;
  steps: number;
  seed: number;
  sameInit: boolean;
  /** Weight of a new batch in BN's running statistics (PyTorch's momentum; Keras' 1 − momentum). */
  runningWeight: number;
  bnEpsilon: number;
  adamEpsilon: number;
  evalEvery: number;
  divergenceLoss: number;
  ids: string[];
  learningRates: number[];
  /** Each model's normalisation of its hidden layers. */
  norms: NormSpec[];
  /** Each model's input normalisation (BN over the input features). */
  /** Each model's input normalisation (BN, or GN over the input features), or null. */
  inputNorm: (NormalisingSpec | null)[];
  /** Each model's input preprocessing: standardised with the training split's statistics. */
  standardizeInputs: boolean[];
  /** Number of stacked models. */
  k: number;
  float16: boolean;
  percentiles: { layer: number; unit: number } | null;
  gradNorms: boolean;
  decisionGrid: number;
  trainModeAcc: boolean;
  batchMean: { layer: number; unit: number } | null;
  mates: MatesSpec | null;
  scan: { scales: number[]; shifts: number[] } | null;
  /** A recurrent network (RecurrentSpec) instead of an MLP, and its hidden-norm probe. */
  recurrent: RecurrentSettings['recurrent'];
  hiddenNorms: RecurrentSettings['hiddenNorms'];
  /** A residual MLP (ResidualSpec), and each model's warm-up steps (0: none). */
  residual: { blocks: number } | null;
  warmupSteps: number[];
}

function posInt(v: unknown, setting: IntegerSetting, max: number, where: { layer?: number; model?: string } = {}): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) fail({ code: 'not-an-integer', setting, value: v, max, ...where });
  return v;
}

/** A short list of finite numbers (a probe's settings). */
function finiteList(v: unknown, probe: 'scan'): number[] {
  if (!Array.isArray(v) || v.length > 16 || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) fail({ code: 'bad-probe-list', probe });
  return v as number[];
}

/** Check a spec against the data it will train on; return the resolved engine configuration. */
export function resolveConfig(
  spec: ExperimentSpec,
  data: { inputDims: number; classes: number; nTrain: number; nTest?: number },
  opts: EngineOptions = {},
): EngineConfig {
  if (!spec || typeof spec !== 'object') fail({ code: 'missing' });
  if (!Array.isArray(spec.models) || spec.models.length === 0) fail({ code: 'no-models' });
  if (spec.models.length > 64) fail({ code: 'too-many-models', count: spec.models.length, max: 64 });
  if (!Array.isArray(spec.hidden) || spec.hidden.length > 12) fail({ code: 'too-many-layers', max: 12 });
  const hidden = spec.hidden.map((w, i) => posInt(w, 'hiddenWidth', 1024, { layer: i + 1 }));
  if (!['sigmoid', 'tanh', 'relu'].includes(spec.activation)) fail({ code: 'unknown-activation', value: spec.activation });
  if (!['he', 'glorot'].includes(spec.init)) fail({ code: 'unknown-init', value: spec.init });
  if (!['sgd', 'momentum', 'adam'].includes(spec.optimizer)) fail({ code: 'unknown-optimizer', value: spec.optimizer });
  const batchSize = posInt(spec.batchSize, 'batchSize', data.nTrain);
  const batchClasses = spec.batchClasses === undefined ? null : posInt(spec.batchClasses, 'batchClasses', Math.min(data.classes, batchSize));
  const steps = posInt(spec.steps, 'steps', 1_000_000);
  const evalEvery = posInt(spec.evalEvery, 'evalEvery', 1_000_000);
  if (!Number.isFinite(spec.seed)) fail({ code: 'bad-seed' });
  const mom = spec.bnMomentum;
  if (!mom || typeof mom !== 'object' || !['pytorch', 'keras'].includes(mom.convention)) {
    fail({ code: 'momentum-without-convention' });
  }
  if (!(mom.value > 0 && mom.value < 1)) fail({ code: 'momentum-out-of-range', value: mom.value, convention: mom.convention });
  const runningWeight = mom.convention === 'pytorch' ? mom.value : 1 - mom.value;
  if (!(spec.bnEpsilon > 0 && spec.bnEpsilon < 1)) fail({ code: 'bn-epsilon-out-of-range', value: spec.bnEpsilon });
  const adamIn = spec.adamEpsilon ?? DEFAULT_ADAM_EPSILON;
  if (!(adamIn > 0 && adamIn < 1)) fail({ code: 'adam-epsilon-out-of-range', value: adamIn });

  const divergenceLoss = spec.divergenceLoss ?? DEFAULT_DIVERGENCE_LOSS;
  if (!(divergenceLoss > 0)) fail({ code: 'divergence-not-positive', value: divergenceLoss });
  const ids: string[] = [];
  const learningRates: number[] = [];
  const norms: NormSpec[] = [];
  const inputNorm: (NormalisingSpec | null)[] = [];
  const standardizeInputs: boolean[] = [];
  for (const m of spec.models) {
    if (typeof m.id !== 'string' || m.id === '' || ids.includes(m.id)) fail({ code: 'bad-model-id', id: m.id });
    if (!(m.learningRate > 0 && m.learningRate < 1e6)) fail({ code: 'bad-learning-rate', model: m.id, value: m.learningRate });
    const norm = checkNorm(m.norm, m.id);
    if (norm.kind !== 'none') {
      if (hidden.length === 0) fail({ code: 'norm-without-hidden-layers', model: m.id });
      for (const width of hidden) {
        const problem = shapeProblem(norm, batchSize, width);
        if (problem) fail({ code: 'norm-shape', model: m.id, problem });
      }
    }
    const input = inputNormOf(m.inputNorm, m.id);
    if (input) {
      const problem = shapeProblem(input, batchSize, data.inputDims);
      if (problem) fail({ code: 'norm-shape', model: m.id, problem });
    }
    ids.push(m.id);
    learningRates.push(m.learningRate);
    norms.push(norm);
    inputNorm.push(input);
    standardizeInputs.push(m.standardizeInputs === true);
  }

  const probes = spec.probes ?? {};
  const unitOf = (probe: { layer: number; unit: number } | undefined) => {
    if (!probe) return null;
    const { layer, unit } = probe;
    if (!Number.isInteger(layer) || layer < 0 || layer >= hidden.length) fail({ code: 'probe-layer', layer });
    if (!Number.isInteger(unit) || unit < 0 || unit >= hidden[layer]) fail({ code: 'probe-unit', layer, unit });
    return { layer, unit };
  };
  const percentiles = unitOf(probes.percentiles);
  const batchMean = unitOf(probes.batchMean);
  const trainModeAcc = probes.trainModeAcc === true;
  const scan = probes.scan ? { scales: finiteList(probes.scan.scales, 'scan'), shifts: finiteList(probes.scan.shifts, 'scan') } : null;
  const mates = probes.mates ? { batch: posInt(probes.mates.batch, 'matesBatch', 4096), small: posInt(probes.mates.small, 'matesBatch', 4096) } : null;
  if (trainModeAcc && data.nTest !== undefined && data.nTest < batchSize) {
    fail({ code: 'train-mode-needs-a-test-batch', batch: batchSize, nTest: data.nTest });
  }
  let decisionGrid = 0;
  if (probes.decisionGrid !== undefined && probes.decisionGrid !== 0) {
    decisionGrid = posInt(probes.decisionGrid, 'decisionGrid', 256);
    if (data.inputDims !== 2) fail({ code: 'decision-map-needs-2d' });
  }

  const { recurrent, hiddenNorms } = resolveRecurrent(spec, hidden, norms, data);
  const residual = resolveResidual(spec, hidden, norms);
  const warmupSteps = spec.models.map((m) => (m.warmupSteps === undefined || m.warmupSteps === 0 ? 0 : posInt(m.warmupSteps, 'warmupSteps', steps, { model: m.id })));
  const float16 = opts.float16 === true;
  return {
    inputDims: data.inputDims,
    classes: data.classes,
    hidden,
    activation: spec.activation,
    init: spec.init,
    optimizer: spec.optimizer,
    batchSize,
    batchClasses,
    steps,
    seed: spec.seed,
    sameInit: spec.sameInit === true,
    runningWeight,
    bnEpsilon: spec.bnEpsilon,
    adamEpsilon: float16 ? Math.max(adamIn, F16_SAFE_EPSILON) : adamIn,
    evalEvery,
    divergenceLoss,
    ids,
    learningRates,
    norms,
    inputNorm,
    standardizeInputs,
    k: ids.length,
    float16,
    percentiles,
    gradNorms: probes.gradNorms === true,
    decisionGrid,
    trainModeAcc,
    batchMean,
    mates,
    scan,
    recurrent,
    hiddenNorms,
    residual,
    warmupSteps,
  };
}

const POSITIONS = ['before', 'after'];
const SINGLE_EXAMPLE = ['refuse', 'collapse'];

/** A model's normalisation, validated (unknown kinds, positions, group counts are refused). */
function checkNorm(norm: NormSpec | undefined, id: string): NormSpec {
  if (!norm || typeof norm !== 'object') fail({ code: 'no-norm', model: id });
  switch (norm.kind) {
    case 'none':
      return { kind: 'none' };
    case 'batch':
      if (norm.ghostBatch !== undefined) posInt(norm.ghostBatch, 'ghostBatch', 1_000_000, { model: id });
      if (norm.singleExample !== undefined && !SINGLE_EXAMPLE.includes(norm.singleExample)) fail({ code: 'unknown-single-example', model: id, value: norm.singleExample });
      break;
    case 'group':
      posInt(norm.groups, 'groups', 1024, { model: id });
      break;
    case 'layer':
    case 'rms':
      break;
    default:
      fail({ code: 'unknown-norm', model: id, value: (norm as { kind?: unknown }).kind });
  }
  if (!POSITIONS.includes(norm.position)) fail({ code: 'unknown-position', model: id, value: norm.position });
  return norm;
}

/** A model's input normalisation: `true` is BN; a group spec is GN over the input features (validated). */
function inputNormOf(input: ModelSpec['inputNorm'], id: string): NormalisingSpec | null {
  if (typeof input === 'object' && input !== null) {
    if (input.kind !== 'group') fail({ code: 'unknown-norm', model: id, value: (input as { kind?: unknown }).kind });
    posInt(input.groups, 'groups', 1024, { model: id });
  }
  return inputNormSpec(input === true || (typeof input === 'object' && input !== null) ? input : undefined);
}
