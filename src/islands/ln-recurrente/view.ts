/**
 * What the ln-recurrente island shows, derived from the trainer's view: ‖h_t‖ at initialisation per
 * method (from the first read-back), the ladder of each method, the `data-metrics` JSON of the demo
 * contract and the Spanish summary. The verdicts come from src/lib/experiments/tasa-aprendizaje.ts.
 */
import { initialNorms, METHODS, modelId, RATES, ROWS, type Method } from '../../lib/experiments/ln-recurrente';
import { STABLE_FRACTION } from '../../lib/experiments/tasa-aprendizaje';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, type RecurrentResults } from '../strings/ln-recurrente';
import { familyMax, familyMetrics, ladderFamily, ratesWith, type Rung } from '../ui/ladder-view';

export interface Ladders {
  rungs: Record<Method, Rung[]>;
  maxStable: Record<Method, number | null>;
}

/** ‖h_t‖ of each method's first model at the first read-back (step 0), or null before it. */
export function normResults(v: TrainerView, scale: number): RecurrentResults | null {
  const first = v.history.steps.indexOf(0);
  if (first < 0) return null;
  const models = METHODS.map((m) => ({ id: modelId(m, 0), hiddenNorms: v.history.hiddenNorms[modelId(m, 0)]?.[first] ?? undefined }));
  if (models.some((m) => !m.hiddenNorms)) return null;
  return { scale, rows: ROWS, norms: initialNorms(models) };
}

export function ladders(v: TrainerView, prior: number): Ladders {
  const rungs = Object.fromEntries(METHODS.map((m) => [m, ladderFamily(v, RATES, (i) => modelId(m, i), prior)])) as Ladders['rungs'];
  const maxStable = Object.fromEntries(METHODS.map((m) => [m, familyMax(rungs[m])])) as Ladders['maxStable'];
  return { rungs, maxStable };
}

export function demoMetrics(v: TrainerView, scale: number, prior: number) {
  const r = normResults(v, scale);
  const l = ladders(v, prior);
  return {
    run: v.runId,
    ...runMetrics(v),
    scale,
    rows: ROWS,
    hiddenNorms: r?.norms ?? null,
    lrs: [...RATES],
    priorLoss: prior,
    stableBelow: STABLE_FRACTION * prior,
    ladder: Object.fromEntries(METHODS.map((m) => [m, familyMetrics(l.rungs[m])])) as Record<Method, ReturnType<typeof familyMetrics>>,
    maxStableLr: l.maxStable,
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type RecurrenteMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, scale: number, prior: number): string {
  const r = normResults(v, scale);
  const l = ladders(v, prior);
  return stateSummary(v, {
    idle: () => idleSummary,
    done: () =>
      r
        ? doneSummary({
            r,
            steps: v.step,
            maxStable: l.maxStable,
            diverged: Object.fromEntries(METHODS.map((m) => [m, ratesWith(l.rungs[m], 'diverged')])) as Record<Method, number[]>,
            elapsedMs: v.elapsedMs ?? 0,
            backend: backendName(v),
            fallbacks: v.notes,
          })
        : null,
  });
}
