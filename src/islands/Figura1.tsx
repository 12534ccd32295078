/**
 * Demo `figura-1`: Ioffe & Szegedy (2015) Figure 1, reduced to the 8×8 digits and trained live in a
 * worker. The island holds no maths: it builds the spec from the settings (src/lib/experiments/
 * figura-1.ts), talks to the worker through `useTrainer`, and draws what comes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DIGITS_ATTRIBUTION, DIGITS_ROWS } from '../lib/datasets/digits';
import { buildSpec, DEMO_NAME, probedUnit, SCHEMA, TEST_FRACTION, type Figura1Settings } from '../lib/experiments/figura-1';
import type { BackendChoice } from '../worker/protocol';
import { Figure } from './figura-1/Charts';
import { Settings } from './figura-1/Settings';
import { metricsJson, summaryText } from './figura-1/view';
import { useReducedMotion } from './hooks/useReducedMotion';
import { useTrainer } from './hooks/useTrainer';
import { useUrlPreset } from './hooks/useUrlPreset';
import { common } from './strings/common';
import { progressLine, settingsNote, text } from './strings/figura-1';
import { BackendPicker } from './ui/BackendPicker';
import { RunButtons } from './ui/RunButtons';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './figura-1/figura-1.css';

const TEST_N = Math.round(DIGITS_ROWS * TEST_FRACTION);

export default function Figura1() {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const settings = preset.settings;
  const reduced = useReducedMotion();
  const [run, ctl] = useTrainer({ minFrameMs: reduced ? 600 : 0 });
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const pendingStep = useRef(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // "Paso" from idle starts a run that pauses at once; the first step is sent when it is paused.
  useEffect(() => {
    if (run.state === 'paused' && pendingStep.current) {
      pendingStep.current = false;
      ctl.step(1);
    }
  }, [run.state]);

  const change = (patch: Partial<Figura1Settings>) => {
    if (run.state !== 'idle') ctl.reset();
    preset.update(patch);
  };
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
  const unit = probedUnit(settings) + 1;
  const a = DIGITS_ATTRIBUTION;

  return (
    <div
      class="demo f1"
      data-demo={DEMO_NAME}
      data-state={run.state}
      data-metrics={metricsJson(run, settings)}
      data-hydrated={hydrated ? 'true' : undefined}
      role="group"
      aria-label={text.title}
    >
      <p class="demo__intro">
        {text.intro({ width: settings.width, steps: settings.steps, batch: settings.batch, trainN: DIGITS_ROWS - TEST_N, testN: TEST_N })}{' '}
        {settingsNote(settings.lr, settings.opt)}
      </p>
      <p class="demo-hint">{text.paper}</p>
      <UrlNotes notes={preset.notes} />
      <Settings settings={settings} onChange={change} />
      <div class="demo-run">
        <RunButtons state={run.state} actions={actions} />
        <BackendPicker choice={backend} onChange={chooseBackend} inUse={run.backend} stepsPerSec={busy ? run.stepsPerSec : 0} />
      </div>
      <p class="demo-progress" aria-hidden="true">
        {run.state === 'idle' ? common.state.idle : progressLine(run.step, run.totalSteps || settings.steps, run.state === 'running' ? run.stepsPerSec : 0)}
      </p>
      <p class="demo-summary" role="status">
        {summaryText(run, settings)}
      </p>
      <Figure view={run} unit={unit} />
      <section class="f1-notice" aria-label={text.notice.title}>
        <h4>{text.notice.title}</h4>
        <ul>
          {text.notice.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </section>
      <p class="demo-hint f1-credit">
        {text.attribution}: «<a href={a.url}>{a.title}</a>», {a.creators.join(' y ')} ({a.year}), {a.repository}, {text.licence}{' '}
        <a href={a.licenseUrl}>{a.license}</a>.
      </p>
      <p class="demo-share">
        <a href={preset.shareHref}>{common.url.share}</a>
      </p>
    </div>
  );
}
