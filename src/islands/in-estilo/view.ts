/**
 * What the in-estilo island shows, derived from the run of its series (one stack per situation):
 * test accuracy per method and situation, the `data-metrics` JSON of the demo contract and the
 * Spanish summary.
 */
import { accuraciesOf, SITUATIONS, type InEstiloSettings } from '../../lib/experiments/in-estilo';
import type { ModelSnapshot } from '../../worker/protocol';
import { finishedResults } from '../hooks/series-view';
import { backendName, runMetrics, stateSummary, type TrainerView } from '../hooks/trainer-view';
import { doneSummary, idleSummary, runningSummary, type SituationTable } from '../strings/in-estilo';

export const accuracies = (v: TrainerView, all: readonly Record<string, ModelSnapshot>[]): SituationTable =>
  accuraciesOf(finishedResults(v, all).map((latest) => Object.fromEntries(Object.values(latest).map((m) => [m.id, m.testAcc]))));

export function demoMetrics(v: TrainerView, acc: SituationTable, s: InEstiloSettings) {
  return { run: v.runId, ...runMetrics(v), width: s.width, situations: [...SITUATIONS], acc };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type InEstiloMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, all: readonly unknown[], acc: SituationTable): string {
  return stateSummary(v, {
    idle: idleSummary,
    running: () => runningSummary(Math.max(0, all.length - 1), SITUATIONS.length),
    done: () =>
      acc.in.some((x) => x === null)
        ? null
        : doneSummary({ acc, situations: SITUATIONS, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }),
  });
}
