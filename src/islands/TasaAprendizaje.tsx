/**
 * Demo `tasa-aprendizaje`: a ladder of learning rates × {con BN, sin BN}, all trained stacked in one
 * computation in a worker. The island holds no maths: the spec, the ladder, the class-prior loss and
 * the stability verdicts come from src/lib/experiments/tasa-aprendizaje.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeSplit } from '../lib/datasets';
import {
  buildSpec,
  DEMO_NAME,
  ladder,
  priorLoss,
  sanitize,
  SCHEMA,
  STABLE_FRACTION,
  type TasaSettings,
} from '../lib/experiments/tasa-aprendizaje';
import type { BackendChoice } from '../worker/protocol';
import { useReducedMotion } from './hooks/useReducedMotion';
import { useTrainer } from './hooks/useTrainer';
import { useUrlPreset } from './hooks/useUrlPreset';
import { common } from './strings/common';
import { progressLine, text } from './strings/tasa-aprendizaje';
import { Curves } from './tasa-aprendizaje/Curves';
import { Ladder } from './tasa-aprendizaje/Ladder';
import { Settings } from './tasa-aprendizaje/Settings';
import { ladderResult, metricsJson, summaryText } from './tasa-aprendizaje/view';
import { BackendPicker } from './ui/BackendPicker';
import { RunButtons } from './ui/RunButtons';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './tasa-aprendizaje/tasa-aprendizaje.css';

export default function TasaAprendizaje() {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  // Cross-field problems (e.g. lrmin ≥ lrmax) fall back to the default range, with a note.
  const { settings, notes: rangeNotes } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  const reduced = useReducedMotion();
  const [run, ctl] = useTrainer({ minFrameMs: reduced ? 600 : 0 });
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const pendingStep = useRef(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // The rates and the class-prior loss of the run on screen (the settings may have changed since).
  const [shown, setShown] = useState(settings);
  const rates = useMemo(() => ladder(shown.lrmin, shown.lrmax, shown.n), [shown]);
  const prior = useMemo(() => {
    const split = makeSplit(buildSpec(shown).dataset);
    return priorLoss(split.train.y, split.train.classes);
  }, [shown.dataset, shown.seed]);
  useEffect(() => {
    if (run.state === 'idle') setShown(settings);
  }, [settings, run.state]);

  useEffect(() => {
    if (run.state === 'paused' && pendingStep.current) {
      pendingStep.current = false;
      ctl.step(1);
    }
  }, [run.state]);

  const startRun = (paused: boolean) => {
    setShown(settings);
    ctl.start(buildSpec(settings), backend, { paused });
  };
  const change = (patch: Partial<TasaSettings>) => {
    if (run.state !== 'idle') ctl.reset();
    preset.update(patch);
  };
  const chooseBackend = (choice: BackendChoice) => {
    setBackend(choice);
    if (run.state === 'running' || run.state === 'paused') ctl.setBackend(choice);
  };
  const actions = {
    train: () => (run.state === 'paused' ? ctl.resume() : startRun(false)),
    pause: ctl.pause,
    step: () => {
      if (run.state === 'paused') ctl.step(1);
      else {
        pendingStep.current = true;
        startRun(true);
      }
    },
    reset: ctl.reset,
  };
  const busy = run.state === 'running' || run.state === 'loading';
  const result = ladderResult(run, rates, prior);
  const k = 2 * rates.length;

  return (
    <div
      class="demo tl"
      data-demo={DEMO_NAME}
      data-state={run.state}
      data-metrics={metricsJson(run, rates, prior, result)}
      data-hydrated={hydrated ? 'true' : undefined}
      role="group"
      aria-label={text.title}
    >
      <p class="demo__intro">{text.intro(rates.length, shown.steps)}</p>
      <p class="demo-hint">{text.definition(STABLE_FRACTION * prior, prior)}</p>
      <UrlNotes notes={[...preset.notes, ...rangeNotes]} />
      <Settings settings={settings} onChange={change} />
      <div class="demo-run">
        <RunButtons state={run.state} actions={actions} />
        <BackendPicker choice={backend} onChange={chooseBackend} inUse={run.backend} stepsPerSec={busy ? run.stepsPerSec : 0} />
      </div>
      <p class="demo-progress" aria-hidden="true">
        {run.state === 'idle' ? common.state.idle : progressLine(run.step, run.totalSteps || shown.steps, run.state === 'running' ? run.stepsPerSec : 0)}
      </p>
      <p class="demo-summary" role="status">
        {summaryText(run, shown, k, prior, result)}
      </p>
      <Ladder result={result} prior={prior} />
      <Curves view={run} rates={rates} />
      <section class="tl-proves" aria-label={text.proves.title}>
        <h4>{text.proves.title}</h4>
        <ul>
          {text.proves.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </section>
      <p class="demo-share">
        <a href={preset.shareHref}>{common.url.share}</a>
      </p>
    </div>
  );
}
