/**
 * The run strip every training demo shows under its settings: the run buttons, the backend picker
 * and a progress line (hidden from screen readers; the demo's summary is the live region), plus the
 * share link paragraph. Fed by `useDemoRun`.
 */
import type { ComponentChildren } from 'preact';
import type { DemoRun } from '../hooks/useDemoRun';
import { common } from '../strings/common';
import { BackendPicker } from './BackendPicker';
import { RunButtons } from './RunButtons';

export function RunPanel(props: {
  demo: Pick<DemoRun<never>, 'run' | 'actions' | 'backend' | 'chooseBackend' | 'busy'>;
  /** Steps of the run, used until the worker reports its own total. */
  steps: number;
}) {
  const { run, actions, backend, chooseBackend, busy } = props.demo;
  return (
    <>
      <div class="demo-run">
        <RunButtons state={run.state} actions={actions} />
        <BackendPicker choice={backend} onChange={chooseBackend} inUse={run.backend} stepsPerSec={busy ? run.stepsPerSec : 0} />
      </div>
      <p class="demo-progress" aria-hidden="true">
        {run.state === 'idle'
          ? common.state.idle
          : common.progressLine(run.step, run.totalSteps || props.steps, run.state === 'running' ? run.stepsPerSec : 0)}
      </p>
    </>
  );
}

export function ShareLink(props: { href: string; children?: ComponentChildren }) {
  return (
    <p class="demo-share">
      <a href={props.href}>{common.url.share}</a>
      {props.children}
    </p>
  );
}
