/**
 * Read-back of a stacked trainer's metrics (src/lib/metrics.ts defines them). Everything is computed
 * on the device, packed into one [K, columns] tensor and read with a single `data()` call (each
 * read-back stalls a GPU pipeline). Each metric is one entry of COLUMNS: when it is present, how its
 * columns are computed on the device, and how a model's values are read from them. A frozen model's
 * carry-over lives in src/lib/metrics.ts (carryFrozen).
 */
import * as tf from '@tensorflow/tfjs-core';
import { carryFrozen, type MetricValues, type ModelSnapshot } from '../lib/metrics';
import { percentiles } from '../lib/stats';
import { MATE_KINDS } from '../lib/batch-mates';
import { scanColumns } from './input-scan';
import { batchMeans, mateColumns, runningMeans, trainModeHits } from './mode-probes';
import { Network, type ForwardTrace } from './network';
import type { RecurrentNetwork } from './recurrent';
import { weightNorms } from './stack-network';
import type { EngineConfig } from './config';
import type { StackedTrainer } from './trainer';

export type ModelMetrics = ModelSnapshot;

export interface Snapshot {
  step: number;
  models: ModelMetrics[];
}

/** What one read-back includes beyond the always-present metrics. */
export interface EvaluateOptions {
  /** Compute the decision map (when the trainer has a grid). Default true. */
  decision?: boolean;
}

interface Pass {
  t: StackedTrainer;
  k: number;
  nTrain: number;
  nTest: number;
  gridN: number;
  /** Eval-mode pass over train rows, test rows, then the grid points (if any). */
  out: ForwardTrace;
  /** float [K, nTrain + nTest]: 1 where the eval-mode prediction is right. */
  hits: tf.Tensor2D;
  windowLoss: tf.Tensor;
  windowCount: tf.Tensor;
}

/** Bookkeeping columns, then the metrics; a column set is [K, width]. */
interface Column<V> {
  present(p: Pass): boolean;
  compute(p: Pass): tf.Tensor;
  read(cols: Float32Array, cfg: EngineConfig): V;
}

const col = (p: Pass, x: tf.Tensor) => tf.reshape(x, [p.k, -1]);
const fraction = (hits: tf.Tensor2D, k: number, from: number, n: number) => tf.mean(tf.slice(hits, [0, from], [k, n]), 1, true);

const BOOKKEEPING = {
  count: { present: () => true, compute: (p) => col(p, p.windowCount), read: (c) => c[0] },
  active: { present: () => true, compute: (p) => col(p, tf.cast(p.t.active, 'float32')), read: (c) => c[0] },
  divergedAt: { present: () => true, compute: (p) => col(p, p.t.divergedAt), read: (c) => c[0] },
} satisfies Record<string, Column<number>>;

const METRIC_COLUMNS: { [K in keyof MetricValues]: Column<MetricValues[K]> } = {
  loss: { present: () => true, compute: (p) => col(p, p.windowLoss), read: (c) => c[0] },
  trainAcc: { present: () => true, compute: (p) => fraction(p.hits, p.k, 0, p.nTrain), read: (c) => c[0] },
  testAcc: { present: () => true, compute: (p) => fraction(p.hits, p.k, p.nTrain, p.nTest), read: (c) => c[0] },
  percentiles: {
    present: (p) => p.t.config.percentiles !== null,
    compute: (p) => {
      const probe = p.t.config.percentiles!;
      return col(p, tf.slice(p.out.layers[probe.layer].u, [0, p.nTrain, probe.unit], [p.k, p.nTest, 1]));
    },
    read: (c) => percentiles(c, [15, 50, 85]) as [number, number, number],
  },
  gradNorms: { present: (p) => p.t.gradNorms !== null, compute: (p) => (p.t.step > 0 ? p.t.gradNorms! : firstGradNorms(p.t)), read: (c) => Array.from(c) },
  decision: {
    present: (p) => p.gridN > 0,
    compute: (p) => decisionOf(p.out.logits, p.k, p.nTrain + p.nTest, p.gridN, p.t.config.classes),
    read: (c) => Array.from(c),
  },
  trainModeAcc: { present: (p) => p.t.config.trainModeAcc, compute: (p) => tf.mean(trainModeHits(p.t), 1, true), read: (c) => c[0] },
  batchMean: { present: (p) => p.t.config.batchMean !== null, compute: (p) => batchMeans(p.t), read: (c) => c[0] },
  runningMean: { present: (p) => p.t.config.batchMean !== null, compute: (p) => runningMeans(p.t), read: (c) => c[0] },
  scan: {
    present: (p) => p.t.config.scan !== null,
    compute: (p) => scanColumns(p.t),
    read: (c, cfg) => {
      const { scales, shifts } = cfg.scan!;
      const at = (from: number, n: number) => Array.from(c.subarray(from, from + n));
      const t = scales.length + shifts.length;
      return { scaleLoss: at(0, scales.length), shiftLoss: at(scales.length, shifts.length), scaleAcc: at(t, scales.length), shiftAcc: at(t + scales.length, shifts.length) };
    },
  },
  hiddenNorms: {
    present: (p) => p.t.config.hiddenNorms !== null,
    compute: (p) => {
      const { steps, examples } = p.t.config.hiddenNorms!;
      const net = p.t.network as RecurrentNetwork;
      return net.hiddenNorms(p.t.theta, tf.slice(p.t.data.xTest, [0, 0], [examples, -1]), steps);
    },
    read: (c) => Array.from(c),
  },
  mates: {
    present: (p) => p.t.mates !== null,
    compute: (p) => mateColumns(p.t),
    read: (c) => {
      const per = (from: number) => Object.fromEntries(MATE_KINDS.map((kind, i) => [kind, c[from + i]])) as MetricValues['mates']['acc'];
      const n = MATE_KINDS.length;
      return { acc: per(0), sameAsEval: per(n), maxLogitShift: c[2 * n], evalAcc: c[2 * n + 1] };
    },
  },
};

