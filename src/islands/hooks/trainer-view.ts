/**
 * The state a training island renders, and how each worker message changes it. A pure reducer
 * (no Preact, no DOM), so `useTrainer` stays small and the rules are easy to read in one place.
 */
import { CURVE_METRICS, type CurveMetric, type MetricValues } from '../../lib/metrics';
import type { BackendName, CurvePoint, DataView2D, FromWorker, ModelSnapshot } from '../../worker/protocol';
import type { DemoState } from '../strings/common';
import { common } from '../strings/common';

/**
 * Metric history per model id, one entry per read-back (aligned with `steps`): every curve metric of
 * src/lib/metrics.ts, null where the model had diverged or the run did not ask for that probe.
 */
export type RunHistory = { steps: number[] } & { [K in CurveMetric]: Record<string, (MetricValues[K] | null)[]> };

export interface TrainerView {
  state: DemoState;
  /** The run the view belongs to (messages of older runs are ignored). */
  runId: number;
  /** Model ids in spec order (curve points come as arrays in this order). */
  ids: string[];
  /** Steps done in this run, and the run's target. */
  step: number;
  totalSteps: number;
  backend: BackendName | null;
  stepsPerSec: number;
  /** Latest snapshot of each model, by id (`decision` kept from the last message that had one). */
  latest: Record<string, ModelSnapshot>;
  /** A new object whenever it changes, so charts can depend on it. */
  history: RunHistory;
  /** The dataset's points and the decision map's extent (2-D data only). */
  data: DataView2D | null;
  /** tf.memory().numTensors in the worker after the last run ended or was reset. */
  tensors: number | null;
  elapsedMs: number | null;
  firstStepMs: number | null;
  /** Spanish notes from the worker: why a backend was chosen, fallbacks, lost contexts. */
  notes: string[];
  /** Spanish error message when state is 'error'. */
  error: string | null;
}

type Series = Record<string, unknown[]>;
const seriesOf = (h: RunHistory, name: CurveMetric) => h[name] as Series;
/** A history with these steps and, for each curve metric, the series `make` gives. */
const historyOf = (steps: number[], make: (name: CurveMetric) => Series): RunHistory =>
  Object.assign({ steps }, Object.fromEntries(CURVE_METRICS.map((name) => [name, make(name)]))) as unknown as RunHistory;

export const emptyHistory = (): RunHistory => historyOf([], () => ({}));

export function initialView(): TrainerView {
  return {
    state: 'idle',
    runId: 0,
    ids: [],
    step: 0,
    totalSteps: 0,
    backend: null,
    stepsPerSec: 0,
    latest: {},
    history: emptyHistory(),
    data: null,
    tensors: null,
    elapsedMs: null,
    firstStepMs: null,
    notes: [],
    error: null,
  };
}

/** Append curve points; a point for a step already recorded replaces it. */
export function appendHistory(h: RunHistory, ids: string[], points: CurvePoint[]): RunHistory {
  if (points.length === 0) return h;
  const next = historyOf(h.steps.slice(), (name) => Object.fromEntries(ids.map((id) => [id, (seriesOf(h, name)[id] ?? []).slice()])));
  for (const p of points) {
    let at = next.steps.length;
    while (at > 0 && next.steps[at - 1] >= p.step) at--;
    // Drop anything at or after this step (a replay after a backend switch, or the same step again).
    next.steps.length = at;
    next.steps.push(p.step);
    ids.forEach((id, k) => {
      // A diverged model's line stops at its last finite point.
      const gone = p.diverged[k] || !Number.isFinite(p.loss[k]);
      for (const name of CURVE_METRICS) {
        const series = seriesOf(next, name)[id];
        series.length = at;
        series.push(gone ? null : ((p[name] as unknown[] | undefined)?.[k] ?? null));
      }
    });
  }
  return next;
}

/** Forget the history after `step` (the worker resumed from a checkpoint). */
function truncateHistory(h: RunHistory, step: number): RunHistory {
  const keep = h.steps.filter((s) => s <= step).length;
  return historyOf(h.steps.slice(0, keep), (name) => Object.fromEntries(Object.entries(seriesOf(h, name)).map(([id, v]) => [id, v.slice(0, keep)])));
}

