/**
 * The run controls every training demo shares: Entrenar / Pausa / Paso / Reiniciar. A button that
 * does not apply in the current state is `aria-disabled` rather than `disabled`, so keyboard focus
 * stays on it after it is pressed (a disabled button would drop focus to the page).
 */
import type { ComponentChildren } from 'preact';
import { common, type DemoState } from '../strings/common';

/** A demo button that stays focusable when it cannot act (aria-disabled). */
export function Btn(props: {
  onPress: () => void;
  enabled: boolean;
  primary?: boolean;
  title?: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={`demo-btn${props.primary ? ' demo-btn--primary' : ''}`}
      aria-disabled={props.enabled ? undefined : 'true'}
      title={props.title}
      onClick={() => {
        if (props.enabled) props.onPress();
      }}
    >
      {props.children}
    </button>
  );
}

export interface RunActions {
  /** Start a run from scratch (idle, done, error) or resume it (paused). */
  train: () => void;
  pause: () => void;
  /** Advance one step (starting a paused run first when idle). */
  step: () => void;
  reset: () => void;
}

export function RunButtons({ state, actions }: { state: DemoState; actions: RunActions }) {
  const b = common.buttons;
  const busy = state === 'loading' || state === 'running';
  return (
    <div class="demo-buttons" role="group" aria-label="Entrenamiento">
      <Btn primary enabled={!busy} onPress={actions.train}>
        {state === 'paused' ? `${b.train} (${b.resume.toLowerCase()})` : state === 'done' ? b.trainAgain : b.train}
      </Btn>
      <Btn enabled={state === 'running'} onPress={actions.pause}>
        {b.pause}
      </Btn>
      <Btn enabled={state === 'idle' || state === 'paused'} onPress={actions.step} title={common.buttonHints.step}>
        {b.step}
      </Btn>
      <Btn enabled={state !== 'idle' && state !== 'loading'} onPress={actions.reset} title={common.buttonHints.reset}>
        {b.reset}
      </Btn>
    </div>
  );
}
