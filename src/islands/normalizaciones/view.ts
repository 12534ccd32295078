/**
 * What the normalizaciones island shows, derived from the trainer's view: the `data-metrics` JSON of
 * the demo contract (one accuracy per batch size and method) and the Spanish summary.
 */
import { METHODS, resultsOf, type NormalizacionesSettings } from '../../lib/experiments/normalizaciones';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, pausedSummary, runningSummary, type Results } from '../strings/normalizaciones';

/** Accuracy per method at [tiny, normal] from the latest snapshots (null before the first read-back). */
export function results(v: TrainerView, s: NormalizacionesSettings): Results | null {
  return resultsOf(s, Object.fromEntries(Object.values(v.latest).map((m) => [m.id, m.testAcc])));
}

export function demoMetrics(v: TrainerView, s: NormalizacionesSettings) {
  const r = results(v, s);
  return {
    run: v.runId,
    ...runMetrics(v),
    batchSizes: [s.tiny, s.normal],
    groups: s.groups,
    results: Object.fromEntries(METHODS.map((m) => [m, { acc: r ? r[m] : [null, null] }])) as Record<(typeof METHODS)[number], { acc: (number | null)[] }>,
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type NormalizacionesMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView, s: NormalizacionesSettings): string => JSON.stringify(demoMetrics(v, s));

export function summaryText(v: TrainerView, s: NormalizacionesSettings): string {
  const r = results(v, s);
  return stateSummary(v, {
    idle: () => idleSummary(s.tiny, s.normal),
    running: () => runningSummary(v.totalSteps),
    paused: () => pausedSummary(v.step, v.totalSteps, r, s.tiny),
    done: () => (r ? doneSummary({ steps: v.step, r, tiny: s.tiny, normal: s.normal, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }) : null),
  });
}
