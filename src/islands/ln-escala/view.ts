/**
 * What the ln-escala island shows, derived from the trainer's view: the `data-metrics` JSON of the
 * demo contract (per method: test loss and accuracy at every scale and shift, and how far the loss
 * moves) and the Spanish summary.
 */
import { METHODS, SCALES, SHIFTS, spread } from '../../lib/experiments/ln-escala';
import type { TrainerView } from '../hooks/useTrainer';
import { backendName, runMetrics, stateSummary } from '../hooks/trainer-view';
import { doneSummary, idleSummary, type ScanResults } from '../strings/ln-escala';

export function results(v: TrainerView): ScanResults | null {
  if (!METHODS.every((m) => v.latest[m]?.scan)) return null;
  const scan = Object.fromEntries(METHODS.map((m) => [m, v.latest[m].scan!])) as ScanResults['scan'];
  const spreads = Object.fromEntries(METHODS.map((m) => [m, spread(scan[m])])) as ScanResults['spread'];
  return { scales: SCALES, shifts: SHIFTS, scan, spread: spreads };
}

export function demoMetrics(v: TrainerView) {
  const r = results(v);
  return { run: v.runId, ...runMetrics(v), scales: SCALES, shifts: SHIFTS, scan: r?.scan ?? null, spread: r?.spread ?? null };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type EscalaLnMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView): string {
  const r = results(v);
  return stateSummary(v, {
    idle: () => idleSummary,
    done: () => (r ? doneSummary({ r, steps: v.step, elapsedMs: v.elapsedMs ?? 0, backend: backendName(v), fallbacks: v.notes }) : null),
  });
}
