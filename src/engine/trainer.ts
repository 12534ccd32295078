/**
 * StackedTrainer: K MLPs (or K recurrent networks, recurrent.ts) trained as one batched computation
 * on the same mini-batches. Pure engine code (no DOM, no worker): the worker drives it, and so do the Node tests and the benchmark.
 *
 *   const t = StackedTrainer.create(spec, { train, test });
 *   t.train(50);                      // 50 steps, nothing read back
 *   const snap = await t.evaluate();  // one read-back: loss, accuracies, probes
 *   t.dispose();
 *
 * Divergence: after each step a model whose loss is NaN/±Inf or ≥ spec.divergenceLoss is frozen on the device (no update is
 * applied from that step on: parameters, optimizer state and running statistics stay as they were)
 * and the step is recorded; the other models go on. Nothing is read back for this: `evaluate()`
 * reports it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mateBatches, matesProblem, type MateBatches } from '../lib/batch-mates';
import { trainingBatches, type Dataset } from '../lib/datasets';
import type { ExperimentSpec } from '../lib/experiments/types';
import { resolveConfig, type EngineConfig, type EngineOptions } from './config';
import { decisionStack, evaluateStack, type EvaluateOptions, type Snapshot } from './metrics';
import { inputAffine } from './inputs';
import { Network, type StackNetwork } from './network';
import { weightNorms } from './stack-network';
import { RecurrentNetwork } from './recurrent';
import { ResidualNetwork } from './residual';
import { runningWeights } from './running-weights';
import { SLOT_NAMES, StackedOptimizer } from './optimizer';
import { rowMask, select } from './select';
import { initialParams, makeLayout, pack, unpack, type Layout, type ParamArrays } from './params';
import { fail } from './problems';

export interface TrainerData {
  train: Dataset;
  test: Dataset;
  /** Points (row-major [n, 2]) where the decision map is evaluated, for 2-D data. */
  grid?: Float32Array;
}

/** Everything needed to rebuild a trainer (e.g. on another backend) and carry on from the same step. */
export interface TrainerState {
  step: number;
  /** Parameters and running statistics by name (see params.ts), [K, …] model-major. */
  params: ParamArrays;
  /** Optimizer slots by name ('m', 'v'), [K, P] in the packed layout; a missing one starts at 0. */
  slots: Record<string, Float32Array>;
  /** 1 = still training, 0 = frozen after divergence. */
  active: Uint8Array;
  /** Step whose loss was not finite, or −1. */
  divergedAt: Float32Array;
}

export interface DataTensors {
  xTrain: tf.Tensor2D;
  oneHotTrain: tf.Tensor2D;
  yTrain: tf.Tensor1D;
  xTest: tf.Tensor2D;
  yTest: tf.Tensor1D;
  grid: tf.Tensor2D | null;
  /** Train rows then test rows: the input of the single eval-mode pass of a read-back. */
  evalX: tf.Tensor2D;
  /** Labels of `evalX`. */
  yEval: tf.Tensor1D;
  /** `evalX` followed by the grid points (null without a grid). */
  evalXGrid: tf.Tensor2D | null;
}

