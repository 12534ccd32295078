/**
 * What the tasa-aprendizaje island shows, derived from the trainer's view: one result per rung and
 * family, the `data-metrics` JSON and the Spanish status summary. The verdicts come from
 * src/lib/experiments/tasa-aprendizaje.ts; nothing is computed here beyond picking values.
 */
import { modelId, STABLE_FRACTION, type TasaSettings } from '../../lib/experiments/tasa-aprendizaje';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { summary } from '../strings/tasa-aprendizaje';
import { familyMax, familyMetrics, ladderFamily, ratesWith, type Rung } from '../ui/ladder-view';

export type { Rung } from '../ui/ladder-view';

export interface LadderResult {
  withBN: Rung[];
  withoutBN: Rung[];
  maxStable: { withBN: number | null; withoutBN: number | null };
}

/** Per-rung results of both families. */
export function ladderResult(v: TrainerView, rates: readonly number[], prior: number): LadderResult {
  const withBN = ladderFamily(v, rates, (i) => modelId(true, i), prior);
  const withoutBN = ladderFamily(v, rates, (i) => modelId(false, i), prior);
  return { withBN, withoutBN, maxStable: { withBN: familyMax(withBN), withoutBN: familyMax(withoutBN) } };
}

export function demoMetrics(v: TrainerView, rates: readonly number[], prior: number, r: LadderResult) {
  return {
    ...runMetrics(v),
    lrs: rates,
    priorLoss: prior,
    stableBelow: STABLE_FRACTION * prior,
    withBN: familyMetrics(r.withBN),
    withoutBN: familyMetrics(r.withoutBN),
    maxStableLr: r.maxStable,
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type TasaAprendizajeMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView, rates: readonly number[], prior: number, r: LadderResult): string =>
  JSON.stringify(demoMetrics(v, rates, prior, r));

export function summaryText(v: TrainerView, s: TasaSettings, k: number, prior: number, r: LadderResult): string {
  return stateSummary(v, {
    idle: () => summary.idle(k, s.steps),
    running: () => summary.running(k),
    paused: () => summary.paused(v.step),
    done: () => {
      const notes = v.notes.length ? ` ${v.notes.join(' ')}` : '';
      return (
        summary.done({
          steps: v.step,
          bnMax: r.maxStable.withBN,
          plainMax: r.maxStable.withoutBN,
          bnDiverged: ratesWith(r.withBN, 'diverged'),
          plainDiverged: ratesWith(r.withoutBN, 'diverged'),
          bnStalled: ratesWith(r.withBN, 'stalled'),
          plainStalled: ratesWith(r.withoutBN, 'stalled'),
          threshold: STABLE_FRACTION * prior,
          elapsedMs: v.elapsedMs ?? 0,
          backend: backendName(v),
        }) + notes
      );
    },
  });
}
