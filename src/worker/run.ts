/**
 * One run in the worker: its trainer and data, its phase (status and pending request, changed only
 * through the pure tables of run-machine.ts), the read-backs not yet posted, speed and timing, and the
 * adaptive chunk size (how many steps to run between two yields to the event loop).
 */
import type { Snapshot } from '../engine/metrics';
import type { StackedTrainer, TrainerData, TrainerState } from '../engine/trainer';
import type { ExperimentSpec } from '../lib/experiments/types';
import { curvePoint } from '../lib/metrics';
import type { BackendName, CurvePoint, ModelSnapshot, Progress, StartOptions } from './protocol';
import { nextMove, onRequest, type Effect, type Move, type Request, type RunPhase, type RunStatus } from './run-machine';

/** Aim for this much work between two yields: short enough for a prompt pause, long enough to be cheap. */
const TARGET_CHUNK_MS = 12;
const MAX_CHUNK = 256;
/**
 * The decision map (a forward pass over every grid point: several times the train and test rows of a
 * 2-D run) is recomputed at every this-many-th read-back, at the end, and before a pause or a stop.
 */
export const DECISION_EVERY = 4;

export class Run {
  private phase: RunPhase = { status: 'starting', pending: null };
  /** The WebGL context was lost: the loop moves the run to another backend before its next chunk. */
  contextLost = false;
  /** `done` was sent (a run ends once). */
  finished = false;
  trainer: StackedTrainer | null = null;
  data: TrainerData | null = null;
  latest: Snapshot | null = null;
  /** Read-backs not yet posted. */
  unsent: CurvePoint[] = [];
  private decisionDirty = false;
  lastPost = -Infinity;
  readonly interval: number;
  firstStepMs: number | null = null;
  checkpoint: TrainerState | null = null;
  checkpointAt = -Infinity;
  chunk = 1;
  pausedAt: number | null = null;
  private pausedTotal = 0;
  private rate = { step: 0, t: 0 };

  constructor(
    readonly runId: number,
    readonly spec: ExperimentSpec,
    readonly options: StartOptions,
    readonly startedAt: number,
    /** Pause once this many steps are done (0: before the first), or never (null); once only. */
    public pauseAt: number | null = null,
  ) {
    this.interval = options.progressIntervalMs ?? 16;
  }

  get status(): RunStatus {
    return this.phase.status;
  }

  /** A reader's request: the new phase, and what the host must do now. */
  request(req: Request): Effect {
    const { phase, effect } = onRequest(this.phase, req);
    this.phase = phase;
    return effect;
  }

  /** The trainer is built and the first read-back taken: the loop may run. */
  ready(): void {
    if (this.phase.status === 'starting') this.phase = { ...this.phase, status: 'running' };
  }

  /** The loop's next move at the trainer's current step (and the phase after it). */
  move(): Move {
    const step = this.trainer?.step ?? 0;
    const { move, phase } = nextMove(this.phase, this.spec.steps - step, this.pauseAt !== null && step >= this.pauseAt);
    this.phase = phase;
    if (move === 'pause' || move === 'finish') this.pauseAt = null;
    return move;
  }

  /** The run has reached its last step while paused. */
  markDone(): void {
    this.phase = { status: 'done', pending: null };
  }

  markError(): void {
    this.phase = { status: 'error', pending: null };
  }

  markContextLost(): void {
    this.contextLost = true;
  }

  /** Keep a read-back for the next progress message. */
  record(snap: Snapshot): void {
    this.latest = snap;
    if (snap.models.some((m) => m.decision)) this.decisionDirty = true;
    const point = curvePoint(snap.step, snap.models);
    const last = this.unsent[this.unsent.length - 1];
    if (last && last.step === point.step) this.unsent[this.unsent.length - 1] = point;
    else this.unsent.push(point);
  }

  /** Whether the read-back at the trainer's current step (a multiple of evalEvery, or the end) includes the decision map. */
  decisionDue(): boolean {
    const step = this.trainer?.step ?? 0;
    const every = this.spec.evalEvery;
    const stopping = this.phase.pending === 'pause' || this.phase.pending === 'stop' || step === this.pauseAt;
    return step >= this.spec.steps || stopping || Math.round(step / every) % DECISION_EVERY === 0;
  }

  /**
   * If the latest read-back skipped the decision map and the trainer is still at its step, compute the
   * map now and put it in (true when it did). Past that step, the next read-back brings one.
   */
  async refreshDecision(): Promise<boolean> {
    const latest = this.latest;
    if (!this.trainer?.data.grid || !latest || latest.step !== this.trainer.step || latest.models.every((m) => m.decision)) return false;
    const maps = await this.trainer.decision();
    if (!maps) return false;
    this.latest = { ...latest, models: latest.models.map((m, i) => ({ ...m, decision: maps[i] })) };
    this.decisionDirty = true;
    return true;
  }

  /** Make the latest snapshot a full one (metrics and decision map) at the trainer's current step. */
  async completeLatest(): Promise<void> {
    if (!this.trainer) return;
    if (this.latest?.step !== this.trainer.step) this.record(await this.trainer.evaluate());
    else await this.refreshDecision();
  }

  /** Forget read-backs after `step` (the run went back to a checkpoint). */
  rewind(step: number): void {
    this.unsent = this.unsent.filter((p) => p.step <= step);
    this.rateFrom(step, this.rate.t);
  }

  rateFrom(step: number, t: number): void {
    this.rate = { step, t };
  }

  resumed(now: number): void {
    if (this.pausedAt !== null) this.pausedTotal += now - this.pausedAt;
    this.pausedAt = null;
  }

  elapsed(now: number): number {
    return now - this.startedAt - this.pausedTotal - (this.pausedAt !== null ? now - this.pausedAt : 0);
  }

  /** Grow or shrink the chunk towards TARGET_CHUNK_MS of work. */
  adaptChunk(steps: number, ms: number): void {
    if (steps < this.chunk) return; // cut short by an evaluation boundary: says little
    if (ms < TARGET_CHUNK_MS / 2) this.chunk = Math.min(MAX_CHUNK, this.chunk * 2);
    else if (ms > TARGET_CHUNK_MS * 2) this.chunk = Math.max(1, Math.floor(this.chunk / 2));
  }

  /** The progress body for the pending read-backs (and clears them); `full` keeps every decision map. */
  progress(backend: BackendName, now: number, full = false): Progress {
    const step = this.latest?.step ?? 0;
    const dt = (now - this.rate.t) / 1000;
    const stepsPerSec = dt > 0 ? (step - this.rate.step) / dt : 0;
    const models: ModelSnapshot[] = (this.latest?.models ?? []).map((m) => {
      if (full || this.decisionDirty || !m.decision) return m;
      const { decision: _omit, ...rest } = m;
      return rest;
    });
    this.decisionDirty = false;
    const history = this.unsent;
    this.unsent = [];
    return { runId: this.runId, step, backend, stepsPerSec: Math.max(0, stepsPerSec), models, history };
  }
}
