/**
 * What the figura-1 island shows, derived from the trainer's view: the `data-metrics` JSON of the demo
 * contract and the Spanish summary of the `role="status"` region. Formatting only; the track summaries
 * come from src/lib/experiments/figura-1.ts.
 */
import { indexAtFraction, probedUnit, trackSummary, type Figura1Settings, type Triple } from '../../lib/experiments/figura-1';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { summary, type F1Result } from '../strings/figura-1';

export const MODEL_IDS = ['withBN', 'withoutBN'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export function track(v: TrainerView, id: ModelId): (Triple | null)[] {
  return v.history.percentiles?.[id] ?? [];
}

/** Final test accuracy and how the probed input moved, for one model (undefined before any data). */
export function result(v: TrainerView, id: ModelId): F1Result | undefined {
  const m = v.latest[id];
  const t = trackSummary(track(v, id));
  if (!m || !t) return undefined;
  return { acc: m.testAcc, median: t.median, spread: t.spread };
}

/** The demo contract's metrics (DESIGN.md §1 and the figura-1 issue), plus the curves' steps. */
export function demoMetrics(v: TrainerView, s: Figura1Settings) {
  const model = (id: ModelId) => {
    const m = v.latest[id];
    return {
      testAcc: m ? m.testAcc : null,
      diverged: m ? m.diverged : false,
      testAccCurve: v.history.testAcc[id] ?? [],
      percentiles: track(v, id),
    };
  };
  return {
    ...runMetrics(v),
    width: s.width,
    unit: probedUnit(s) + 1,
    curveSteps: v.history.steps,
    withBN: model('withBN'),
    withoutBN: model('withoutBN'),
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type Figura1Metrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView, s: Figura1Settings): string => JSON.stringify(demoMetrics(v, s));

/** The status text (stable while running, so screen readers are not flooded). */
export function summaryText(v: TrainerView, s: Figura1Settings): string {
  const acc = (id: ModelId) => v.latest[id]?.testAcc;
  return stateSummary(v, {
    idle: () => summary.idle(s.steps),
    running: () => summary.running(v.totalSteps),
    paused: () => summary.paused(v.step, acc('withBN'), acc('withoutBN')),
    done: () => {
      const bn = result(v, 'withBN');
      const plain = result(v, 'withoutBN');
      if (!bn || !plain) return null;
      const i = indexAtFraction(v.history.steps, v.step, 0.25);
      const eb = v.history.testAcc.withBN?.[i];
      const ep = v.history.testAcc.withoutBN?.[i];
      const early = i >= 0 && i < v.history.steps.length - 1 && eb != null && ep != null ? { step: v.history.steps[i], bn: eb, plain: ep } : undefined;
      const notes = v.notes.length ? ` ${v.notes.join(' ')}` : '';
      return (
        summary.done({
          steps: v.step,
          bn,
          plain,
          early,
          unit: probedUnit(s) + 1,
          elapsedMs: v.elapsedMs ?? 0,
          backend: backendName(v),
        }) + notes
      );
    },
  });
}
