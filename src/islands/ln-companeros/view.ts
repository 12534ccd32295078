/**
 * What the ln-companeros island shows, derived from the trainer's view: the `data-metrics` JSON of
 * the demo contract (per method: accuracy of the same images under each kind of batch) and the summary.
 */
import { BATCH, mateResults, METHODS, type CompanerosSettings } from '../../lib/experiments/ln-companeros';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, kindNames } from '../strings/ln-companeros';

export const results = (v: TrainerView) => mateResults(v.latest);

export function demoMetrics(v: TrainerView, s: CompanerosSettings) {
  const r = results(v);
  const per = (m: (typeof METHODS)[number]) =>
    r ? { ...r[m].acc, evalMode: r[m].evalAcc, sameAsEval: r[m].sameAsEval, maxLogitShift: r[m].maxLogitShift } : null;
  return { run: v.runId, ...runMetrics(v), batch: BATCH, small: s.small, bn: per('bn'), ln: per('ln') };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type CompanerosMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, s: CompanerosSettings): string {
  const r = results(v);
  return stateSummary(v, {
    idle: () => idleSummary,
    done: () =>
      r
        ? doneSummary({
            r,
            names: kindNames(BATCH, s.small),
            steps: v.step,
            elapsedMs: v.elapsedMs ?? 0,
            backend: backendName(v),
            fallbacks: v.notes,
          })
        : null,
  });
}
