/**
 * What the tasa-aprendizaje island shows, derived from the trainer's view: one result per rung and
 * family, the `data-metrics` JSON and the Spanish status summary. The verdicts come from
 * src/lib/experiments/tasa-aprendizaje.ts; nothing is computed here beyond picking values.
 */
import { isStable, maxStableLr, modelId, STABLE_FRACTION, type TasaSettings } from '../../lib/experiments/tasa-aprendizaje';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { summary, type Verdict } from '../strings/tasa-aprendizaje';

export interface Rung {
  lr: number;
  /** Final training loss (mean over the last read-back window); null before data or after divergence. */
  finalLoss: number | null;
  diverged: boolean;
  divergedAt?: number;
  verdict: Verdict;
}

export interface LadderResult {
  withBN: Rung[];
  withoutBN: Rung[];
  maxStable: { withBN: number | null; withoutBN: number | null };
}

function family(v: TrainerView, rates: readonly number[], bn: boolean, prior: number, final: boolean): Rung[] {
  return rates.map((lr, i) => {
    const m = v.latest[modelId(bn, i)];
    if (!m) return { lr, finalLoss: null, diverged: false, verdict: 'pending' as const };
    const finalLoss = m.diverged || !Number.isFinite(m.loss) ? null : m.loss;
    const stable = isStable({ finalLoss: finalLoss ?? Number.NaN, diverged: m.diverged }, prior);
    const verdict: Verdict = m.diverged ? 'diverged' : !final ? 'pending' : stable ? 'ok' : 'stalled';
    return { lr, finalLoss, diverged: m.diverged, divergedAt: m.divergedAt, verdict };
  });
}

/** Per-rung results. Verdicts other than «divergió» wait for the end of the run (or a pause). */
export function ladderResult(v: TrainerView, rates: readonly number[], prior: number): LadderResult {
  const final = v.state === 'done' || v.state === 'paused';
  const withBN = family(v, rates, true, prior, final);
  const withoutBN = family(v, rates, false, prior, final);
  const max = (rs: Rung[]) => (final ? maxStableLr(rs.map((r) => ({ ...r, finalLoss: r.finalLoss ?? Number.NaN })), prior) : null);
  return { withBN, withoutBN, maxStable: { withBN: max(withBN), withoutBN: max(withoutBN) } };
}

export function demoMetrics(v: TrainerView, rates: readonly number[], prior: number, r: LadderResult) {
  const fam = (rs: Rung[]) => ({
    finalLoss: rs.map((x) => x.finalLoss),
    diverged: rs.map((x) => x.diverged),
    stable: rs.map((x) => x.verdict === 'ok'),
  });
  return {
    ...runMetrics(v),
    lrs: rates,
    priorLoss: prior,
    stableBelow: STABLE_FRACTION * prior,
    withBN: fam(r.withBN),
    withoutBN: fam(r.withoutBN),
    maxStableLr: r.maxStable,
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type TasaAprendizajeMetrics = ReturnType<typeof demoMetrics>;
export const metricsJson = (v: TrainerView, rates: readonly number[], prior: number, r: LadderResult): string =>
  JSON.stringify(demoMetrics(v, rates, prior, r));

export function summaryText(v: TrainerView, s: TasaSettings, k: number, prior: number, r: LadderResult): string {
  const pick = (rs: Rung[], verdict: Verdict) => rs.filter((x) => x.verdict === verdict).map((x) => x.lr);
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
          bnDiverged: pick(r.withBN, 'diverged'),
          plainDiverged: pick(r.withoutBN, 'diverged'),
          bnStalled: pick(r.withBN, 'stalled'),
          plainStalled: pick(r.withoutBN, 'stalled'),
          threshold: STABLE_FRACTION * prior,
          elapsedMs: v.elapsedMs ?? 0,
          backend: backendName(v),
        }) + notes
      );
    },
  });
}
