/**
 * What the gn-no-iid island shows, derived from the run of its series (one stack per kind of batch):
 * test accuracy and training loss per method and kind, the `data-metrics` JSON of the demo contract
 * and the Spanish summary.
 */
import { ALL_CLASSES, byKind, CLASSES_PER_BATCH, type GnNoIidSettings } from '../../lib/experiments/gn-no-iid';
import type { ModelSnapshot } from '../../worker/protocol';
import { finishedResults } from '../hooks/series-view';
import { backendName, runMetrics, stateSummary, type TrainerView } from '../hooks/trainer-view';
import { doneSummary, idleSummary, runningSummary, type KindTable } from '../strings/gn-no-iid';

export interface KindTables {
  acc: KindTable;
  /** Mean training loss of the last read-back window, on each model's own batches. */
  loss: KindTable;
}

export function tables(v: TrainerView, all: readonly Record<string, ModelSnapshot>[]): KindTables {
  const done = finishedResults(v, all);
  const read = (f: (m: ModelSnapshot) => number) =>
    byKind(done.map((latest) => Object.fromEntries(Object.values(latest).map((m) => [m.id, f(m)]))));
  return { acc: read((m) => m.testAcc), loss: read((m) => m.loss) };
}

export function demoMetrics(v: TrainerView, t: KindTables, s: GnNoIidSettings) {
  return { run: v.runId, ...runMetrics(v), width: s.width, groups: s.groups, classesPerBatch: [...CLASSES_PER_BATCH], ...t };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type GnNoIidMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, all: readonly unknown[], t: KindTables): string {
  return stateSummary(v, {
    idle: idleSummary,
    running: () => runningSummary(Math.max(0, all.length - 1), CLASSES_PER_BATCH.length),
    done: () =>
      t.acc.bn.some((x) => x === null)
        ? null
        : doneSummary({
            ...t,
            kinds: CLASSES_PER_BATCH,
            all: ALL_CLASSES,
            elapsedMs: v.elapsedMs ?? 0,
            backend: backendName(v),
            fallbacks: v.notes,
          }),
  });
}
