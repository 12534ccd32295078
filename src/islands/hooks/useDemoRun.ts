/**
 * The run control every training demo shares, as one Preact hook on top of `useTrainer` and
 * `useUrlPreset`: a settings change resets a run in progress, the backend choice follows a live run,
 * and the `actions` for RunButtons (Entrenar / Pausa / Paso / Reiniciar) start, pause, step and reset.
 * "Paso" from idle starts a run that pauses after its first step (one message to the worker).
 *
 *   const demo = useDemoRun({ preset, buildSpec });
 *   <RunButtons state={demo.run.state} actions={demo.actions} />
 *
 * `buildSpec` may return several specs (e.g. one per batch size): they run one after another, on the
 * backend the first one ended on, and show as one run (series-view.ts); `demo.results` holds the
 * latest snapshots of each.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExperimentSpec } from '../../lib/experiments/types';
import type { QuerySchema, SettingsOf } from '../../lib/query';
import type { BackendChoice, ModelSnapshot } from '../../worker/protocol';
import type { RunActions } from '../ui/RunButtons';
import { seriesResults, seriesView, type FinishedRun } from './series-view';
import { useReducedMotion } from './useReducedMotion';
import { useTrainer, type TrainerControls, type TrainerView } from './useTrainer';
import type { UrlPreset } from './useUrlPreset';

export interface DemoRunOptions<S extends QuerySchema> {
  preset: UrlPreset<S>;
  buildSpec: (settings: SettingsOf<S>) => ExperimentSpec | ExperimentSpec[];
  /** The settings a run uses when they are not the preset's as they stand (e.g. sanitized). */
  settings?: SettingsOf<S>;
}

export interface DemoRun<S extends QuerySchema> {
  /** The run (for several specs: the whole series as one run). */
  run: TrainerView;
  /** Latest snapshots of each spec reached so far, in order (one entry for a single spec once started). */
  results: Record<string, ModelSnapshot>[];
  ctl: TrainerControls;
  settings: SettingsOf<S>;
  /**
   * The settings of the run on screen: those it started with, or the current ones while idle. The
   * panel may have changed since a run started (which resets it), and its results read by these.
   */
  shown: SettingsOf<S>;
  /** Change some settings; a run in progress is reset first. */
  change: (patch: Partial<SettingsOf<S>>) => void;
  backend: BackendChoice;
  /** A run in progress moves to the chosen backend and carries on; otherwise the next run uses it. */
  chooseBackend: (choice: BackendChoice) => void;
  actions: RunActions;
  /** Loading or running (the steps/s reading is live). */
  busy: boolean;
  /** The demo's root element (DemoRoot's `rootRef`): progress is not rendered while it is off screen. */
  rootRef: RefObject<HTMLDivElement>;
}

/**
 * Least time between two progress renders. A render of a demo (its charts, then the browser's layout
 * and paint) costs tens of milliseconds on a slow phone; ten per second keep curves fluid and leave
 * the main thread free for scrolling and taps in between.
 */
export const PROGRESS_FRAME_MS = 100;
/** Under prefers-reduced-motion: fewer, calmer updates. */
export const REDUCED_FRAME_MS = 600;

export function useDemoRun<S extends QuerySchema>(opts: DemoRunOptions<S>): DemoRun<S> {
  const { preset, buildSpec } = opts;
  const settings = opts.settings ?? preset.settings;
  const reduced = useReducedMotion();
  const rootRef = useRef<HTMLDivElement>(null);
  const [raw, ctl] = useTrainer({ minFrameMs: reduced ? REDUCED_FRAME_MS : PROGRESS_FRAME_MS, root: rootRef });
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const series = useRef({ specs: [] as ExperimentSpec[], index: 0, finished: [] as FinishedRun[], recorded: 0, started: 0 });
  const [, setAdvanced] = useState(0);
  const [started, setStarted] = useState<SettingsOf<S> | null>(null);

  // A spec of a series is done: keep its results and start the next on the backend it ended on.
  useEffect(() => {
    const s = series.current;
    if (raw.state !== 'done' || s.index >= s.specs.length - 1 || s.recorded === raw.runId) return;
    s.recorded = raw.runId;
    s.finished = [...s.finished, { latest: raw.latest, elapsedMs: raw.elapsedMs ?? 0, firstStepMs: raw.firstStepMs, notes: raw.notes }];
    s.index++;
    setAdvanced((n) => n + 1);
    ctl.start(s.specs[s.index], backend === 'auto' ? (raw.backend ?? 'auto') : backend);
  }, [raw.state, raw.runId]);

  const s = series.current;
  const run = seriesView(raw, s.index, s.specs.map((x) => x.steps), s.finished, s.started);
  const startRun = (pauseAt?: number) => {
    setStarted(settings);
    const built = buildSpec(settings);
    series.current = { specs: Array.isArray(built) ? built : [built], index: 0, finished: [], recorded: 0, started: series.current.started + 1 };
    ctl.start(series.current.specs[0], backend, { pauseAt });
  };
  const reset = () => {
    series.current = { ...series.current, specs: [], index: 0, finished: [] };
    ctl.reset();
  };
  const change = (patch: Partial<SettingsOf<S>>) => {
    if (run.state !== 'idle') reset();
    preset.update(patch);
  };
  const chooseBackend = (choice: BackendChoice) => {
    setBackend(choice);
    if (run.state === 'running' || run.state === 'paused') ctl.setBackend(choice);
  };
  const actions: RunActions = {
    train: () => (run.state === 'paused' ? ctl.resume() : startRun()),
    pause: ctl.pause,
    step: () => (run.state === 'paused' ? ctl.step(1) : startRun(1)),
    reset,
  };
  const busy = run.state === 'running' || run.state === 'loading';
  const shown = run.state === 'idle' || !started ? settings : started;
  return { run, results: seriesResults(raw, s.finished), ctl, settings, shown, change, backend, chooseBackend, actions, busy, rootRef };
}
