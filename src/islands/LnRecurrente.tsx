/**
 * Demo `ln-recurrente`: a recurrent network reads the digits row by row, plain and with LayerNorm in
 * the cell; the size of its hidden state at initialisation over 64 steps, and a ladder of learning
 * rates for each. The island holds no maths: src/lib/experiments/ln-recurrente.ts and the engine's
 * recurrent layer (src/engine/recurrent.ts).
 */
import { Legend } from '../charts/Legend';
import { LineChart } from '../charts/LineChart';
import {
  buildSpec,
  DEMO_NAME,
  METHODS,
  NORM_EXAMPLES,
  NORM_STEPS,
  RATES,
  ROWS,
  SCHEMA,
  UNIFORM_LOSS,
  UNITS,
} from '../lib/experiments/ln-recurrente';
import { STABLE_FRACTION } from '../lib/experiments/tasa-aprendizaje';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, ladders, normResults, summaryText } from './ln-recurrente/view';
import { chartDescription, text } from './strings/ln-recurrente';
import { text as ladderText } from './strings/tasa-aprendizaje';
import { methodNames } from './strings/vocabulary';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { Ladder } from './ui/Ladder';
import { METHOD_COLORS } from './ui/method-colors';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const SERIES = METHODS.map((m) => ({ label: methodNames[m], color: METHOD_COLORS[m] }));
const STEPS = Array.from({ length: NORM_STEPS }, (_, i) => i + 1);

export default function LnRecurrente(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  // The scale of the run on screen (the slider may have moved since it started).
  const { run, settings } = demo;
  const scale = demo.shown.escala;
  const r = normResults(run, scale);
  const l = ladders(run, UNIFORM_LOSS);
  return (
    <DemoRoot
      name={DEMO_NAME}
      island={props}
      demo={demo}
      metrics={JSON.stringify(demoMetrics(run, scale, UNIFORM_LOSS))}
      title={text.title}
    >
      <Intro>
        <p class="demo__intro">{text.intro(ROWS, UNITS, settings.steps, RATES.length)}</p>
        <p class="demo-hint">{text.protocol(ROWS, NORM_EXAMPLES)}</p>
        <p class="demo-hint">{ladderText.definition(STABLE_FRACTION * UNIFORM_LOSS, UNIFORM_LOSS)}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.labels, formats: text.formats }}
      />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, scale, UNIFORM_LOSS)}
      </p>
      <div class="demo-curves">
        <Legend label={text.legend} items={SERIES.map((s) => ({ label: s.label, color: s.color }))} />
        <LineChart
          title={text.chart.title(scale)}
          x={STEPS}
          ys={r ? METHODS.map((m) => r.norms[m]) : METHODS.map(() => [])}
          series={SERIES}
          xLabel={text.chart.xLabel}
          yLabel={text.chart.yLabel}
          yLog
          description={chartDescription(r)}
        />
      </div>
      <Ladder families={METHODS.map((m) => ({ label: methodNames[m], rungs: l.rungs[m], best: l.maxStable[m] }))} prior={UNIFORM_LOSS} />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
