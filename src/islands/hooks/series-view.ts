/**
 * A demo that trains several specs one after another (e.g. one per batch size, which cannot share a
 * stack) shows them as ONE run: running until the last spec is done, its steps counted across all of
 * them. Pure (no Preact), so the rules are tested on their own; `useDemoRun` applies them.
 */
import type { ModelSnapshot } from '../../worker/protocol';
import type { TrainerView } from './trainer-view';

/** What is kept of a spec of the series once it is done. */
export interface FinishedRun {
  latest: Record<string, ModelSnapshot>;
  elapsedMs: number;
  firstStepMs: number | null;
  notes: string[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The view of the whole series, from the view of the run in progress (`raw`, spec `index`), the
 * steps of every spec and the runs already done; `series` numbers the series (its `runId`: one per
 * series started, whatever its length). With a single spec it is `raw` itself.
 */
export function seriesView(raw: TrainerView, index: number, steps: number[], finished: FinishedRun[], series: number): TrainerView {
  if (steps.length <= 1) return raw;
  if (raw.state === 'idle') return { ...raw, runId: series };
  const last = index >= steps.length - 1;
  const between = (raw.state === 'done' && !last) || (raw.state === 'loading' && index > 0);
  const notes = [...new Set([...finished.flatMap((f) => f.notes), ...raw.notes])];
  const done = raw.state === 'done' && last;
  return {
    ...raw,
    runId: series,
    state: between ? 'running' : raw.state,
    step: sum(steps.slice(0, index)) + raw.step,
    totalSteps: sum(steps),
    elapsedMs: done ? sum(finished.map((f) => f.elapsedMs)) + (raw.elapsedMs ?? 0) : null,
    firstStepMs: finished[0]?.firstStepMs ?? raw.firstStepMs,
    notes,
  };
}

/** The latest snapshots of every spec reached so far, in order (the run in progress last). */
export function seriesResults(raw: TrainerView, finished: FinishedRun[]): Record<string, ModelSnapshot>[] {
  if (raw.state === 'idle') return [];
  return [...finished.map((f) => f.latest), raw.latest];
}

/** The latest snapshots of the specs whose run is over: all of them once the series is done, else those before the one in progress. */
export function finishedResults(v: TrainerView, all: readonly Record<string, ModelSnapshot>[]): Record<string, ModelSnapshot>[] {
  return v.state === 'done' ? [...all] : all.slice(0, -1);
}
