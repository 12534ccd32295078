/**
 * Demo `gn-segun-batch` (lesson 7.3): test error against batch size for none, BN, LN and GN, with
 * ghost batches in one stack or real batches (one stack per size), the shape of Wu & He 2018's
 * Figure 1. The island holds no maths: src/lib/experiments/gn-segun-batch.ts and the engine.
 */
import { useMemo } from 'preact/hooks';
import { Legend } from '../charts/Legend';
import { LineChart } from '../charts/LineChart';
import { BATCH_SIZES, buildSpecs, DEMO_NAME, METHODS, sanitize, SCHEMA } from '../lib/experiments/gn-segun-batch';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, errors, summaryText } from './gn-segun-batch/view';
import { chartDescription, formats, protocolNames, text } from './strings/gn-segun-batch';
import { methodNames, groupsReplaced } from './strings/vocabulary';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { METHOD_COLORS } from './ui/method-colors';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const SERIES = METHODS.map((m) => ({ label: methodNames[m], color: METHOD_COLORS[m] }));
const COLUMNS = BATCH_SIZES.map(String);
// The chart's x axis runs from the smallest batch to the largest.
const ASCENDING = [...BATCH_SIZES].reverse();

export default function GnSegunBatch(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const { settings, groupsReplaced: replaced } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  const demo = useDemoRun({ preset, buildSpec: buildSpecs, settings });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown } = demo;
  const e = errors(run, demo.results, shown);
  const notes = replaced ? [groupsReplaced(preset.settings.groups, settings.width, settings.groups)] : [];
  // A log axis takes no zero: an error of 0 leaves a gap.
  const ys = METHODS.map((m) => e[m].map((v) => (v === null || v <= 0 ? null : v)).reverse());
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, e, shown))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(BATCH_SIZES, shown)}</p>
        <p class="demo-hint">{text.protocol(shown.protocol, BATCH_SIZES, shown)}</p>
      </Intro>
      <UrlNotes notes={[...preset.notes, ...notes]} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.labels, options: { protocol: protocolNames }, formats }}
      />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, demo.results, e, shown)}
      </p>
      <div class="demo-curves">
        <Legend label={text.legend} items={SERIES} />
        <LineChart
          title={text.chart.title}
          x={ASCENDING}
          xTicks={ASCENDING}
          ys={ys}
          series={SERIES}
          xLabel={text.chart.xLabel}
          yLabel={text.chart.yLabel}
          xLog
          yLog
          description={chartDescription(e, BATCH_SIZES)}
        />
      </div>
      <AccuracyTable
        caption={text.table.caption}
        corner={text.table.corner}
        columns={COLUMNS}
        rows={METHODS.map((m) => ({ method: m, values: e[m] }))}
        methodsAsColumns
      />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
