/**
 * What the bn-vs-sin-bn island shows, derived from the trainer's view: the `data-metrics` JSON of the
 * demo contract and the Spanish summary of the `role="status"` region. Formatting only, no maths.
 */
import type { ModelSnapshot } from '../../worker/protocol';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, pausedSummary, runningSummary, type ModelResult } from '../strings/bn-vs-sin-bn';
import type { BnVsSinBnSettings } from '../../lib/experiments/bn-vs-sin-bn';

export const MODEL_IDS = ['withBN', 'withoutBN'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export function result(m: ModelSnapshot | undefined): ModelResult | undefined {
  if (!m) return undefined;
  return { loss: m.loss, acc: m.testAcc, diverged: m.diverged, divergedAt: m.divergedAt };
}

/** The demo contract's metrics: steps, backend, tensors, and loss/acc/diverged per model. */
export function demoMetrics(v: TrainerView) {
  const model = (id: ModelId) => {
    const m = v.latest[id];
    return m ? { loss: Number.isFinite(m.loss) ? m.loss : null, acc: m.testAcc, trainAcc: m.trainAcc, diverged: m.diverged } : null;
  };
  return {
    /** Counts runs started on this page (a new run has a new number). */
    run: v.runId,
    ...runMetrics(v),
    withBN: model('withBN'),
    withoutBN: model('withoutBN'),
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type BnVsSinBnMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView): string => JSON.stringify(demoMetrics(v));

/** The status text for the current state (kept stable while running, so screen readers are not flooded). */
export function summaryText(v: TrainerView, s: BnVsSinBnSettings): string {
  const bn = result(v.latest.withBN);
  const plain = result(v.latest.withoutBN);
  return stateSummary(v, {
    idle: () => idleSummary(s.depth, s.width, s.act, s.dataset),
    running: () => runningSummary(v.totalSteps),
    paused: () => pausedSummary(v.step, v.totalSteps, bn, plain),
    done: () => (bn && plain ? doneSummary({ steps: v.step, bn, plain, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }) : null),
  });
}
