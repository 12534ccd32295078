/**
 * A learning-rate ladder's results as the island shows them: per rung the final loss and a verdict,
 * for one family of models (with BN, without, with LN…). The verdicts are src/lib/experiments/
 * tasa-aprendizaje.ts' definition of stable; nothing is computed here beyond picking values.
 */
import { isStable } from '../../lib/experiments/tasa-aprendizaje';
import type { TrainerView } from '../hooks/useTrainer';
import type { Verdict } from '../strings/ladder';

export interface Rung {
  lr: number;
  /** Final training loss (mean over the last read-back window); null before data or after divergence. */
  finalLoss: number | null;
  diverged: boolean;
  divergedAt?: number;
  verdict: Verdict;
}

/** One family's rungs, model `idOf(i)` at rate i. Verdicts other than «divergió» wait for the end of the run (or a pause). */
export function ladderFamily(v: TrainerView, rates: readonly number[], idOf: (i: number) => string, prior: number): Rung[] {
  const final = v.state === 'done' || v.state === 'paused';
  return rates.map((lr, i) => {
    const m = v.latest[idOf(i)];
    if (!m) return { lr, finalLoss: null, diverged: false, verdict: 'pending' as const };
    const finalLoss = m.diverged || !Number.isFinite(m.loss) ? null : m.loss;
    const stable = isStable({ finalLoss: finalLoss ?? Number.NaN, diverged: m.diverged }, prior);
    const verdict: Verdict = m.diverged ? 'diverged' : !final ? 'pending' : stable ? 'ok' : 'stalled';
    return { lr, finalLoss, diverged: m.diverged, divergedAt: m.divergedAt, verdict };
  });
}

/** The largest stable rate of a family once the verdicts are in (its largest «ok» rung), else null. */
export function familyMax(rungs: Rung[]): number | null {
  return rungs.reduce<number | null>((best, r) => (r.verdict === 'ok' && (best === null || r.lr > best) ? r.lr : best), null);
}

/** A family's part of the `data-metrics` JSON. */
export const familyMetrics = (rs: Rung[]) => ({
  finalLoss: rs.map((x) => x.finalLoss),
  diverged: rs.map((x) => x.diverged),
  stable: rs.map((x) => x.verdict === 'ok'),
});

/** The rates of a family with one verdict. */
export const ratesWith = (rs: Rung[], verdict: Verdict) => rs.filter((x) => x.verdict === verdict).map((x) => x.lr);
