/**
 * Controls of `bn-paso-a-paso`: the γ/β sliders per feature and the running-statistics panel (momentum
 * in both conventions, the accumulated mean/variance and what the next training batch would make them).
 */
import { useId } from 'preact/hooks';
import {
  BETA_RANGE,
  D,
  GAMMA_RANGE,
  MOMENTUM_CHOICES,
  POPULATION,
  kerasMomentum,
  type BnPasoState,
} from '../../lib/experiments/bn-paso-a-paso';
import { SelectField } from '../ui/Field';
import { feature, featureShort, num, text } from '../strings/bn-paso-a-paso';
import { DemoHeading } from '../ui/DemoHeading';

const COLS = Array.from({ length: D }, (_, j) => j);

function Slider(props: {
  label: string;
  value: number;
  range: { min: number; max: number; step: number };
  onChange: (v: number) => void;
  onFocus: () => void;
}) {
  const id = useId();
  const shown = num(props.value, 1);
  return (
    <div class="demo-field demo-field--slider">
      <label for={id}>
        {props.label}: <span class="bnp-value">{shown}</span>
      </label>
      <input
        id={id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={shown}
        onFocus={props.onFocus}
        onInput={(e) => props.onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
    </div>
  );
}

export function ParamSliders(props: {
  state: BnPasoState;
  onGamma: (j: number, v: number) => void;
  onBeta: (j: number, v: number) => void;
  onHighlight: (j: number) => void;
}) {
  return (
    <fieldset class="bnp-params">
      <legend>{text.params.legend}</legend>
      <div class="bnp-params__grid">
        {COLS.map((j) => (
          <div key={j} class="bnp-params__feature" role="group" aria-label={feature(j)}>
            <p class="bnp-params__name">{feature(j)}</p>
            <Slider
              label={`γ ${featureShort(j)}`}
              value={props.state.gamma[j]}
              range={GAMMA_RANGE}
              onChange={(v) => props.onGamma(j, v)}
              onFocus={() => props.onHighlight(j)}
            />
            <Slider
              label={`β ${featureShort(j)}`}
              value={props.state.beta[j]}
              range={BETA_RANGE}
              onChange={(v) => props.onBeta(j, v)}
              onFocus={() => props.onHighlight(j)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const list = (xs: readonly number[]) => xs.map((v) => num(v)).join('; ');

export function RunningPanel(props: {
  state: BnPasoState;
  next: BnPasoState['running'];
  highlight: number;
  onMomentum: (m: number) => void;
  onNewBatch: () => void;
  onTenBatches: () => void;
  onReset: () => void;
}) {
  const { state, next, highlight: hl } = props;
  const t = text.running;
  const pt = num(state.momentum);
  const keras = num(kerasMomentum(state));
  const options = MOMENTUM_CHOICES.includes(state.momentum) ? MOMENTUM_CHOICES : [...MOMENTUM_CHOICES, state.momentum];
  return (
    <section class="bnp-running" aria-label={t.title}>
      <DemoHeading class="bnp-running__title">{t.title}</DemoHeading>
      <SelectField
        label={t.momentumLabel}
        value={state.momentum}
        options={options.map((m) => ({ value: m, label: t.momentumOption(num(m), num(1 - m)) }))}
        onChange={(v) => props.onMomentum(v)}
      />
      <p class="bnp-small">{t.conventions(pt, keras)}</p>
      <p class="bnp-small">{t.bessel}</p>
      <p class="bnp-small" data-batches={state.running.batches}>
        {t.seen(state.running.batches)}
      </p>
      <table class="bnp-table bnp-table--running">
        <caption class="bnp-small">{state.mode === 'train' ? t.pending : t.frozen}</caption>
        <thead>
          <tr>
            <td />
            {COLS.map((j) => (
              <th key={j} scope="col" class={j === hl ? 'bnp-hl' : undefined}>
                {featureShort(j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.meanRow}</th>
            {COLS.map((j) => (
              <td key={j} class={`bnp-stat${j === hl ? ' bnp-hl' : ''}`}>
                {num(state.running.mean[j])}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t.varRow}</th>
            {COLS.map((j) => (
              <td key={j} class={`bnp-stat${j === hl ? ' bnp-hl' : ''}`}>
                {num(state.running.variance[j])}
              </td>
            ))}
          </tr>
          {state.mode === 'train' && (
            <>
              <tr class="bnp-pending">
                <th scope="row">{t.nextMeanRow}</th>
                {COLS.map((j) => (
                  <td key={j} class={`bnp-stat${j === hl ? ' bnp-hl' : ''}`}>
                    {num(next.mean[j])}
                  </td>
                ))}
              </tr>
              <tr class="bnp-pending">
                <th scope="row">{t.nextVarRow}</th>
                {COLS.map((j) => (
                  <td key={j} class={`bnp-stat${j === hl ? ' bnp-hl' : ''}`}>
                    {num(next.variance[j])}
                  </td>
                ))}
              </tr>
            </>
          )}
        </tbody>
      </table>
      <p class="bnp-small">{t.population(list(POPULATION.map((p) => p.mean)), list(POPULATION.map((p) => p.std * p.std)))}</p>
      <div class="demo-buttons" role="group" aria-label={t.title}>
        <button type="button" class="demo-btn demo-btn--primary" title={text.hints.newBatch(state.mode)} onClick={props.onNewBatch}>
          {text.buttons.newBatch}
        </button>
        <button type="button" class="demo-btn" onClick={props.onTenBatches}>
          {text.buttons.tenBatches}
        </button>
        <button type="button" class="demo-btn" onClick={props.onReset}>
          {text.buttons.resetRunning}
        </button>
      </div>
      <p class="bnp-small">{text.hints.newBatch(state.mode)}</p>
    </section>
  );
}
