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
import { chooseAuto } from './auto-backend';
import { BackendSession } from './backend-session';
import type { HostPlatform } from './platform';
import { PROTOCOL_VERSION, type BackendChoice, type FromWorker, type ToWorker } from './protocol';
import { loadRunData } from './run-data';
import { Run } from './run';
import { readable, workerStrings as s } from './strings';

export type { HostPlatform } from './platform';

type Post = (msg: FromWorker) => void;
/** Distributive Omit, so each variant of the union keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'v'> : never;

const CHECKPOINT_MS = 1000;

export class TrainerHost {
  /** The run whose trainer exists (the only one holding tensors). */
  private run: Run | null = null;
  /** The run the controls refer to: the last one started, perhaps still waiting in the queue. */
  private latest: Run | null = null;
  /** Incremented to cancel whatever run is in flight. */
  private token = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly backend: BackendSession;
  private digits: Dataset | null = null;

  constructor(
    private readonly postRaw: Post,
    private readonly platform: HostPlatform,
  ) {
    this.backend = new BackendSession(platform, () => this.run?.markContextLost());
  }

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
        const next = (this.latest = new Run(msg.runId, msg.spec, msg.options ?? {}, this.platform.now(), msg.pauseAt ?? null));
        return this.enqueue(() => this.start(next, msg.backend, token), msg.runId);
      }
      case 'pause':
      case 'resume':
      case 'stop':
      case 'step':
      case 'setBackend': {
        if (!run) {
          if (msg.type === 'step') this.post({ type: 'error', message: s.noRun });
          return msg.type === 'setBackend' ? this.enqueue(() => this.switchBackend(msg.backend)) : this.queue;
        }
        const effect = run.request(msg.type === 'setBackend' ? 'switch' : msg.type);
        const token = this.token;
        switch (effect) {
          case 'loop':
            run.resumed(this.platform.now());
            return this.enqueue(() => this.loop(run, token), run.runId);
          case 'finish':
            return this.enqueue(() => (run === this.run ? this.finish(run) : Promise.resolve()), run.runId);
          case 'step':
            return this.enqueue(() => this.stepWhilePaused(run, (msg as { count: number }).count), run.runId);
          case 'switch':
            return this.enqueue(async () => {
              await this.switchBackend((msg as { backend: BackendChoice }).backend);
              // The loop yielded for the switch: carry on where it was.
              if (run === this.run && run.status === 'running' && token === this.token) await this.loop(run, token);
            }, run.runId);
          case 'none':
            return this.queue;
        }
      }
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
      const detail = readable(e);
      this.run?.markError();
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

  private async start(run: Run, choice: BackendChoice, token: number): Promise<void> {
    const { runId, spec, options } = run;
    this.dropRun();
    if (token !== this.token) return;
    this.run = run;
    const { data, extent } = await loadRunData(spec, () => this.loadDigits(options.digitsUrl));
    if (token !== this.token) return;
    const auto = choice === 'auto' && options.measure !== false ? await chooseAuto(this.platform, this.backend, spec, data, options, () => token !== this.token) : null;
    if (token !== this.token) return;
    if (auto?.measured) this.post({ type: 'measured', runId, ...auto.measured });
    const active = await this.backend.ensure(auto?.backend ?? choice, options);
    if (token !== this.token) return;
    this.post({ type: 'ready', runId, backend: active.name, float32: active.float32, note: auto && active.name === auto.backend ? auto.note : active.note });
    if (active.fallbackReason) this.post({ type: 'backend', runId, backend: active.name, reason: active.fallbackReason });
    run.data = data;
    run.trainer = StackedTrainer.create(spec, data, { float16: !active.float32 });
    if (extent) {
      const { train, test } = data;
      const grid = spec.probes?.decisionGrid ?? 0;
      this.post({ type: 'data', runId, trainX: train.x, trainY: train.y, testX: test.x, testY: test.y, classes: train.classes, extent, grid });
    }
    run.record(await run.trainer.evaluate());
    if (token !== this.token) return;
    run.ready();
    return this.loop(run, token);
  }

  /** Train n steps; the very first step of a run is waited for, to time it. */
  private async trainSteps(run: Run, n: number): Promise<void> {
    const trainer = run.trainer as StackedTrainer;
    if (run.firstStepMs === null && n > 0) {
      trainer.train(1);
      await trainer.sync();
      run.firstStepMs = this.platform.now() - run.startedAt;
      n--;
    }
    trainer.train(n);
  }

  private flush(run: Run, force: boolean): void {
    const now = this.platform.now();
    if (!run.unsent.length || (!force && now - run.lastPost < run.interval)) return;
    run.lastPost = now;
    this.post({ type: 'progress', ...run.progress(this.backend.name, now) });
  }

  /** Train in chunks until the run's phase says otherwise (run-machine.ts' nextMove). */
  private async loop(run: Run, token: number): Promise<void> {
    const trainer = () => run.trainer as StackedTrainer;
    run.rateFrom(trainer().step, this.platform.now());
    for (;;) {
      if (token !== this.token) return;
      const move = run.move();
      if (move === 'pause') return this.pauseNow(run);
      if (move === 'finish') return this.finish(run);
      if (move !== 'train') return;
      if (run.contextLost) await this.recover(run, null);
      const every = run.spec.evalEvery;
      const step = trainer().step;
      const untilPause = run.pauseAt !== null && run.pauseAt > step ? run.pauseAt - step : Infinity;
      const n = Math.min(every - (step % every), run.spec.steps - step, run.chunk, untilPause);
      const started = this.platform.now();
      try {
        await this.trainSteps(run, n);
        const boundary = trainer().step % every === 0 || trainer().step >= run.spec.steps;
        if (boundary) run.record(await trainer().evaluate({ decision: run.decisionDue() }));
        if (boundary && this.backend.name === 'webgl' && this.platform.now() - run.checkpointAt > CHECKPOINT_MS) {
          const state = await trainer().exportState();
          // A context lost before its event arrived reads back garbage: such a checkpoint is dropped.
          if (!this.platform.isContextLost()) run.checkpoint = state;
          else run.markContextLost();
          run.checkpointAt = this.platform.now();
        }
      } catch (e) {
        if (this.backend.name !== 'webgl') throw new Error(s.trainingFailed(readable(e)));
        await this.recover(run, e);
        continue;
      }
      run.adaptChunk(n, this.platform.now() - started);
      this.flush(run, false);
      await this.platform.yieldToEvents();
    }
  }

  /** The loop stopped on a pause: tell the island (and bring the decision map up to date). */
  private async pauseNow(run: Run): Promise<void> {
    run.pausedAt = this.platform.now();
    this.flush(run, true);
    this.post({ type: 'paused', runId: run.runId, step: run.trainer?.step ?? 0 });
    if (await run.refreshDecision()) this.post({ type: 'progress', ...run.progress(this.backend.name, this.platform.now()) });
  }

  private async stepWhilePaused(run: Run, count: number): Promise<void> {
    if (run !== this.run || !run.trainer || run.status !== 'paused') return;
    const n = Math.max(0, Math.min(Math.floor(count) || 0, run.spec.steps - run.trainer.step));
    try {
      await this.trainSteps(run, n);
      run.record(await run.trainer.evaluate());
    } catch (e) {
      throw new Error(s.trainingFailed(readable(e)));
    }
    if (run.trainer.step >= run.spec.steps) {
      run.markDone();
      return this.finish(run);
    }
    this.flush(run, true);
    this.post({ type: 'paused', runId: run.runId, step: run.trainer.step });
  }

  /** End the run: a full last snapshot, then `done`. */
  private async finish(run: Run): Promise<void> {
    const trainer = run.trainer;
    if (!trainer || run.finished) return;
    run.finished = true;
    run.markDone();
    await run.completeLatest();
    const now = this.platform.now();
    this.post({
      type: 'done',
      ...run.progress(this.backend.name, now, true),
      tensors: tf.memory().numTensors,
      elapsedMs: run.elapsed(now),
      firstStepMs: run.firstStepMs ?? 0,
    });
  }

  /** Move the run off WebGL after a lost context or a WebGL error, from its last checkpoint. */
  private async recover(run: Run, error: unknown): Promise<void> {
    const from: TrainerState | null = run.checkpoint;
    const last: Snapshot | null = run.trainer?.lastSnapshot ?? null;
    try {
      run.trainer?.dispose();
    } catch {
      // The lost context may refuse to delete textures; they are gone anyway.
    }
    this.backend.dropWebGL();
    const active = await this.backend.ensure('auto', run.options);
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
    const active = await this.backend.ensure(choice, run?.options ?? {});
    if (run && state) {
      run.trainer = StackedTrainer.create(run.spec, run.data as TrainerData, { float16: !active.float32 }, state);
      run.trainer.lastSnapshot = last;
    }
    this.post({ type: 'ready', runId: run?.runId, backend: active.name, float32: active.float32, note: active.note });
    if (active.fallbackReason) this.post({ type: 'backend', runId: run?.runId, backend: active.name, reason: active.fallbackReason });
  }
}
