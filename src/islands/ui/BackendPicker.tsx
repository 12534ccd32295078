/** Backend selector (Automático / WebGL / WASM / CPU) with the backend in use and the speed in steps/s. */
import { BACKEND_NAMES, type BackendChoice, type BackendName } from '../../worker/protocol';
import { common } from '../strings/common';
import { ChipRadios } from './ChipRadios';

const CHOICES: BackendChoice[] = ['auto', ...BACKEND_NAMES];

export function BackendPicker(props: {
  choice: BackendChoice;
  onChange: (choice: BackendChoice) => void;
  inUse: BackendName | null;
  stepsPerSec: number;
}) {
  const t = common.backend;
  return (
    <ChipRadios class="demo-backend" legend={t.legend} choices={CHOICES.map((c) => ({ value: c, label: t.choices[c] }))} value={props.choice} onChange={props.onChange}>
      <p class="demo-backend__in-use">
        {t.inUse}: <strong data-backend={props.inUse ?? ''}>{props.inUse ? t.names[props.inUse] : t.none}</strong>
        {props.inUse && props.stepsPerSec > 0 ? ` · ${common.format.integer(props.stepsPerSec)} ${t.stepsPerSec}` : ''}
      </p>
    </ChipRadios>
  );
}
