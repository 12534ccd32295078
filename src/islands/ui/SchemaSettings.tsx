/**
 * The settings panel of every training demo, rendered from the demo's URL schema (src/lib/query.ts):
 * the schema already knows each setting's kind, range, choices and how the panel offers it; the demo's
 * strings give the labels (shared ones come from strings/vocabulary.ts). Enum → select; integer or
 * number with `choices` → select; number → slider (log where the schema says so); integer without
 * choices → a select over its range, or a slider when it is capped by another setting (`maxOf`).
 */
import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import { sliderToValue, valueToSlider, type Field, type QuerySchema, type SettingsOf } from '../../lib/query';
import { common } from '../strings/common';
import { fieldLabels, optionNames } from '../strings/vocabulary';
import { numberOptions, SelectField, SettingsPanel, SliderField, type Option } from './Field';

/** Integer ranges up to this long are offered as a select of every value. */
const MAX_RANGE_SELECT = 24;

export interface SettingsText {
  /** Labels by setting key (falls back to the shared ones). */
  labels?: Record<string, string>;
  /** Option names of enum settings by key (falls back to the shared ones). */
  options?: Record<string, Record<string, string>>;
  /** How a slider shows its value, by key (default: a rate, «0,15»). */
  formats?: Record<string, (v: number) => string>;
}

const round = (v: number, digits: number) => Number(v.toPrecision(digits));
const range = (min: number, max: number) => Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);

interface SchemaSettingsProps<S extends QuerySchema> {
  schema: S;
  settings: SettingsOf<S>;
  onChange: (patch: Partial<SettingsOf<S>>) => void;
  text?: SettingsText;
  /** The settings came from a link (useUrlPreset's `fromUrl`): show them unfolded on a phone. */
  fromUrl?: boolean;
}

type PanelProps = Omit<SchemaSettingsProps<QuerySchema>, 'onChange'> & { set: (key: string, value: unknown) => void };

const sameText = (a: SettingsText = {}, b: SettingsText = {}) =>
  a.labels === b.labels && a.options === b.options && a.formats === b.formats;

/**
 * The panel re-renders only when what it shows changes, not on every progress message of a run (it
 * holds dozens of controls). `set` is stable; `text` may be a new object with the same parts.
 */
class Panel extends Component<PanelProps> {
  shouldComponentUpdate(b: PanelProps): boolean {
    const a = this.props;
    return !(a.schema === b.schema && a.settings === b.settings && a.fromUrl === b.fromUrl && sameText(a.text, b.text));
  }
  render() {
    return renderPanel(this.props);
  }
}

export function SchemaSettings<S extends QuerySchema>(props: SchemaSettingsProps<S>) {
  // The latest onChange, called through a stable `set`, so a caller's new closure does not re-render the panel.
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const set = useRef((key: string, value: unknown) => onChange.current({ [key]: value } as Partial<SettingsOf<S>>)).current;
  return <Panel schema={props.schema} settings={props.settings} text={props.text} fromUrl={props.fromUrl} set={set} />;
}

function renderPanel(props: PanelProps) {
  const values = props.settings as Record<string, unknown>;
  const t = props.text ?? {};
  const shown = Object.entries(props.schema).filter(([, f]) => !f.hidden);
  const labelOf = (key: string) => t.labels?.[key] ?? fieldLabels[key] ?? key;
  const namesOf = (key: string) => t.options?.[key] ?? optionNames[key] ?? {};
  /** A setting's value as its control shows it (option name, Sí/No, or the number). */
  const valueText = (key: string, f: Field): string => {
    const value = values[key];
    if (f.kind === 'enum') return namesOf(key)[value as string] ?? String(value);
    if (f.kind === 'boolean') return value ? common.controls.yes : common.controls.no;
    return f.choices || f.kind === 'integer'
      ? common.format.plain(value as number)
      : (t.formats?.[key] ?? common.format.rate)(value as number);
  };
  const set = props.set;
  const field = (key: string, f: Field) => {
    const label = labelOf(key);
    const value = values[key];
    const select = <V extends string | number>(v: V, options: Option<V>[], parse: (x: V) => unknown = (x) => x) => (
      <SelectField key={key} label={label} value={v} options={options} onChange={(x) => set(key, parse(x))} />
    );
    if (f.kind === 'enum') {
      const names = namesOf(key);
      return select(
        value as string,
        f.values.map((v) => ({ value: v, label: names[v] ?? v })),
      );
    }
    if (f.kind === 'boolean') {
      const options = [
        { value: 'true', label: common.controls.yes },
        { value: 'false', label: common.controls.no },
      ];
      return select(String(value), options, (x) => x === 'true');
    }
    const v = value as number;
    if (f.choices) return select(v, numberOptions(f.choices, v));
    const max = f.maxOf ? Math.min(f.max, values[f.maxOf] as number) : f.max;
    if (f.kind === 'integer' && !f.maxOf && !f.log && max - f.min < MAX_RANGE_SELECT) return select(v, numberOptions(range(f.min, max), v));
    const format = t.formats?.[key] ?? common.format.rate;
    const slider = (shownValue: number, resolution: number, toValue: (p: number) => number, toPosition: (x: number) => number) => (
      <SliderField
        key={key}
        label={label}
        value={shownValue}
        resolution={resolution}
        format={format}
        onChange={(x) => set(key, x)}
        toValue={toValue}
        toPosition={toPosition}
      />
    );
    if (f.kind === 'integer' && !f.log) {
      const span = Math.max(1, max - f.min);
      return slider(
        Math.min(v, max),
        span,
        (p) => Math.round(f.min + p * span),
        (x) => (x - f.min) / span,
      );
    }
    const bounded = { ...f, max };
    const digits = f.digits ?? 2;
    return slider(
      v,
      f.resolution ?? 80,
      (p) => (f.kind === 'integer' ? Math.round(sliderToValue(bounded, p)) : round(sliderToValue(bounded, p), digits)),
      (x) => valueToSlider(bounded, x),
    );
  };
  return (
    <SettingsPanel values={shown.map(([key, f]) => ({ label: labelOf(key), value: valueText(key, f) }))} openOnPreset={props.fromUrl}>
      {shown.map(([key, f]) => field(key, f))}
    </SettingsPanel>
  );
}