export class StackedTrainer {
  readonly config: EngineConfig;
  readonly layout: Layout;
  /** Steps done so far. */
  step = 0;
  /** [K, 1, P] all trainable parameters. */
  readonly theta: tf.Variable;
  /** [K, 1, R] BN running statistics (null without BN). */
  readonly running: tf.Variable | null;
  readonly data: DataTensors;
  readonly network: StackNetwork;
  readonly optimizer: StackedOptimizer;
  /** bool [K]: false once a model diverged. */
  readonly active: tf.Variable;
  readonly divergedAt: tf.Variable;
  /** Sum and count of finite mini-batch losses since the last evaluation, per model. */
  readonly lossSum: tf.Variable;
  readonly lossCount: tf.Variable;
  /** [K, L+1] weight-gradient norms of the last step of the last `train()` call, when the probe is on. */
  readonly gradNorms: tf.Variable | null;
  /** The batch-mates probe's images and orders (null without the probe). */
  readonly mates: MateBatches | null;
  /** JS-side memory for the metrics of frozen models (see metrics.ts). */
  lastSnapshot: Snapshot | null = null;
  /** Rows of the latest training mini-batch (null before the first step). */
  private lastRows: Int32Array | null = null;
  private readonly lr: tf.Tensor;
  /**
   * [K, 1, R] weights of the running-statistics update r ← r·keep + batch·fresh: per model, fresh =
   * w (means) or w·b/(b − 1) (variances: PyTorch stores the unbiased one; b = examples per set) and
   * keep = 1 − w for a model with BN there; fresh = 0 and keep = 1 (no change) for the others.
   */
  private readonly statKeep: tf.Tensor | null;
  private readonly statFresh: tf.Tensor | null;
  private readonly batcher: { next(): Uint32Array };
  private disposed = false;