function mergeLatest(prev: Record<string, ModelSnapshot>, models: ModelSnapshot[]): Record<string, ModelSnapshot> {
  const out = { ...prev };
  for (const m of models) out[m.id] = m.decision || !prev[m.id]?.decision ? m : { ...m, decision: prev[m.id].decision };
  return out;
}

function addNote(notes: string[], note: string | undefined): string[] {
  return note && !notes.includes(note) ? [...notes, note] : notes;
}

/** The view after one worker message (the same object when the message is for another run). */
export function applyMessage(v: TrainerView, msg: FromWorker): TrainerView {
  const stale = 'runId' in msg && msg.runId !== undefined && msg.runId !== v.runId;
  if (stale || v.state === 'idle') {
    // After a reset only the worker's tensor count still matters.
    return msg.type === 'reset' ? { ...v, tensors: msg.tensors } : v;
  }
  switch (msg.type) {
    case 'ready':
      return { ...v, backend: msg.backend, notes: addNote(v.notes, msg.note) };
    case 'backend': {
      const reason = common.backend.fallback(common.backend.names[msg.backend], msg.reason);
      const history = msg.resumeStep !== undefined ? truncateHistory(v.history, msg.resumeStep) : v.history;
      return { ...v, backend: msg.backend, history, notes: addNote(v.notes, reason) };
    }
    case 'data':
      return { ...v, data: msg };
    case 'measured':
      // For the page's memory (trainer-client.ts); the reader reads the choice in `ready`'s note.
      return v;
    case 'progress':
    case 'done': {
      const next: TrainerView = {
        ...v,
        step: msg.step,
        backend: msg.backend,
        stepsPerSec: msg.stepsPerSec,
        latest: mergeLatest(v.latest, msg.models),
        history: appendHistory(v.history, v.ids, msg.history),
      };
      if (msg.type === 'progress') return { ...next, state: v.state === 'loading' ? 'running' : v.state };
      return { ...next, state: 'done', tensors: msg.tensors, elapsedMs: msg.elapsedMs, firstStepMs: msg.firstStepMs };
    }
    case 'paused':
      return { ...v, state: 'paused', step: msg.step };
    case 'reset':
      return { ...v, tensors: msg.tensors };
    case 'error':
      return { ...v, state: 'error', error: msg.message };
  }
}

/** What a demo says in the states that are its own; loading and error read the same in every demo. */
export interface SummaryParts {
  idle: () => string;
  /** Default: «Entrenando durante N pasos…». */
  running?: () => string;
  /** Default: «En pausa en el paso s de N.». */
  paused?: () => string;
  /** null when the results are not there yet (then the generic «done»). */
  done: () => string | null;
}

/** The `role="status"` text of a training demo in each of its six states. */
export function stateSummary(v: TrainerView, parts: SummaryParts): string {
  switch (v.state) {
    case 'idle':
      return parts.idle();
    case 'loading':
      return common.state.loading;
    case 'running':
      return parts.running?.() ?? common.summary.running(v.totalSteps);
    case 'paused':
      return parts.paused?.() ?? common.summary.paused(v.step, v.totalSteps);
    case 'error':
      return common.errors.generic(v.error ?? '');
    case 'done':
      return parts.done() ?? common.state.done;
  }
}

/** The backend's name for a summary. */
export const backendName = (v: TrainerView) => (v.backend ? common.backend.names[v.backend] : common.backend.none);

/** The `data-metrics` fields every training demo shares (DESIGN.md §1: steps, backend, tensors, timings). */
export function runMetrics(v: TrainerView) {
  return {
    steps: v.step,
    totalSteps: v.totalSteps,
    backend: v.backend,
    tensors: v.tensors,
    stepsPerSec: Math.round(v.stepsPerSec),
    elapsedMs: v.elapsedMs === null ? null : Math.round(v.elapsedMs),
    firstStepMs: v.firstStepMs === null ? null : Math.round(v.firstStepMs),
  };
}
