/**
 * Several runs one after another in one worker (e.g. one per batch size, when they cannot share a
 * stack): start them all with `start(specs)`; each run's last snapshot is kept in `results` (one per
 * spec, in order). `state` is idle, running, done or error; `index` is the run in progress.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExperimentSpec } from '../../lib/experiments/types';
import type { ModelSnapshot } from '../../worker/protocol';
import { useTrainer, type TrainerView } from './useTrainer';

export type SeriesState = 'idle' | 'running' | 'done' | 'error';

export interface Series {
  state: SeriesState;
  index: number;
  total: number;
  /** Latest snapshot of each model of each finished run. */
  results: Record<string, ModelSnapshot>[];
  /** The run in progress (or the last one). */
  run: TrainerView;
  start: (specs: ExperimentSpec[]) => void;
  reset: () => void;
}

export function useSeries(): Series {
  const [run, ctl] = useTrainer();
  const specs = useRef<ExperimentSpec[]>([]);
  const [index, setIndex] = useState(-1);
  const [results, setResults] = useState<Record<string, ModelSnapshot>[]>([]);
  const recorded = useRef(0);

  useEffect(() => {
    if (index < 0 || index >= specs.current.length || run.state !== 'done' || recorded.current === run.runId) return;
    recorded.current = run.runId;
    setResults((r) => [...r, { ...run.latest }]);
    const next = index + 1;
    setIndex(next);
    if (next < specs.current.length) ctl.start(specs.current[next], 'auto');
  }, [run.state, run.runId, index]);

  const total = specs.current.length;
  const state: SeriesState = run.state === 'error' ? 'error' : index < 0 ? 'idle' : index >= total ? 'done' : 'running';
  return {
    state,
    index,
    total,
    results,
    run,
    start: (list) => {
      specs.current = list;
      setResults([]);
      setIndex(0);
      ctl.start(list[0], 'auto');
    },
    reset: () => {
      specs.current = [];
      setIndex(-1);
      setResults([]);
      ctl.reset();
    },
  };
}
