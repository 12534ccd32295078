/**
 * What the ln-pre-post island shows, derived from the series' view: the depth sweep (the last block's
 * gradient at initialisation per depth, from the latest snapshot of each single-step stack), the
 * gradient profile of the trained network at step 0, the final results of the four variants, the
 * `data-metrics` JSON of the demo contract and the Spanish summary.
 */
import {
  DEPTHS,
  depthRatio,
  depthSweep,
  PLACEMENTS,
  VARIANTS,
  type Placement,
  type PrePostSettings,
  type VariantId,
} from '../../lib/experiments/ln-pre-post';
import type { ModelSnapshot } from '../../worker/protocol';
import { emptyHistory, type TrainerView } from '../hooks/trainer-view';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, runningSummary, type PrePostResults } from '../strings/ln-pre-post';

/** The series' specs: the sweep's stacks, then the training run (index DEPTHS.length). */
const TRAINING = DEPTHS.length;
const isTraining = (results: readonly unknown[]) => results.length - 1 === TRAINING;

/** The view of the training run alone (an empty history while the sweep runs), for its curves. */
export function trainingView(v: TrainerView, results: readonly unknown[]): TrainerView {
  return isTraining(results) ? v : { ...v, history: emptyHistory(), latest: {} };
}

/** The training run's last read-back step (0 while the sweep runs), for the curves' text alternatives. */
export function trainingStep(v: TrainerView, results: readonly unknown[]): number {
  return isTraining(results) ? (v.history.steps.at(-1) ?? 0) : 0;
}

/** Per placement, ‖∂W‖ of every weight matrix (input → output) of the trained network at step 0, or null before it. */
function profile(v: TrainerView, results: readonly unknown[]): Record<Placement, number[]> | null {
  const first = v.history.steps.indexOf(0);
  if (!isTraining(results) || first < 0) return null;
  const rows = PLACEMENTS.map((p) => v.history.gradNorms[p]?.[first] ?? null);
  if (rows.some((r) => r === null)) return null;
  return Object.fromEntries(PLACEMENTS.map((p, i) => [p, rows[i]!])) as Record<Placement, number[]>;
}

export function results(v: TrainerView, all: readonly Record<string, ModelSnapshot>[]): PrePostResults {
  const sweep = depthSweep(all);
  const done = v.state === 'done' && isTraining(all);
  const final = (f: (m: ModelSnapshot) => number | boolean) =>
    Object.fromEntries(VARIANTS.map((x) => [x.id, done && all[TRAINING][x.id] ? f(all[TRAINING][x.id]) : null]));
  return {
    depths: [...DEPTHS],
    sweep,
    // Xiong et al.'s O(1/√L) for Pre-LN, drawn through the shallowest depth's reading.
    reference: DEPTHS.map((b) => (sweep.pre[0] === null ? null : sweep.pre[0] / Math.sqrt(b / DEPTHS[0]))),
    ratio: Object.fromEntries(PLACEMENTS.map((p) => [p, depthRatio(sweep[p])])) as Record<Placement, number | null>,
    profile: profile(v, all),
    acc: final((m) => m.testAcc) as Record<VariantId, number | null>,
    loss: final((m) => m.loss) as Record<VariantId, number | null>,
    diverged: final((m) => m.diverged) as Record<VariantId, boolean | null>,
  };
}

/** The `data-metrics` of the demo, from the results of the view (`results`). */
export function demoMetrics(v: TrainerView, r: PrePostResults, s: PrePostSettings) {
  return {
    run: v.runId,
    ...runMetrics(v),
    blocks: s.bloques,
    lr: s.lr,
    warmup: s.warmup,
    depths: r.depths,
    lastBlockGrad: r.sweep,
    depthRatio: r.ratio,
    layerGrad: r.profile,
    acc: r.acc,
    loss: r.loss,
    diverged: r.diverged,
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type PrePostMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, all: readonly unknown[], r: PrePostResults, s: PrePostSettings): string {
  return stateSummary(v, {
    idle: () => idleSummary,
    running: () => runningSummary(isTraining(all), s.steps),
    done: () =>
      r.acc.post === null ? null : doneSummary({ r, s, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }),
  });
}
