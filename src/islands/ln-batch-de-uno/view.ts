/**
 * What the ln-batch-de-uno island shows, derived from the run of its series (one spec per batch
 * size): the `data-metrics` JSON of the demo contract and the Spanish summary.
 */
import { accuracies, BATCH_SIZES, sizeRuns, type BatchDeUnoSettings } from '../../lib/experiments/ln-batch-de-uno';
import type { ModelSnapshot } from '../../worker/protocol';
import type { TrainerView } from '../hooks/useTrainer';
import { finishedResults } from '../hooks/series-view';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, pausedSummary, runningSummary, type BatchResults } from '../strings/ln-batch-de-uno';

/** Sizes whose run is over: every one when the series is done, else those before the one in progress. */
export const finishedRuns = (v: TrainerView, results: Record<string, ModelSnapshot>[]): number => finishedResults(v, results).length;

export function results(v: TrainerView, latest: Record<string, ModelSnapshot>[]): BatchResults {
  const finished = finishedRuns(v, latest);
  const { batchSizes, acc } = accuracies(latest, finished);
  const bnTrainMode = BATCH_SIZES.map((_, i) => (i < finished ? (latest[i]?.bn?.trainModeAcc ?? null) : null));
  return { batchSizes, acc, bnTrainMode };
}

export function demoMetrics(v: TrainerView, latest: Record<string, ModelSnapshot>[], s: BatchDeUnoSettings) {
  const runs = sizeRuns(s);
  return {
    run: v.runId,
    ...runMetrics(v),
    ...results(v, latest),
    learningRates: runs.map((r) => r.learningRate),
    stepsPerSize: runs.map((r) => r.steps),
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type BatchDeUnoMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, latest: Record<string, ModelSnapshot>[]): string {
  const r = results(v, latest);
  return stateSummary(v, {
    idle: () => idleSummary(BATCH_SIZES),
    running: () => runningSummary(v.totalSteps),
    paused: () => pausedSummary(v.step, v.totalSteps, r, finishedRuns(v, latest)),
    done: () => doneSummary({ r, steps: v.step, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }),
  });
}
