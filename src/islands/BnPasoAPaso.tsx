/**
 * Demo `bn-paso-a-paso`: one BN layer computed step by step on a 6×3 mini-batch the reader can edit.
 * Everything runs on the main thread with the plain reference BN (src/lib/batchnorm.ts): no tfjs, no
 * worker, instant. State transitions live in src/lib/experiments/bn-paso-a-paso.ts; this component
 * only wires them to the controls and publishes `data-metrics` on every change.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { batchMoments } from '../lib/batchnorm';
import {
  D,
  DEMO_NAME,
  M,
  MODES,
  SCHEMA,
  cellProblems,
  editCell,
  forward,
  initialState,
  metrics,
  nextBatch,
  resetRunning,
  runningAfterThisBatch,
  setBeta,
  setGamma,
  setMode,
  setMomentum,
  type BnPasoState,
  type Mode,
} from '../lib/experiments/bn-paso-a-paso';
import { useUrlPreset } from './hooks/useUrlPreset';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { UrlNotes } from './ui/UrlNotes';
import { InputTable, OutputTable } from './bn-paso-a-paso/Tables';
import { ParamSliders, RunningPanel } from './bn-paso-a-paso/Controls';
import { modeNames, num, problems, text } from './strings/bn-paso-a-paso';
import './demo.css';
import './bn-paso-a-paso/bn-paso-a-paso.css';

function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (m: Mode) => void }) {
  const name = useId();
  return (
    <fieldset class="bnp-mode">
      <legend>{text.mode.legend}</legend>
      <div class="bnp-mode__choices">
        {MODES.map((m) => (
          <label key={m} class="demo-chip">
            <input type="radio" name={name} value={m} checked={mode === m} onChange={() => onChange(m)} />
            <span>{modeNames[m]}</span>
          </label>
        ))}
      </div>
      <p class="bnp-small">{text.mode[mode]}</p>
    </fieldset>
  );
}

export default function BnPasoAPaso(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const [state, setState] = useState<BnPasoState>(() => initialState(preset.settings));
  const [highlight, setHighlight] = useState(0);
  const [mounted, setMounted] = useState(false);
  const errBase = useId();

  useEffect(() => setMounted(true), []);
  // A link addressed to this demo arrives after mount: start over from its settings.
  useEffect(() => {
    if (preset.fromUrl) setState(initialState(preset.settings));
  }, [preset.fromUrl]);

  const out = useMemo(() => forward(state), [state]);
  const batch = useMemo(() => batchMoments(Float32Array.from(state.values), M, D), [state.values]);
  const next = useMemo(() => runningAfterThisBatch(state), [state]);
  const bad = useMemo(() => cellProblems(state), [state.texts]);
  const invalid = useMemo(() => new Set(bad.map((b) => b.k)), [bad]);
  const data = useMemo(() => JSON.stringify(metrics(state, out)), [state, out]);

  const errorId = (k: number) => `${errBase}-e${k}`;
  const column = Array.from({ length: M }, (_, i) => num(state.values[i * D + highlight], 4));
  const list = (xs: ArrayLike<number>) => Array.from(xs, (v) => num(v)).join('; ');

  const changeMode = (mode: Mode) => {
    setState((s) => setMode(s, mode));
    preset.update({ mode });
  };
  const changeMomentum = (momentum: number) => {
    setState((s) => setMomentum(s, momentum));
    preset.update({ momentum });
  };

  return (
    <DemoRoot island={props} name={DEMO_NAME} state={mounted ? 'done' : 'idle'} metrics={data} title={text.title} class="bnp">
      <p class="bnp-intro">{text.intro}</p>
      <UrlNotes notes={preset.notes} />
      <ModeSwitch mode={state.mode} onChange={changeMode} />
      <div class="bnp-tables">
        <InputTable
          state={state}
          batchMean={batch.mean}
          batchVar={batch.variance}
          highlight={highlight}
          onHighlight={setHighlight}
          onEdit={(k, t) => setState((s) => editCell(s, k, t))}
          invalid={invalid}
          errorId={errorId}
        />
        <OutputTable out={out} highlight={highlight} onHighlight={setHighlight} />
      </div>
      {bad.length > 0 && (
        <ul class="demo-note bnp-errors">
          {bad.map(({ k, problem }) => (
            <li key={k} id={errorId(k)}>
              {text.cellProblem(Math.floor(k / D), k % D, problems[problem], num(state.values[k], 4))}
            </li>
          ))}
        </ul>
      )}
      <p class="bnp-explain" data-highlight={highlight}>
        {text.highlight.explain(highlight, column.join(' + '), num(batch.mean[highlight], 3), num(batch.variance[highlight], 3))}
      </p>
      <ParamSliders
        state={state}
        onGamma={(j, v) => setState((s) => setGamma(s, j, v))}
        onBeta={(j, v) => setState((s) => setBeta(s, j, v))}
        onHighlight={setHighlight}
      />
      <RunningPanel
        state={state}
        next={next}
        highlight={highlight}
        onMomentum={changeMomentum}
        onNewBatch={() => setState((s) => nextBatch(s))}
        onTenBatches={() => setState((s) => nextBatch(s, 10))}
        onReset={() => setState((s) => resetRunning(s))}
      />
      <p role="status" class="demo-summary">
        {text.summary({
          mode: state.mode,
          means: list(batch.mean),
          vars: list(batch.variance),
          runMeans: list(state.running.mean),
          runVars: list(state.running.variance),
          batches: state.running.batches,
          invalid: bad.length,
        })}
      </p>
    </DemoRoot>
  );
}
