/**
 * Validates an ExperimentSpec and resolves the numbers the engine actually uses (defaults, the float16
 * safety floor for epsilons). Error messages are Spanish: the worker forwards them to the reader.
 */
import type { Activation, ExperimentSpec, InitName, NormSpec, OptimizerName } from '../lib/experiments/types';
import { hasRunningStats, shapeProblem, type NormShapeProblem } from '../lib/norms/index-sets';

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
  inputNorm: boolean[];
  /** Number of stacked models. */
  k: number;
  float16: boolean;
  percentiles: { layer: number; unit: number } | null;
  gradNorms: boolean;
  decisionGrid: number;
}

function fail(message: string): never {
  throw new Error(message);
}

function posInt(v: unknown, what: string, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
    fail(`${what} debe ser un entero entre 1 y ${max}; se recibió ${String(v)}.`);
  }
  return v;
}

/** Check a spec against the data it will train on; return the resolved engine configuration. */
export function resolveConfig(
  spec: ExperimentSpec,
  data: { inputDims: number; classes: number; nTrain: number },
  opts: EngineOptions = {},
): EngineConfig {
  if (!spec || typeof spec !== 'object') fail('La configuración del experimento falta o no es válida.');
  if (!Array.isArray(spec.models) || spec.models.length === 0) fail('El experimento no tiene ningún modelo.');
  if (spec.models.length > 64) fail(`Demasiados modelos apilados (${spec.models.length}); el máximo es 64.`);
  if (!Array.isArray(spec.hidden) || spec.hidden.length > 12) fail('Las capas ocultas deben ser una lista de hasta 12 anchos.');
  const hidden = spec.hidden.map((w, i) => posInt(w, `El ancho de la capa oculta ${i + 1}`, 1024));
  if (!['sigmoid', 'tanh', 'relu'].includes(spec.activation)) fail(`Activación desconocida: ${String(spec.activation)}.`);
  if (!['he', 'glorot'].includes(spec.init)) fail(`Inicialización desconocida: ${String(spec.init)}.`);
  if (!['sgd', 'momentum', 'adam'].includes(spec.optimizer)) fail(`Optimizador desconocido: ${String(spec.optimizer)}.`);
  const batchSize = posInt(spec.batchSize, 'El tamaño de batch', data.nTrain);
  const steps = posInt(spec.steps, 'El número de pasos', 1_000_000);
  const evalEvery = posInt(spec.evalEvery, 'La frecuencia de evaluación (evalEvery)', 1_000_000);
  if (!Number.isFinite(spec.seed)) fail('La semilla debe ser un número finito.');
  const mom = spec.bnMomentum;
  if (!mom || typeof mom !== 'object' || !['pytorch', 'keras'].includes(mom.convention)) {
    fail('El momento de BN debe decir su convención: { convention: "pytorch" | "keras", value }.');
  }
  if (!(mom.value > 0 && mom.value < 1)) fail(`El momento de BN debe estar en (0, 1); se recibió ${String(mom.value)} (${mom.convention}).`);
  const runningWeight = mom.convention === 'pytorch' ? mom.value : 1 - mom.value;
  if (!(spec.bnEpsilon > 0 && spec.bnEpsilon < 1)) fail(`El epsilon de BN debe estar en (0, 1); se recibió ${spec.bnEpsilon}.`);
  const adamIn = spec.adamEpsilon ?? DEFAULT_ADAM_EPSILON;
  if (!(adamIn > 0 && adamIn < 1)) fail(`El epsilon de Adam debe estar en (0, 1); se recibió ${adamIn}.`);

  const divergenceLoss = spec.divergenceLoss ?? DEFAULT_DIVERGENCE_LOSS;
  if (!(divergenceLoss > 0)) fail(`El umbral de divergencia debe ser positivo; se recibió ${divergenceLoss}.`);
  const ids: string[] = [];
  const learningRates: number[] = [];
  const norms: NormSpec[] = [];
  const inputNorm: boolean[] = [];
  for (const m of spec.models) {
    if (typeof m.id !== 'string' || m.id === '' || ids.includes(m.id)) fail(`Identificador de modelo no válido o repetido: ${String(m.id)}.`);
    if (!(m.learningRate > 0 && m.learningRate < 1e6)) fail(`La tasa de aprendizaje de «${m.id}» debe ser positiva; se recibió ${m.learningRate}.`);
    const norm = checkNorm(m.norm, m.id);
    if (norm.kind !== 'none') {
      if (hidden.length === 0) fail(`«${m.id}» normaliza sus capas ocultas, pero no tiene ninguna.`);
      for (const width of hidden) {
        const problem = shapeProblem(norm, batchSize, width);
        if (problem) fail(shapeMessage(problem, m.id));
      }
    }
    if (m.inputNorm === true) {
      const problem = shapeProblem({ kind: 'batch', position: 'before' }, batchSize, data.inputDims);
      if (problem) fail(shapeMessage(problem, m.id));
    }
    ids.push(m.id);
    learningRates.push(m.learningRate);
    norms.push(norm);
    inputNorm.push(m.inputNorm === true);
  }

  const probes = spec.probes ?? {};
  let percentiles: EngineConfig['percentiles'] = null;
  if (probes.percentiles) {
    const { layer, unit } = probes.percentiles;
    if (!Number.isInteger(layer) || layer < 0 || layer >= hidden.length) fail(`La capa a observar (${layer}) no existe.`);
    if (!Number.isInteger(unit) || unit < 0 || unit >= hidden[layer]) fail(`La unidad a observar (${unit}) no existe en la capa ${layer}.`);
    percentiles = { layer, unit };
  }
  let decisionGrid = 0;
  if (probes.decisionGrid !== undefined && probes.decisionGrid !== 0) {
    decisionGrid = posInt(probes.decisionGrid, 'La resolución del mapa de decisión', 256);
    if (data.inputDims !== 2) fail('El mapa de decisión solo existe para datos en 2-D.');
  }

  const float16 = opts.float16 === true;
  return {
    inputDims: data.inputDims,
    classes: data.classes,
    hidden,
    activation: spec.activation,
    init: spec.init,
    optimizer: spec.optimizer,
    batchSize,
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
    k: ids.length,
    float16,
    percentiles,
    gradNorms: probes.gradNorms === true,
    decisionGrid,
  };
}

