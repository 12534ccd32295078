/** The settings panel of the bn-vs-sin-bn demo: one labelled native control per setting. */
import { sliderToValue, valueToSlider } from '../../lib/query';
import {
  ACTIVATIONS,
  BATCH_CHOICES,
  BN_POSITIONS,
  DATASETS,
  SCHEMA,
  STEP_CHOICES,
  type BnVsSinBnSettings,
} from '../../lib/experiments/bn-vs-sin-bn';
import { numberOptions, SelectField, SettingsPanel, SliderField, type Option } from '../ui/Field';
import { common } from '../strings/common';
import { activationNames, bnPositionNames, datasetNames, text } from '../strings/bn-vs-sin-bn';

/** Round to 2 significant digits so the log slider lands on readable rates (0.3, not 0.3019…). */
function nice(v: number): number {
  return Number(v.toPrecision(2));
}

function rangeOptions(min: number, max: number): Option<number>[] {
  return Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: String(min + i) }));
}

export function Settings(props: {
  settings: BnVsSinBnSettings;
  onChange: (patch: Partial<BnVsSinBnSettings>) => void;
}) {
  const s = props.settings;
  const set = props.onChange;
  const l = text.labels;
  return (
    <SettingsPanel>
      <SelectField
        label={l.dataset}
        name="dataset"
        value={s.dataset}
        options={DATASETS.map((d) => ({ value: d, label: datasetNames[d] }))}
        onChange={(dataset) => set({ dataset })}
      />
      <SliderField
        label={l.lr}
        name="lr"
        value={s.lr}
        toValue={(p) => nice(sliderToValue(SCHEMA.lr, p))}
        toPosition={(v) => valueToSlider(SCHEMA.lr, v)}
        format={common.format.rate}
        resolution={80}
        onChange={(lr) => set({ lr })}
      />
      <SelectField label={l.batch} name="batch" value={s.batch} options={numberOptions(BATCH_CHOICES, s.batch)} onChange={(batch) => set({ batch })} />
      <SelectField
        label={l.depth}
        name="depth"
        value={s.depth}
        options={rangeOptions(SCHEMA.depth.min, SCHEMA.depth.max)}
        onChange={(depth) => set({ depth })}
      />
      <SelectField
        label={l.width}
        name="width"
        value={s.width}
        options={numberOptions([2, 4, 8, 16, 32, 64], s.width)}
        onChange={(width) => set({ width })}
      />
      <SelectField
        label={l.act}
        name="act"
        value={s.act}
        options={ACTIVATIONS.map((a) => ({ value: a, label: activationNames[a] }))}
        onChange={(act) => set({ act })}
      />
      <SelectField
        label={l.bn}
        name="bn"
        value={s.bn}
        options={BN_POSITIONS.map((b) => ({ value: b, label: bnPositionNames[b] }))}
        onChange={(bn) => set({ bn })}
      />
      <SelectField label={l.steps} name="steps" value={s.steps} options={numberOptions(STEP_CHOICES, s.steps)} onChange={(steps) => set({ steps })} />
    </SettingsPanel>
  );
}
