/**
 * Backend selector (Automático / WebGL / WASM / CPU) with the backend in use and the speed in steps/s.
 * A radio group: arrow keys move between choices, and each choice is a large touch target.
 */
import { useId } from 'preact/hooks';
import type { BackendChoice, BackendName } from '../../worker/protocol';
import { common } from '../strings/common';

const CHOICES: BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

export function BackendPicker(props: {
  choice: BackendChoice;
  onChange: (choice: BackendChoice) => void;
  inUse: BackendName | null;
  stepsPerSec: number;
}) {
  const name = useId();
  const t = common.backend;
  return (
    <fieldset class="demo-backend">
      <legend>{t.legend}</legend>
      <div class="demo-backend__choices">
        {CHOICES.map((c) => (
          <label key={c} class="demo-chip">
            <input
              type="radio"
              name={name}
              value={c}
              checked={props.choice === c}
              onChange={() => props.onChange(c)}
            />
            <span>{t.choices[c]}</span>
          </label>
        ))}
      </div>
      <p class="demo-backend__in-use">
        {t.inUse}: <strong data-backend={props.inUse ?? ''}>{props.inUse ? t.names[props.inUse] : t.none}</strong>
        {props.inUse && props.stepsPerSec > 0 ? ` · ${common.format.integer(props.stepsPerSec)} ${t.stepsPerSec}` : ''}
      </p>
    </fieldset>
  );
}
