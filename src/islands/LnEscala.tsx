/**
 * Demo `ln-escala`: none, BN, LN and RMSNorm trained in one stack, then every test image rescaled or
 * shifted and classified in eval mode (Ba et al. 2016, Table 1). The island holds no maths:
 * src/lib/experiments/ln-escala.ts and the engine's input-scan probe.
 */
import { Legend } from '../charts/Legend';
import { LineChart } from '../charts/LineChart';
import { buildSpec, DEMO_NAME, METHODS, SCALES, SCHEMA, SHIFTS } from '../lib/experiments/ln-escala';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, results, summaryText } from './ln-escala/view';
import { chartDescription, text } from './strings/ln-escala';
import { methodNames } from './strings/vocabulary';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { METHOD_COLORS } from './ui/method-colors';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const SERIES = METHODS.map((m) => ({ label: methodNames[m], color: METHOD_COLORS[m], dash: m === 'rms' ? [6, 4] : undefined }));
/** The table shows accuracy at the ends of each axis (two tables of three columns fit a 360 px phone). */
const SCALE_ENDS = [SCALES[0], SCALES[SCALES.length - 1]];
const SHIFT_ENDS = [SHIFTS[0], SHIFTS[SHIFTS.length - 1]];
const AXES = ['scale', 'shift'] as const;

export default function LnEscala(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  const { run, settings } = demo;
  const r = results(run);
  const c = text.charts;
  const empty = METHODS.map(() => []);
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro}</p>
        <p class="demo-hint">{text.protocol}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={{ labels: text.labels }} />
      <RunPanel demo={demo} steps={settings.steps} />
      <div class="demo-curves">
        <Legend label={text.legend} items={SERIES.map((s) => ({ label: s.label, color: s.color, dashed: s.dash !== undefined }))} />
        <div class="demo-curves__grid">
          {AXES.map((axis) => (
            <LineChart
              key={axis}
              title={c[axis]}
              x={axis === 'scale' ? SCALES : SHIFTS}
              xLog={axis === 'scale'}
              ys={r ? METHODS.map((m) => r.scan[m][`${axis}Loss`]) : empty}
              series={SERIES}
              xLabel={c[`${axis}Axis`]}
              yLabel={c.lossAxis}
              yLog
              description={chartDescription(r, axis)}
            />
          ))}
        </div>
      </div>
      <p class="demo-summary" role="status">
        {summaryText(run)}
      </p>
      {AXES.map((axis) => (
        <AccuracyTable
          key={axis}
          caption={text.table.caption[axis]}
          corner={text.table.method}
          columns={(axis === 'scale' ? SCALE_ENDS : SHIFT_ENDS).map(text.table[axis])}
          rows={METHODS.map((m) => ({
            method: m,
            values: r ? (axis === 'scale' ? SCALE_ENDS : SHIFT_ENDS).map((x) => r.scan[m][`${axis}Acc`][(axis === 'scale' ? SCALES : SHIFTS).indexOf(x)]) : [null, null],
          }))}
        />
      ))}
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
