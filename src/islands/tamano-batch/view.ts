/**
 * What the tamano-batch island shows, derived from the trainer's view: the `data-metrics` JSON of the
 * demo contract (per batch size: eval-mode and training-mode accuracy) and the Spanish summary.
 */
import { momentumOf, sizeResults, type TamanoSettings } from '../../lib/experiments/tamano-batch';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, pausedSummary, type SizeResults } from '../strings/tamano-batch';
import { BATCH_SIZES } from '../../lib/experiments/tamano-batch';

export const results = (v: TrainerView): SizeResults | null => sizeResults(v.latest);

export function demoMetrics(v: TrainerView, s: TamanoSettings) {
  const r = results(v);
  return {
    run: v.runId,
    ...runMetrics(v),
    batchSizes: [...BATCH_SIZES] as number[],
    evalModeAcc: r ? r.evalModeAcc : [],
    trainModeAcc: r ? r.trainModeAcc : [],
    momentum: momentumOf(s),
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type TamanoBatchMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView, s: TamanoSettings): string => JSON.stringify(demoMetrics(v, s));

export function summaryText(v: TrainerView): string {
  const r = results(v);
  return stateSummary(v, {
    idle: () => idleSummary(BATCH_SIZES),
    paused: () => pausedSummary(v.step, v.totalSteps, r),
    done: () => (r ? doneSummary({ steps: v.step, r, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }) : null),
  });
}
