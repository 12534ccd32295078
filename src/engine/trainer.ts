/**
 * StackedTrainer: K MLPs trained as one batched computation on the same mini-batches. Pure engine
 * code (no DOM, no worker): the worker drives it, and so do the Node tests and the benchmark.
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
import { Batcher, type Dataset } from '../lib/datasets';
import type { ExperimentSpec } from '../lib/experiments/types';
import { resolveConfig, type EngineConfig, type EngineOptions } from './config';
import { crossEntropy, disposeMasks, forward, makeMasks, type BNMasks, type ForwardContext } from './forward';
import { decisionStack, evaluateStack, type EvaluateOptions, type Snapshot } from './metrics';
import { SLOT_NAMES, StackedOptimizer } from './optimizer';
import { rowMask, select } from './select';
import { initialParams, makeLayout, pack, unpack, type Layout, type ParamArrays } from './params';

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
  /** [K, P] all trainable parameters. */
  readonly theta: tf.Variable;
  /** [K, R] BN running statistics (null without BN). */
  readonly running: tf.Variable | null;
  readonly data: DataTensors;
  readonly masks: BNMasks;
  readonly optimizer: StackedOptimizer;
  /** bool [K]: false once a model diverged. */
  readonly active: tf.Variable;
  readonly divergedAt: tf.Variable;
  /** Sum and count of finite mini-batch losses since the last evaluation, per model. */
  readonly lossSum: tf.Variable;
  readonly lossCount: tf.Variable;
  /** [K, L+1] weight-gradient norms of the last step of the last `train()` call, when the probe is on. */
  readonly gradNorms: tf.Variable | null;
  /** JS-side memory for the metrics of frozen models (see metrics.ts). */
  lastSnapshot: Snapshot | null = null;
  private readonly lr: tf.Tensor2D;
  /** [1, R] weight of the new batch in the running-statistics update (Bessel factor on variances). */
  private readonly statWeight: tf.Tensor2D | null;
  private readonly batcher: Batcher;
  private disposed = false;

  private constructor(spec: ExperimentSpec, readonly source: TrainerData, opts: EngineOptions, state?: TrainerState) {
    const { train, test } = source;
    if (train.dims !== test.dims || train.classes !== test.classes) throw new Error('Los conjuntos de entrenamiento y test no encajan.');
    const cfg = (this.config = resolveConfig(spec, { inputDims: train.dims, classes: train.classes, nTrain: train.n }, opts));
    const layout = (this.layout = makeLayout(cfg));
    const k = cfg.k;
    const params = state?.params ?? initialParams(cfg, layout);
    // Validate and pack everything before the first tensor exists (a bad state leaks nothing).
    const thetaFlat = pack(params, layout.trainable, layout.p, k);
    const runFlat = layout.r ? pack(params, layout.running, layout.r, k) : null;
    const slotFlat = SLOT_NAMES[cfg.optimizer].map((name) => {
      const v = state?.slots[name];
      if (v && v.length !== k * layout.p) throw new Error(`El estado guardado no encaja con el modelo (${name}).`);
      return v;
    });
    if (state && (state.active.length !== k || state.divergedAt.length !== k || !(state.step >= 0))) {
      throw new Error('El estado guardado no encaja con el número de modelos.');
    }
    const variable = (make: () => tf.Tensor, trainable = false) => tf.tidy(() => tf.variable(make(), trainable));
    this.theta = variable(() => tf.tensor2d(thetaFlat, [k, layout.p]), true);
    this.running = runFlat ? variable(() => tf.tensor2d(runFlat, [k, layout.r])) : null;
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
    this.masks = makeMasks(cfg.bn);
    this.lr = tf.tensor2d(cfg.learningRates, [k, 1]);
    this.optimizer = new StackedOptimizer(cfg.optimizer, this.lr, cfg.adamEpsilon, [k, layout.p], slotFlat as Float32Array[]);
    this.active = variable(() => tf.tensor1d(state ? Array.from(state.active) : new Array(k).fill(1), 'bool'));
    this.divergedAt = variable(() => tf.tensor1d(state?.divergedAt ?? new Float32Array(k).fill(-1)));
    this.lossSum = variable(() => tf.zeros([k]));
    this.lossCount = variable(() => tf.zeros([k]));
    this.gradNorms = cfg.gradNorms ? variable(() => tf.zeros([k, cfg.hidden.length + 1])) : null;
    const b = cfg.batchSize;
    const m = cfg.bnMomentum;
    this.statWeight = layout.r
      ? tf.tensor2d(layout.running.flatMap((p) => new Array(p.size).fill(p.name.startsWith('var') ? (m * b) / (b - 1) : m)), [1, layout.r])
      : null;
    this.batcher = new Batcher(train.n, cfg.batchSize, cfg.seed);
    for (let s = 0; s < (state?.step ?? 0); s++) this.batcher.next();
    this.step = state?.step ?? 0;
  }

  /** Build a trainer (a fresh start, or from a checkpoint via `state`). Throws a Spanish Error on a bad spec. */
  static create(spec: ExperimentSpec, data: TrainerData, opts: EngineOptions = {}, state?: TrainerState): StackedTrainer {
    return new StackedTrainer(spec, data, opts, state);
  }

  get forwardContext(): ForwardContext {
    const c = this.config;
    return {
      theta: this.theta as tf.Tensor2D,
      running: this.running as tf.Tensor2D | null,
      layout: this.layout,
      k: c.k,
      hiddenLayers: c.hidden.length,
      activation: c.activation,
      bnEpsilon: c.bnEpsilon,
      masks: this.masks,
    };
  }

  /** Run `n` training steps. Nothing is read back from the device. */
  train(n: number): void {
    this.assertAlive();
    for (let i = 0; i < n; i++) this.trainStep(i === n - 1);
  }

  private trainStep(lastOfCall: boolean): void {
    const cfg = this.config;
    const rows = Int32Array.from(this.batcher.next());
    const t = this.step + 1;
    const ctx = this.forwardContext;
    const kept: tf.Tensor[] = [];
    tf.tidy(() => {
      const idx = tf.tensor1d(rows, 'int32');
      const xb = tf.gather(this.data.xTrain, idx) as tf.Tensor2D;
      const yb = tf.gather(this.data.oneHotTrain, idx) as tf.Tensor2D;
      try {
        const { grads } = tf.variableGrads(() => {
          const out = forward(ctx, xb, 'train');
          const lossK = crossEntropy(out.logits, yb);
          kept.push(tf.keep(lossK));
          if (out.batchStats) kept.push(tf.keep(out.batchStats));
          return tf.sum(lossK) as tf.Scalar;
        }, [this.theta]);
        const [loss, batchStats] = kept as [tf.Tensor1D, tf.Tensor2D | undefined];
        const g = grads[this.theta.name];
        // `loss < bound` is false for NaN and +Inf too (cross-entropy is never negative).
        const finite = tf.less(loss, cfg.divergenceLoss);
        const stillActive = tf.logicalAnd(this.active, finite);
        this.optimizer.apply(this.theta, g, rowMask(stillActive, this.theta.shape), t);
        if (this.running && this.statWeight && batchStats) {
          const r = this.running;
          const updated = tf.add(tf.mul(r, 1 - cfg.bnMomentum), tf.mul(batchStats, this.statWeight));
          r.assign(select(rowMask(stillActive, r.shape), updated, r));
        }
        this.divergedAt.assign(tf.where(tf.logicalAnd(this.active, tf.logicalNot(finite)), tf.fill([cfg.k], t), this.divergedAt));
        this.lossSum.assign(tf.add(this.lossSum, tf.where(stillActive, loss, tf.zerosLike(loss))));
        this.lossCount.assign(tf.add(this.lossCount, tf.cast(stillActive, 'float32')));
        this.active.assign(stillActive);
        if (this.gradNorms && lastOfCall) this.gradNorms.assign(this.weightGradNorms(g));
      } finally {
        for (const c of kept) c.dispose();
      }
    });
    this.step = t;
  }

  /** ‖∂L/∂W_l‖₂ per model and layer, [K, L+1], from the packed gradient. */
  private weightGradNorms(g: tf.Tensor): tf.Tensor2D {
    const parts = tf.split(g, this.layout.trainable.map((p) => p.size), 1);
    const norms = this.layout.trainable.flatMap((p, i) => (p.name.startsWith('w') ? [tf.sqrt(tf.sum(tf.square(parts[i]), 1))] : []));
    return tf.stack(norms, 1) as tf.Tensor2D;
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
    if (this.disposed) throw new Error('El entrenador ya se liberó.');
  }

  /** Free every tensor this trainer owns. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const owned = [this.theta, this.running, this.lr, this.statWeight, this.active, this.divergedAt, this.lossSum, this.lossCount, this.gradNorms];
    for (const t of [...owned, ...Object.values(this.data)]) t?.dispose();
    disposeMasks(this.masks);
    this.optimizer.dispose();
  }
}
