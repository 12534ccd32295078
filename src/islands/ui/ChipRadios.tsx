/**
 * A radio group drawn as chips: arrow keys move between choices, each choice is a large touch target
 * (native radio inputs under the chips, so keyboard and screen readers work as usual).
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function ChipRadios<V extends string | number>(props: {
  legend: string;
  choices: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  class?: string;
  children?: ComponentChildren;
}) {
  const name = useId();
  return (
    <fieldset class={props.class ?? 'demo-chips'}>
      <legend>{props.legend}</legend>
      <div class="demo-chips__choices">
        {props.choices.map((c) => (
          <label key={String(c.value)} class="demo-chip">
            <input type="radio" name={name} value={String(c.value)} checked={props.value === c.value} onChange={() => props.onChange(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