  private constructor(spec: ExperimentSpec, readonly source: TrainerData, opts: EngineOptions, state?: TrainerState) {
    const { train, test } = source;
    if (train.dims !== test.dims || train.classes !== test.classes) fail({ code: 'data-mismatch' });
    const cfg = (this.config = resolveConfig(spec, { inputDims: train.dims, classes: train.classes, nTrain: train.n, nTest: test.n }, opts));
    if (cfg.mates) {
      const problem = matesProblem(test.y, test.classes, cfg.mates);
      if (problem) fail({ code: 'mates-shape', problem });
    }
    this.mates = cfg.mates ? mateBatches(test.y, test.classes, cfg.mates, cfg.seed) : null;
    const layout = (this.layout = makeLayout(cfg));
    const k = cfg.k;
    const params = state?.params ?? initialParams(cfg, layout);
    // Validate and pack everything before the first tensor exists (a bad state leaks nothing).
    const thetaFlat = pack(params, layout.trainable, layout.p, k);
    const runFlat = layout.r ? pack(params, layout.running, layout.r, k) : null;
    const slotFlat = SLOT_NAMES[cfg.optimizer].map((name) => {
      const v = state?.slots[name];
      if (v && v.length !== k * layout.p) fail({ code: 'state-mismatch', piece: name });
      return v;
    });
    if (state && (state.active.length !== k || state.divergedAt.length !== k || !(state.step >= 0))) {
      fail({ code: 'state-mismatch', piece: 'models' });
    }
    const variable = (make: () => tf.Tensor, trainable = false) => tf.tidy(() => tf.variable(make(), trainable));
    this.theta = variable(() => tf.tensor3d(thetaFlat, [k, 1, layout.p]), true);
    this.running = runFlat ? variable(() => tf.tensor3d(runFlat, [k, 1, layout.r])) : null;
    const evalRows = new Float32Array(train.x.length + test.x.length);
    evalRows.set(train.x);
    evalRows.set(test.x, train.x.length);
    const evalLabels = new Int32Array(train.n + test.n);
    evalLabels.set(train.y);
    evalLabels.set(test.y, train.n);
    const withGrid = source.grid ? new Float32Array(evalRows.length + source.grid.length) : null;
    if (withGrid && source.grid) {
      withGrid.set(evalRows);
      withGrid.set(source.grid, evalRows.length);
    }
    this.data = {
      evalX: tf.tensor2d(evalRows, [train.n + test.n, train.dims]),
      yEval: tf.tensor1d(evalLabels, 'int32'),
      evalXGrid: withGrid ? tf.tensor2d(withGrid, [withGrid.length / 2, 2]) : null,
      xTrain: tf.tensor2d(train.x, [train.n, train.dims]),
      oneHotTrain: tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(train.y, 'int32'), train.classes), 'float32') as tf.Tensor2D),
      yTrain: tf.tensor1d(train.y, 'int32'),
      xTest: tf.tensor2d(test.x, [test.n, test.dims]),
      yTest: tf.tensor1d(test.y, 'int32'),
      grid: source.grid ? tf.tensor2d(source.grid, [source.grid.length / 2, 2]) : null,
    };
    this.network = cfg.recurrent
      ? new RecurrentNetwork({ ...cfg, recurrent: cfg.recurrent }, layout)
      : cfg.residual
        ? new ResidualNetwork({ ...cfg, residual: cfg.residual }, layout)
        : new Network(cfg, layout, inputAffine(cfg, train));
    this.network.prepare(cfg.batchSize);
    this.lr = tf.tensor3d(cfg.learningRates, [k, 1, 1]);
    this.optimizer = new StackedOptimizer(cfg.optimizer, this.lr, cfg.adamEpsilon, [k, 1, layout.p], slotFlat as Float32Array[]);
    this.active = variable(() => tf.tensor1d(state ? Array.from(state.active) : new Array(k).fill(1), 'bool'));
    this.divergedAt = variable(() => tf.tensor1d(state?.divergedAt ?? new Float32Array(k).fill(-1)));
    this.lossSum = variable(() => tf.zeros([k]));
    this.lossCount = variable(() => tf.zeros([k]));
    this.gradNorms = cfg.gradNorms ? variable(() => tf.zeros([k, this.network.weightCount])) : null;
    const weights = layout.r ? runningWeights(cfg, layout, this.network) : null;
    this.statKeep = weights ? tf.tensor3d(weights.keep, [k, 1, layout.r]) : null;
    this.statFresh = weights ? tf.tensor3d(weights.fresh, [k, 1, layout.r]) : null;
    this.batcher = trainingBatches(train, cfg.batchSize, cfg.seed, cfg.batchClasses);
    for (let s = 0; s < (state?.step ?? 0); s++) this.batcher.next();
    this.step = state?.step ?? 0;
  }

  /** Build a trainer (a fresh start, or from a checkpoint via `state`). Throws a SpecError (problems.ts) on a bad spec. */
  static create(spec: ExperimentSpec, data: TrainerData, opts: EngineOptions = {}, state?: TrainerState): StackedTrainer {
    return new StackedTrainer(spec, data, opts, state);
  }

  /** Rows of the latest training mini-batch; before the first step, those of the first one. */
  latestBatch(): Int32Array {
    return this.lastRows ?? Int32Array.from(trainingBatches(this.source.train, this.config.batchSize, this.config.seed, this.config.batchClasses).next());
  }

  /** [K, 1, 1] factors min(1, t/w_k) of the learning rates at step t, when some model warms up. */
  private warmup(t: number): tf.Tensor | undefined {
    const w = this.config.warmupSteps;
    if (!w.some((s) => s > 0 && t < s)) return undefined;
    return tf.tensor3d(w.map((s) => (s > 0 ? Math.min(1, t / s) : 1)), [w.length, 1, 1]);
  }

  /** Run `n` training steps. Nothing is read back from the device. */
  train(n: number): void {
    this.assertAlive();
    for (let i = 0; i < n; i++) this.trainStep(i === n - 1);
  }

  private trainStep(lastOfCall: boolean): void {
    const cfg = this.config;
    const rows = Int32Array.from(this.batcher.next());
    this.lastRows = rows;
    const t = this.step + 1;
    tf.tidy(() => {
      const idx = tf.tensor1d(rows, 'int32');
      const xb = tf.gather(this.data.xTrain, idx) as tf.Tensor2D;
      const yb = tf.gather(this.data.oneHotTrain, idx) as tf.Tensor2D;
      const trace = this.network.forward(this.theta, this.running, xb, 'train');
      const { loss, dlogits } = Network.loss(trace.logits, yb, true);
      const { grad, weightGrads } = this.network.backward(trace, dlogits as tf.Tensor3D);
      // `loss < bound` is false for NaN and +Inf too (cross-entropy is never negative).
      const finite = tf.less(loss, cfg.divergenceLoss);
      const stillActive = tf.logicalAnd(this.active, finite) as tf.Tensor1D;
      this.optimizer.apply(this.theta, grad, rowMask(stillActive, this.theta.shape), t, this.warmup(t));
      const moments = this.network.batchMoments(trace);
      if (this.running && moments && this.statKeep && this.statFresh) {
        const r = this.running;
        const updated = tf.add(tf.mul(r, this.statKeep), tf.mul(moments, this.statFresh));
        r.assign(select(rowMask(stillActive, r.shape), updated, r));
      }
      this.divergedAt.assign(select(tf.logicalAnd(this.active, tf.logicalNot(finite)), tf.fill([cfg.k], t), this.divergedAt));
      this.lossSum.assign(tf.add(this.lossSum, select(stillActive, loss, tf.zerosLike(loss))));
      this.lossCount.assign(tf.add(this.lossCount, tf.cast(stillActive, 'float32')));
      this.active.assign(stillActive);
      if (this.gradNorms && lastOfCall) this.gradNorms.assign(weightNorms(weightGrads));
    });
    this.step = t;
  }

  /**
   * Read the metrics back (one device read). Resets the loss window. `{ decision: false }` skips the
   * decision map (the costliest part of a read-back on 2-D data); the other metrics are unchanged.
   */
  async evaluate(opts: EvaluateOptions = {}): Promise<Snapshot> {
    this.assertAlive();
    const snap = await evaluateStack(this, opts);
    // Remember each model's latest decision map, for a model that freezes before the next one.
    const prev = this.lastSnapshot;
    this.lastSnapshot = {
      step: snap.step,
      models: snap.models.map((m, i) => (m.decision || !prev?.models[i]?.decision ? m : { ...m, decision: prev.models[i].decision })),
    };
    return snap;
  }

  /** The decision map of every model now (null without a grid); does not touch the loss window. */
  async decision(): Promise<number[][] | null> {
    this.assertAlive();
    return decisionStack(this);
  }

  /** Wait until the device has finished the work queued so far (one tiny read-back). */
  async sync(): Promise<void> {
    this.assertAlive();
    await this.active.data();
  }

  /** Copy every variable back to JS (for a checkpoint or a backend switch). */
  async exportState(): Promise<TrainerState> {
    this.assertAlive();
    const { layout, config: cfg } = this;
    const [theta, running, active, divergedAt, ...slots] = await Promise.all([
      this.theta.data(),
      this.running ? this.running.data() : Promise.resolve(new Float32Array(0)),
      this.active.data(),
      this.divergedAt.data(),
      ...this.optimizer.slots.map((s) => s.data()),
    ]);
    const params = unpack(theta as Float32Array, layout.trainable, layout.p, cfg.k);
    if (this.running) unpack(running as Float32Array, layout.running, layout.r, cfg.k, params);
    const slotMap: Record<string, Float32Array> = {};
    SLOT_NAMES[cfg.optimizer].forEach((name, i) => (slotMap[name] = Float32Array.from(slots[i] as Float32Array)));
    return {
      step: this.step,
      params,
      slots: slotMap,
      active: Uint8Array.from(active as Uint8Array),
      divergedAt: Float32Array.from(divergedAt as Float32Array),
    };
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  private assertAlive(): void {
    if (this.disposed) throw new Error('trainer already disposed');
  }

  /** Free every tensor this trainer owns. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const owned = [this.theta, this.running, this.lr, this.statKeep, this.statFresh, this.active, this.divergedAt, this.lossSum, this.lossCount, this.gradNorms];
    for (const t of [...owned, ...Object.values(this.data)]) t?.dispose();
    this.network.dispose();
    this.optimizer.dispose();
  }
}
