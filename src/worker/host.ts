/**
 * The trainer worker's brain, free of worker globals so Node tests can drive it: it receives ToWorker
 * messages, runs the engine in chunks (yielding between them so pause/stop arrive promptly), reads
 * metrics back every spec.evalEvery steps, throttles progress to about one message per frame, and
 * survives a lost WebGL context by moving the run to another backend from its last checkpoint.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Snapshot } from '../engine/metrics';
import { StackedTrainer, type TrainerData, type TrainerState } from '../engine/trainer';
import { parseDigits, type Dataset } from '../lib/datasets';
import type { ActiveBackend } from './backend';
import type { HostPlatform } from './platform';
import { PROTOCOL_VERSION, type BackendChoice, type BackendName, type FromWorker, type StartOptions, type ToWorker } from './protocol';
import { loadRunData } from './run-data';
import { RunState } from './run-state';
import { workerStrings as s } from './strings';

export type { HostPlatform } from './platform';

type Post = (msg: FromWorker) => void;
/** Distributive Omit, so each variant of the union keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'v'> : never;

const CHECKPOINT_MS = 1000;

export class TrainerHost {
  /** The run whose trainer exists (the only one holding tensors). */
  private run: RunState | null = null;
  /** The run the controls refer to: the last one started, perhaps still waiting in the queue. */
  private latest: RunState | null = null;
  /** Incremented to cancel whatever run is in flight. */
  private token = 0;
  private queue: Promise<void> = Promise.resolve();
  private backend: ActiveBackend | null = null;
  private backendKey = '';
  private webglLost = false;
  private digits: Dataset | null = null;

  constructor(
    private readonly postRaw: Post,
    private readonly platform: HostPlatform,
  ) {}

  private post(msg: Body<FromWorker>): void {
    this.postRaw({ v: PROTOCOL_VERSION, ...msg } as FromWorker);
  }

  /** Entry point for every incoming message. Resolves when the work it queued is done. */
  handle(msg: ToWorker): Promise<void> {
    if (!msg || typeof msg !== 'object' || msg.v !== PROTOCOL_VERSION) {
      this.post({ type: 'error', message: s.badVersion(msg?.v, PROTOCOL_VERSION) });
      return this.queue;
    }
    const run = this.latest;
    switch (msg.type) {
      case 'start': {
        const token = ++this.token;
        const next = (this.latest = new RunState(msg.runId, msg.spec, msg.options ?? {}, this.platform.now()));
        return this.enqueue(() => this.start(next, msg.backend, token), msg.runId);
      }
      case 'pause':
        if (run && (run.status === 'running' || run.status === 'starting')) run.wantPause = true;
        return this.queue;
      case 'resume':
        if (run && run.status === 'paused') {
          run.status = 'running';
          run.wantPause = false;
          run.resumed(this.platform.now());
          return this.enqueue(() => this.loop(run, this.token), run.runId);
        }
        if (run && run.wantPause) run.wantPause = false;
        return this.queue;
      case 'step':
        return this.enqueue(() => this.stepWhilePaused(run, msg.count), run?.runId);
      case 'stop':
        if (run) run.wantStop = true;
        return this.enqueue(async () => {
          if (run && run === this.run && run.status !== 'done' && run.status !== 'error') await this.finish(run);
        }, run?.runId);
      case 'reset':
        ++this.token;
        this.latest = null;
        return this.enqueue(async () => {
          this.dropRun();
          this.post({ type: 'reset', tensors: tf.memory().numTensors });
        });
      case 'dispose':
        ++this.token;
        this.latest = null;
        return this.enqueue(async () => {
          this.dropRun();
          this.platform.close();
        });
      case 'setBackend':
        if (run && run.status === 'running') run.interrupt = true;
        return this.enqueue(async () => {
          await this.switchBackend(msg.backend);
          const r = this.run;
          if (r && r.interrupt) {
            r.interrupt = false;
            if (r.status === 'running') await this.loop(r, this.token);
          }
        }, run?.runId);
      case 'debug':
        if (msg.action === 'lose-context') this.platform.loseContext();
        return this.queue;
      default:
        this.post({ type: 'error', message: s.unknownMessage((msg as { type?: unknown }).type) });
        return this.queue;
    }
  }

  private enqueue(op: () => Promise<void>, runId?: number): Promise<void> {
    this.queue = this.queue.then(op).catch((e: unknown) => {
      const detail = e instanceof Error ? e.message : String(e);
      if (this.run) this.run.status = 'error';
      this.post({ type: 'error', runId, message: detail });
    });
    return this.queue;
  }

  private dropRun(): void {
    this.run?.trainer?.dispose();
    this.run = null;
  }

  /** The digits file, fetched and parsed once per worker. */
  private async loadDigits(url?: string): Promise<Dataset> {
    this.digits ??= parseDigits(await this.platform.loadDigits(url));
    return this.digits;
  }

  private async ensureBackend(choice: BackendChoice, options: StartOptions): Promise<ActiveBackend> {
    const key = `${choice}|${options.forceFloat16 === true}`;
    if (this.backend && this.backendKey === key) return this.backend;
    const exclude: BackendName[] = this.webglLost ? ['webgl'] : [];
    const active = await this.platform.activate(choice, { forceFloat16: options.forceFloat16 === true, exclude });
    if (this.webglLost && choice === 'webgl') active.fallbackReason = s.webglLostBefore;
    this.backend = active;
    this.backendKey = key;
    if (active.name === 'webgl') this.platform.watchContextLoss(() => this.run?.markContextLost());
    return active;
  }

  private async start(run: RunState, choice: BackendChoice, token: number): Promise<void> {
    const { runId, spec, options } = run;
    this.dropRun();
    if (token !== this.token) return;
    this.run = run;
    const active = await this.ensureBackend(choice, options);
    if (token !== this.token) return;
    this.post({ type: 'ready', runId, backend: active.name, float32: active.float32, note: active.note });
    if (active.fallbackReason) this.post({ type: 'backend', runId, backend: active.name, reason: active.fallbackReason });
    const { data, extent } = await loadRunData(spec, () => this.loadDigits(options.digitsUrl));
    if (token !== this.token) return;
    run.data = data;
    run.trainer = StackedTrainer.create(spec, data, { float16: !active.float32 });
    if (extent) {
      const { train, test } = data;
      const grid = spec.probes?.decisionGrid ?? 0;
      this.post({ type: 'data', runId, trainX: train.x, trainY: train.y, testX: test.x, testY: test.y, classes: train.classes, extent, grid });
    }
    run.record(await run.trainer.evaluate());
    if (token !== this.token) return;
    if (run.wantStop) return this.finish(run);
    if (run.wantPause) return this.pauseNow(run);
    run.status = 'running';
    return this.loop(run, token);
  }

  /** Train n steps; the very first step of a run is waited for, to time it. */
  private async trainSteps(run: RunState, n: number): Promise<void> {
    const trainer = run.trainer as StackedTrainer;
    if (run.firstStepMs === null && n > 0) {
      trainer.train(1);
      await trainer.sync();
      run.firstStepMs = this.platform.now() - run.startedAt;
      n--;
    }
    trainer.train(n);
  }

  private flush(run: RunState, force: boolean): void {
    const now = this.platform.now();
    if (!run.pending.length || (!force && now - run.lastPost < run.interval)) return;
    run.lastPost = now;
    this.post({ type: 'progress', ...run.progress(this.backend?.name ?? 'cpu', now) });
  }

  private async loop(run: RunState, token: number): Promise<void> {
    const trainer = () => run.trainer as StackedTrainer;
    run.rateFrom(trainer().step, this.platform.now());
    while (token === this.token && run.status === 'running' && !run.wantPause && !run.wantStop && !run.interrupt && trainer().step < run.spec.steps) {
      if (run.contextLost) await this.recover(run, null);
      const every = run.spec.evalEvery;
      const step = trainer().step;
      const n = Math.min(every - (step % every), run.spec.steps - step, run.chunk);
      const started = this.platform.now();
      try {
        await this.trainSteps(run, n);
        const boundary = trainer().step % every === 0 || trainer().step >= run.spec.steps;
        if (boundary) run.record(await trainer().evaluate({ decision: run.decisionDue() }));
        if (boundary && this.backend?.name === 'webgl' && this.platform.now() - run.checkpointAt > CHECKPOINT_MS) {
          const state = await trainer().exportState();
          // A context lost before its event arrived reads back garbage: such a checkpoint is dropped.
          if (!this.platform.isContextLost()) run.checkpoint = state;
          else run.markContextLost();
          run.checkpointAt = this.platform.now();
        }
      } catch (e) {
        if (this.backend?.name !== 'webgl') throw new Error(s.trainingFailed(e instanceof Error ? e.message : String(e)));
        await this.recover(run, e);
        continue;
      }
      run.adaptChunk(n, this.platform.now() - started);
      this.flush(run, false);
      await this.platform.yieldToEvents();
    }
    if (token !== this.token || run.interrupt) return;
    if (run.wantPause && !run.wantStop && trainer().step < run.spec.steps) return this.pauseNow(run);
    if (trainer().step >= run.spec.steps || run.wantStop) return this.finish(run);
  }

  private async pauseNow(run: RunState): Promise<void> {
    run.status = 'paused';
    run.wantPause = false;
    run.pausedAt = this.platform.now();
    this.flush(run, true);
    this.post({ type: 'paused', runId: run.runId, step: run.trainer?.step ?? 0 });
    if (await run.refreshDecision()) this.post({ type: 'progress', ...run.progress(this.backend?.name ?? 'cpu', this.platform.now()) });
  }

  private async stepWhilePaused(run: RunState | null, count: number): Promise<void> {
    if (!run) throw new Error(s.noRun);
    if (run !== this.run || !run.trainer || run.status !== 'paused') return;
    const n = Math.max(0, Math.min(Math.floor(count) || 0, run.spec.steps - run.trainer.step));
    try {
      await this.trainSteps(run, n);
      run.record(await run.trainer.evaluate());
    } catch (e) {
      throw new Error(s.trainingFailed(e instanceof Error ? e.message : String(e)));
    }
    if (run.trainer.step >= run.spec.steps) return this.finish(run);
    this.flush(run, true);
    this.post({ type: 'paused', runId: run.runId, step: run.trainer.step });
  }

  private async finish(run: RunState): Promise<void> {
    const trainer = run.trainer;
    if (!trainer || run.status === 'done') return;
    await run.completeLatest();
    run.status = 'done';
    const now = this.platform.now();
    this.post({
      type: 'done',
      ...run.progress(this.backend?.name ?? 'cpu', now, true),
      tensors: tf.memory().numTensors,
      elapsedMs: run.elapsed(now),
      firstStepMs: run.firstStepMs ?? 0,
    });
  }

  /** Move the run off WebGL after a lost context or a WebGL error, from its last checkpoint. */
  private async recover(run: RunState, error: unknown): Promise<void> {
    const from: TrainerState | null = run.checkpoint;
    const last: Snapshot | null = run.trainer?.lastSnapshot ?? null;
    try {
      run.trainer?.dispose();
    } catch {
      // The lost context may refuse to delete textures; they are gone anyway.
    }
    this.webglLost = true;
    this.backend = null;
    const active = await this.ensureBackend('auto', run.options);
    run.trainer = StackedTrainer.create(run.spec, run.data as TrainerData, { float16: !active.float32 }, from ?? undefined);
    run.trainer.lastSnapshot = from && last && last.step === from.step ? last : null;
    run.rewind(run.trainer.step);
    run.contextLost = false;
    const step = run.trainer.step;
    const detail = error instanceof Error ? error.message : error ? String(error) : '';
    const reason = error ? s.webglFailed(active.name, step, detail) : s.contextLost(active.name, step);
    this.post({ type: 'backend', runId: run.runId, backend: active.name, reason, resumeStep: step });
  }

  /** Reader-initiated backend switch: checkpoint, rebuild on the new backend, carry on. */
  private async switchBackend(choice: BackendChoice): Promise<void> {
    const run = this.run;
    const state = run?.trainer ? await run.trainer.exportState() : null;
    const last = run?.trainer?.lastSnapshot ?? null;
    run?.trainer?.dispose();
    const active = await this.ensureBackend(choice, run?.options ?? {});
    if (run && state) {
      run.trainer = StackedTrainer.create(run.spec, run.data as TrainerData, { float16: !active.float32 }, state);
      run.trainer.lastSnapshot = last;
    }
    this.post({ type: 'ready', runId: run?.runId, backend: active.name, float32: active.float32, note: active.note });
    if (active.fallbackReason) this.post({ type: 'backend', runId: run?.runId, backend: active.name, reason: active.fallbackReason });
  }
}
