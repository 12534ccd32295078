/**
 * Labelled form controls shared by the demo islands: a select, and a slider (linear or logarithmic)
 * that shows its value. Native elements, so keyboard, touch and screen readers work as usual.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId } from 'preact/hooks';
import { useDisclosure } from '../hooks/useDisclosure';
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
}) {
  const id = useId();
  return (
    <div class="demo-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
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

/**
 * The frame of a demo's settings: a fieldset with its legend, a grid of fields and the reset hint.
 * On a phone (demo.css: below 40rem) it folds behind a disclosure button whose text lists the current
 * values, so that Entrenar and the main chart come first; it opens when a link set the values
 * (`openOnPreset`). On wider screens it is always open and the button is not shown.
 */
export function SettingsPanel(props: { children: ComponentChildren; values: { label: string; value: string }[]; openOnPreset?: boolean }) {
  const d = useDisclosure();
  useEffect(() => {
    if (props.openOnPreset) d.setOpen(true);
  }, [props.openOnPreset]);
  return (
    <div class="demo-settings-box" {...d.box}>
      <button type="button" class="demo-settings__toggle" {...d.button}>
        <span class="demo-settings__toggle-title">{common.controls.show}</span>
        {/* The separators are for screen readers, which read the button as one sentence. */}
        <span class="visually-hidden">. </span>
        <span class="demo-settings__values">
          {props.values.map((v, i) => (
            <span key={v.label} class="demo-settings__value">
              {v.label}: <strong>{v.value}</strong>
              {i < props.values.length - 1 && <span class="visually-hidden">; </span>}
            </span>
          ))}
        </span>
      </button>
      <fieldset class="demo-settings" id={d.id}>
        <legend>{common.controls.legend}</legend>
        <div class="demo-settings__grid">{props.children}</div>
        <p class="demo-hint">{common.controls.changeStopsRun}</p>
      </fieldset>
    </div>
  );
}