const POSITIONS = ['before', 'after'];

/** A model's normalisation, validated (unknown kinds, positions, group counts are refused). */
function checkNorm(norm: NormSpec | undefined, id: string): NormSpec {
  if (!norm || typeof norm !== 'object') fail(`El modelo «${id}» no dice qué normalización usa.`);
  switch (norm.kind) {
    case 'none':
      return { kind: 'none' };
    case 'batch':
      if (norm.ghostBatch !== undefined) posInt(norm.ghostBatch, `El tamaño de los sub-batches de «${id}»`, 1_000_000);
      break;
    case 'group':
      posInt(norm.groups, `El número de grupos de «${id}»`, 1024);
      break;
    case 'layer':
    case 'rms':
      break;
    default:
      fail(`Normalización desconocida en «${id}»: ${String((norm as { kind?: unknown }).kind)}.`);
  }
  if (!POSITIONS.includes(norm.position)) fail(`Posición de la normalización desconocida en «${id}»: ${String(norm.position)}.`);
  return norm;
}

function shapeMessage(p: NormShapeProblem, id: string): string {
  switch (p.code) {
    case 'batch-too-small':
      return `BN en entrenamiento necesita batches de al menos 2 ejemplos (con ${p.batch}, la varianza del batch es 0 y la salida sería siempre β), en «${id}».`;
    case 'ghost-does-not-divide':
      return `El tamaño de batch (${p.batch}) debe ser múltiplo del de los sub-batches (${p.ghostBatch}) en «${id}».`;
    case 'groups-do-not-divide':
      return `El número de grupos (${p.groups}) debe dividir el ancho de cada capa (${p.features}) en «${id}».`;
  }
}

/** Whether any model keeps BN running statistics (in its hidden layers or on its inputs). */
export function anyRunning(cfg: Pick<EngineConfig, 'norms' | 'inputNorm'>): boolean {
  return cfg.norms.some(hasRunningStats) || cfg.inputNorm.some(Boolean);
}
