/**
 * What the escala-entradas island shows, derived from the trainer's view: the `data-metrics` JSON of
 * the demo contract and the Spanish summary of the `role="status"` region. Formatting only, no maths.
 */
import { MODEL_IDS, type EscalaSettings } from '../../lib/experiments/escala-entradas';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, pausedSummary, runningSummary, type InputResults } from '../strings/escala-entradas';

/** Each model's latest loss, accuracy and divergence, once all three have reported. */
export function results(v: TrainerView): InputResults | undefined {
  if (!MODEL_IDS.every((id) => v.latest[id])) return undefined;
  const one = (id: (typeof MODEL_IDS)[number]) => {
    const m = v.latest[id];
    return { loss: m.loss, acc: m.testAcc, diverged: m.diverged, divergedAt: m.divergedAt };
  };
  return { raw: one('raw'), standardized: one('standardized'), bnInput: one('bnInput') };
}

/** The demo contract's metrics: steps, backend, tensors, and loss/acc/diverged per model. */
export function demoMetrics(v: TrainerView) {
  const model = (id: (typeof MODEL_IDS)[number]) => {
    const m = v.latest[id];
    return m ? { loss: Number.isFinite(m.loss) ? m.loss : null, acc: m.testAcc, diverged: m.diverged } : null;
  };
  return { run: v.runId, ...runMetrics(v), raw: model('raw'), standardized: model('standardized'), bnInput: model('bnInput') };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type EscalaEntradasMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView): string => JSON.stringify(demoMetrics(v));

export function summaryText(v: TrainerView, s: EscalaSettings): string {
  const r = results(v);
  return stateSummary(v, {
    idle: () => idleSummary(s.scale, s.offset, s.dataset),
    running: () => runningSummary(v.totalSteps),
    paused: () => pausedSummary(v.step, v.totalSteps, r),
    done: () => (r ? doneSummary({ steps: v.step, r, scale: s.scale, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }) : null),
  });
}
