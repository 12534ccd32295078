/** The settings panel of the tasa-aprendizaje demo: one labelled native control per setting. */
import { sliderToValue, valueToSlider } from '../../lib/query';
import {
  ACTIVATIONS,
  DATASETS,
  OPTIMIZERS,
  roundRate,
  SCHEMA,
  STEP_CHOICES,
  type TasaSettings,
} from '../../lib/experiments/tasa-aprendizaje';
import { numberOptions, SelectField, SettingsPanel, SliderField } from '../ui/Field';
import { common } from '../strings/common';
import { activationNames, datasetNames, optimizerNames, text } from '../strings/tasa-aprendizaje';

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function Settings(props: { settings: TasaSettings; onChange: (patch: Partial<TasaSettings>) => void }) {
  const s = props.settings;
  const set = props.onChange;
  const l = text.labels;
  const rateSlider = (key: 'lrmin' | 'lrmax') => (
    <SliderField
      label={l[key]}
      name={key}
      value={s[key]}
      toValue={(p) => roundRate(sliderToValue(SCHEMA[key], p))}
      toPosition={(v) => valueToSlider(SCHEMA[key], v)}
      format={common.format.rate}
      resolution={60}
      onChange={(v) => set({ [key]: v })}
    />
  );
  return (
    <SettingsPanel>
      {rateSlider('lrmin')}
      {rateSlider('lrmax')}
      <SelectField label={l.n} name="n" value={s.n} options={numberOptions(range(SCHEMA.n.min, SCHEMA.n.max), s.n)} onChange={(n) => set({ n })} />
      <SelectField label={l.steps} name="steps" value={s.steps} options={numberOptions(STEP_CHOICES, s.steps)} onChange={(steps) => set({ steps })} />
      <SelectField
        label={l.dataset}
        name="dataset"
        value={s.dataset}
        options={DATASETS.map((d) => ({ value: d, label: datasetNames[d] }))}
        onChange={(dataset) => set({ dataset })}
      />
      <SelectField
        label={l.act}
        name="act"
        value={s.act}
        options={ACTIVATIONS.map((a) => ({ value: a, label: activationNames[a] }))}
        onChange={(act) => set({ act })}
      />
      <SelectField
        label={l.opt}
        name="opt"
        value={s.opt}
        options={OPTIMIZERS.map((o) => ({ value: o, label: optimizerNames[o] ?? o }))}
        onChange={(opt) => set({ opt })}
      />
      <SelectField
        label={l.depth}
        name="depth"
        value={s.depth}
        options={numberOptions(range(SCHEMA.depth.min, SCHEMA.depth.max), s.depth)}
        onChange={(depth) => set({ depth })}
      />
      <SelectField label={l.width} name="width" value={s.width} options={numberOptions([4, 8, 16, 32, 64], s.width)} onChange={(width) => set({ width })} />
      <SelectField label={l.batch} name="batch" value={s.batch} options={numberOptions([8, 16, 32, 64, 128], s.batch)} onChange={(batch) => set({ batch })} />
    </SettingsPanel>
  );
}
