/**
 * What the gn-segun-batch island shows, derived from the run's view: the test error per method and
 * batch size (from the specs that have finished: the ghost stack, or one stack per size), the
 * `data-metrics` JSON of the demo contract and the Spanish summary.
 */
import { BATCH_SIZES, errorsOf, type GnBatchSettings } from '../../lib/experiments/gn-segun-batch';
import type { ModelSnapshot } from '../../worker/protocol';
import { finishedResults } from '../hooks/series-view';
import { backendName, runMetrics, stateSummary, type TrainerView } from '../hooks/trainer-view';
import { doneSummary, idleSummary, runningSummary, type BatchErrors } from '../strings/gn-segun-batch';

/** Test accuracies by model id of every finished spec (the one in progress is left out). */
function finished(v: TrainerView, all: readonly Record<string, ModelSnapshot>[]): Record<string, number>[] {
  return finishedResults(v, all).map((latest) => Object.fromEntries(Object.values(latest).map((m) => [m.id, m.testAcc])));
}

export const errors = (v: TrainerView, all: readonly Record<string, ModelSnapshot>[], s: GnBatchSettings): BatchErrors =>
  errorsOf(s, finished(v, all));

export function demoMetrics(v: TrainerView, e: BatchErrors, s: GnBatchSettings) {
  return { run: v.runId, ...runMetrics(v), protocol: s.protocol, width: s.width, groups: s.groups, batchSizes: [...BATCH_SIZES], error: e };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type GnBatchMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, all: readonly unknown[], e: BatchErrors, s: GnBatchSettings): string {
  return stateSummary(v, {
    idle: () => idleSummary(s.protocol),
    running: () => runningSummary(s.protocol, Math.max(0, all.length - 1), s.protocol === 'ghost' ? 1 : BATCH_SIZES.length),
    done: () =>
      e.bn.some((x) => x === null)
        ? null
        : doneSummary({ e, sizes: BATCH_SIZES, p: s.protocol, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }),
  });
}
