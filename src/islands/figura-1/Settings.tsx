/** The settings panel of the figura-1 demo: one labelled native control per setting. */
import { sliderToValue, valueToSlider } from '../../lib/query';
import { OPTIMIZERS, SCHEMA, STEP_CHOICES, WIDTH_CHOICES, type Figura1Settings } from '../../lib/experiments/figura-1';
import { numberOptions, SelectField, SettingsPanel, SliderField } from '../ui/Field';
import { common } from '../strings/common';
import { optimizerNames, text } from '../strings/figura-1';

const BATCH_CHOICES: readonly number[] = [16, 32, 60, 128];

export function Settings(props: { settings: Figura1Settings; onChange: (patch: Partial<Figura1Settings>) => void }) {
  const s = props.settings;
  const set = props.onChange;
  const l = text.labels;
  const unitMax = s.width;
  return (
    <SettingsPanel>
      <SelectField label={l.steps} name="steps" value={s.steps} options={numberOptions(STEP_CHOICES, s.steps)} onChange={(steps) => set({ steps })} />
      <SliderField
        label={l.lr}
        name="lr"
        value={s.lr}
        toValue={(p) => Number(sliderToValue(SCHEMA.lr, p).toPrecision(2))}
        toPosition={(v) => valueToSlider(SCHEMA.lr, v)}
        format={common.format.rate}
        resolution={80}
        onChange={(lr) => set({ lr })}
      />
      <SelectField
        label={l.opt}
        name="opt"
        value={s.opt}
        options={OPTIMIZERS.map((o) => ({ value: o, label: optimizerNames[o] }))}
        onChange={(opt) => set({ opt })}
      />
      <SelectField label={l.width} name="width" value={s.width} options={numberOptions(WIDTH_CHOICES, s.width)} onChange={(width) => set({ width })} />
      <SelectField label={l.batch} name="batch" value={s.batch} options={numberOptions(BATCH_CHOICES, s.batch)} onChange={(batch) => set({ batch })} />
      <SliderField
        label={l.unit}
        name="unit"
        value={Math.min(s.unit, unitMax)}
        toValue={(p) => Math.round(1 + p * (unitMax - 1))}
        toPosition={(v) => (unitMax > 1 ? (v - 1) / (unitMax - 1) : 0)}
        format={(v) => `n.º ${v}`}
        resolution={Math.max(1, unitMax - 1)}
        onChange={(unit) => set({ unit })}
      />
    </SettingsPanel>
  );
}
