/**
 * Demo `bn-vs-sin-bn`: two networks, identical but for Batch Normalization, trained live side by side
 * in a worker. The island holds no maths: it builds the experiment spec from the settings, talks to
 * the worker through `useTrainer`, and draws what comes back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSpec, DATA, DECISION_GRID, DEMO_NAME, SCHEMA, type BnVsSinBnSettings } from '../lib/experiments/bn-vs-sin-bn';
import { makeSplit } from '../lib/datasets';
import { decisionGrid } from '../engine/grid';
import type { BackendChoice } from '../worker/protocol';
import { Curves, Regions } from './bn-vs-sin-bn/Charts';
import { Settings } from './bn-vs-sin-bn/Settings';
import { metricsJson, summaryText } from './bn-vs-sin-bn/view';
import { useReducedMotion } from './hooks/useReducedMotion';
import { useTrainer } from './hooks/useTrainer';
import { useUrlPreset } from './hooks/useUrlPreset';
import { common } from './strings/common';
import { progressLine, text } from './strings/bn-vs-sin-bn';
import { BackendPicker } from './ui/BackendPicker';
import { RunButtons } from './ui/RunButtons';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

export default function BnVsSinBn() {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const settings = preset.settings;
  const reduced = useReducedMotion();
  const [run, ctl] = useTrainer({ minFrameMs: reduced ? 600 : 0 });
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const pendingStep = useRef(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // Before a run, preview the test points of the same seeded split the worker will train on (the
  // worker sends the real ones, with the map's extent, when the run starts).
  const preview = useMemo(() => {
    const split = makeSplit(buildSpec(settings).dataset);
    const { extent } = decisionGrid([split.train, split.test], 1);
    return { points: { xy: split.test.x, labels: split.test.y }, extent };
  }, [settings.dataset, settings.seed]);
  const plot = run.data
    ? { points: { xy: run.data.testX, labels: run.data.testY }, extent: run.data.extent }
    : preview;

  // "Paso" from idle starts a run and pauses it at once. The worker may take its first step before
  // the pause reaches it; only if it did not is the first step sent now.
  useEffect(() => {
    if (run.state === 'paused' && pendingStep.current) {
      pendingStep.current = false;
      if (run.step === 0) ctl.step(1);
    }
  }, [run.state]);

  const change = (patch: Partial<BnVsSinBnSettings>) => {
    if (run.state !== 'idle') ctl.reset();
    preset.update(patch);
  };
  // A run in progress moves to the chosen backend and carries on; otherwise the next run uses it.
  const chooseBackend = (choice: BackendChoice) => {
    setBackend(choice);
    if (run.state === 'running' || run.state === 'paused') ctl.setBackend(choice);
  };
  const actions = {
    train: () => (run.state === 'paused' ? ctl.resume() : ctl.start(buildSpec(settings), backend)),
    pause: ctl.pause,
    step: () => {
      if (run.state === 'paused') ctl.step(1);
      else {
        pendingStep.current = true;
        ctl.start(buildSpec(settings), backend, { paused: true });
      }
    },
    reset: ctl.reset,
  };

  const busy = run.state === 'running' || run.state === 'loading';
  return (
    <div
      class="demo"
      data-demo={DEMO_NAME}
      data-state={run.state}
      data-metrics={metricsJson(run)}
      data-hydrated={hydrated ? 'true' : undefined}
      role="group"
      aria-label={text.title}
    >
      <UrlNotes notes={preset.notes} />
      <Settings settings={settings} onChange={change} />
      <div class="demo-run">
        <RunButtons state={run.state} actions={actions} />
        <BackendPicker choice={backend} onChange={chooseBackend} inUse={run.backend} stepsPerSec={busy ? run.stepsPerSec : 0} />
      </div>
      <p class="demo-progress" aria-hidden="true">
        {run.state === 'idle' ? common.state.idle : progressLine(run.step, run.totalSteps || settings.steps, run.state === 'running' ? run.stepsPerSec : 0)}
      </p>
      <p class="demo-summary" role="status" data-testid="demo-summary">
        {summaryText(run, settings)}
      </p>
      <Curves view={run} />
      <Regions view={run} points={plot.points} gridSize={run.data?.grid || DECISION_GRID} extent={plot.extent} />
      <p class="demo-share">
        <a href={preset.shareHref}>{common.url.share}</a>
        <span class="demo-hint"> · {text.dataNote(DATA.n, DATA.testFraction)}</span>
      </p>
    </div>
  );
}