/** Decision values [K, gridN] from logits whose rows from `from` on are the grid. */
function decisionOf(logits: tf.Tensor3D, k: number, from: number, gridN: number, classes: number): tf.Tensor2D {
  const g = tf.slice(logits, [0, from, 0], [k, gridN, -1]);
  const d = classes === 2 ? tf.slice(tf.softmax(g), [0, 0, 1], [k, gridN, 1]) : tf.cast(tf.argMax(g, 2), 'float32');
  return tf.reshape(d, [k, gridN]) as tf.Tensor2D;
}

/** The mini-batch loss window since the last read-back (at step 0: the first batch, before any update). */
function lossWindow(t: StackedTrainer): { loss: tf.Tensor; count: tf.Tensor } {
  const k = t.config.k;
  if (t.step > 0) return { loss: tf.div(t.lossSum, tf.maximum(t.lossCount, 1)), count: t.lossCount };
  const idx = tf.tensor1d(t.latestBatch(), 'int32');
  const out = t.network.forward(t.theta, t.running, tf.gather(t.data.xTrain, idx) as tf.Tensor2D, 'train');
  return { loss: Network.loss(out.logits, tf.gather(t.data.oneHotTrain, idx) as tf.Tensor2D, false).loss, count: tf.ones([k]) };
}

/** At step 0, the weight-gradient norms the first step will see: the first batch at the initial weights, [K, weights]. */
function firstGradNorms(t: StackedTrainer): tf.Tensor {
  const idx = tf.tensor1d(t.latestBatch(), 'int32');
  const out = t.network.forward(t.theta, t.running, tf.gather(t.data.xTrain, idx) as tf.Tensor2D, 'train');
  const { dlogits } = Network.loss(out.logits, tf.gather(t.data.oneHotTrain, idx) as tf.Tensor2D, true);
  const { weightGrads } = t.network.backward(out, dlogits as tf.Tensor3D);
  return weightNorms(weightGrads);
}

export async function evaluateStack(t: StackedTrainer, opts: EvaluateOptions = {}): Promise<Snapshot> {
  const cfg = t.config;
  const k = cfg.k;
  const withGrid = opts.decision !== false && t.data.grid !== null;
  const layout: { name: string; width: number }[] = [];
  const packed = tf.tidy(() => {
    const window = lossWindow(t);
    const x = withGrid && t.data.evalXGrid ? t.data.evalXGrid : t.data.evalX;
    const out = t.network.forward(t.theta, t.running, x, 'eval');
    const nTrain = t.data.yTrain.shape[0];
    const nTest = t.data.yTest.shape[0];
    const splits = tf.slice(out.logits, [0, 0, 0], [k, nTrain + nTest, -1]);
    const hits = tf.cast(tf.equal(tf.argMax(splits, 2), t.data.yEval), 'float32') as tf.Tensor2D;
    const pass: Pass = { t, k, nTrain, nTest, gridN: withGrid && t.data.grid ? t.data.grid.shape[0] : 0, out, hits, windowLoss: window.loss, windowCount: window.count };
    const parts: tf.Tensor[] = [];
    for (const [name, c] of [...Object.entries(BOOKKEEPING), ...Object.entries(METRIC_COLUMNS)] as [string, Column<unknown>][]) {
      if (!c.present(pass)) continue;
      const part = c.compute(pass);
      layout.push({ name, width: part.shape[1] as number });
      parts.push(part);
    }
    return tf.concat(parts, 1);
  });
  tf.tidy(() => {
    t.lossSum.assign(tf.zerosLike(t.lossSum));
    t.lossCount.assign(tf.zerosLike(t.lossCount));
  });
  let values: Float32Array;
  try {
    values = (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
  const width = values.length / k;
  const prev = t.lastSnapshot;
  const models = cfg.ids.map((id, m) => {
    const row = values.subarray(m * width, (m + 1) * width);
    const read: Record<string, unknown> = {};
    let at = 0;
    for (const { name, width: w } of layout) {
      const cols = row.subarray(at, (at += w));
      read[name] = ((BOOKKEEPING as Record<string, Column<unknown>>)[name] ?? (METRIC_COLUMNS as Record<string, Column<unknown>>)[name]).read(cols, cfg);
    }
    const { count, active, divergedAt, ...metrics } = read as { count: number; active: number; divergedAt: number } & Record<string, unknown>;
    const diverged = active < 0.5;
    const fresh = { id, ...metrics, diverged, ...(diverged ? { divergedAt } : {}) } as ModelMetrics;
    return carryFrozen(prev?.models[m], fresh, count > 0);
  });
  return { step: t.step, models };
}

/**
 * Only the decision map of every model (one small read-back), for a snapshot taken without it. A
 * frozen model gets its last map from before divergence. Null when the trainer has no grid.
 */
export async function decisionStack(t: StackedTrainer): Promise<number[][] | null> {
  const grid = t.data.grid;
  if (!grid) return null;
  const k = t.config.k;
  const n = grid.shape[0];
  const out = tf.tidy(() => decisionOf(t.network.forward(t.theta, t.running, grid, 'eval').logits, k, 0, n, t.config.classes));
  let values: Float32Array;
  try {
    values = (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
  const active = await t.active.data();
  return t.config.ids.map((_, m) => {
    const kept = t.lastSnapshot?.models[m]?.decision;
    if (!active[m] && kept) return kept;
    return Array.from(values.subarray(m * n, (m + 1) * n));
  });
}
