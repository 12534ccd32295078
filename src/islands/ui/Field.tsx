/**
 * Labelled form controls shared by the demo islands: a select, and a slider (linear or logarithmic)
 * that shows its value. Native elements, so keyboard, touch and screen readers work as usual.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { common } from '../strings/common';

export interface Option<V extends string | number> {
  value: V;
  label: string;
}

export function SelectField<V extends string | number>(props: {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  name?: string;
}) {
  const id = useId();
  return (
    <div class="demo-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={String(props.value)}
        disabled={props.disabled}
        onChange={(e) => {
          const raw = (e.currentTarget as HTMLSelectElement).value;
          const hit = props.options.find((o) => String(o.value) === raw);
          if (hit) props.onChange(hit.value);
        }}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A slider over [0, 1] mapped to a value by `toValue`/`toPosition` (e.g. the log mapping of
 * src/lib/query.ts). The value is shown next to the label and announced as aria-valuetext.
 */
export function SliderField(props: {
  label: string;
  value: number;
  toValue: (pos: number) => number;
  toPosition: (value: number) => number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  /** Positions per unit of slider travel (keyboard arrows move one). */
  resolution?: number;
  name?: string;
}) {
  const id = useId();
  const res = props.resolution ?? 100;
  const text = props.format(props.value);
  return (
    <div class="demo-field demo-field--slider">
      <label for={id}>
        {props.label}: <span class="demo-field__value">{text}</span>
      </label>
      <input
        id={id}
        name={props.name}
        type="range"
        min={0}
        max={res}
        step={1}
        value={Math.round(props.toPosition(props.value) * res)}
        aria-valuetext={text}
        onInput={(e) => props.onChange(props.toValue(Number((e.currentTarget as HTMLInputElement).value) / res))}
      />
    </div>
  );
}

/** A numeric select's options: the usual choices plus the current value if a link set another one. */
export function numberOptions(choices: readonly number[], current: number): Option<number>[] {
  const all = choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
  return all.map((v) => ({ value: v, label: common.format.plain(v) }));
}

/** The frame of a demo's settings: a fieldset with its legend, a grid of fields and the reset hint. */
export function SettingsPanel(props: { children: ComponentChildren }) {
  return (
    <fieldset class="demo-settings">
      <legend>{common.controls.legend}</legend>
      <div class="demo-settings__grid">{props.children}</div>
      <p class="demo-hint">{common.controls.changeStopsRun}</p>
    </fieldset>
  );
}
