/**
 * Demo `gn-grupos` (lesson 7.3): GN from G = 1 (Layer Norm) to G = C (Instance Norm) on a small
 * tensor, number for number, then a sweep over G on the digits MLP in one stack, beside Wu & He's
 * Table 3. The island holds no maths: src/lib/experiments/gn-grupos.ts and the engine.
 */
import { useMemo } from 'preact/hooks';
import { Legend } from '../charts/Legend';
import { LineChart } from '../charts/LineChart';
import { buildSpec, DEMO_NAME, groupCounts, PAPER_TABLE_3, SCHEMA } from '../lib/experiments/gn-grupos';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { GroupEquivalence } from './gn-grupos/GroupEquivalence';
import { demoMetrics, errors, summaryText } from './gn-grupos/view';
import { common } from './strings/common';
import { chartDescription, formats, text } from './strings/gn-grupos';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoHeading } from './ui/DemoHeading';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { METHOD_COLORS } from './ui/method-colors';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './gn-grupos/gn-grupos.css';

const t = text.sweep;
const SERIES = [
  { label: t.gn, color: METHOD_COLORS.gn },
  { label: t.none, color: METHOD_COLORS.none, dash: [6, 4] },
];
// The paper's percentages, under a «(%)» heading: a cell holds one short number and never wraps.
const paperValue = (v: number) => common.format.number(v);

/** Wu & He's Table 3, one row per position of its two halves (by groups, by channels per group). */
function PaperTable() {
  const p = PAPER_TABLE_3;
  const h = text.paper;
  return (
    <table class="demo-table">
      <caption>{h.caption}</caption>
      <thead>
        <tr>
          {[h.groups, h.groupsError, h.channels, h.channelsError].map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.groups.map((g, i) => (
          <tr key={g}>
            <td>{g}</td>
            <td>{paperValue(p.groupsError[i])}</td>
            <td>{p.channelsPerGroup[i]}</td>
            <td>{paperValue(p.channelsError[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function GnGrupos(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const settings = preset.settings;
  const demo = useDemoRun({ preset, buildSpec, settings });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown } = demo;
  const groups = useMemo(() => groupCounts(shown.width), [shown.width]);
  const e = errors(run, shown);
  // A log axis takes no zero: an error of 0 leaves a gap.
  const positive = (v: number | null) => (v === null || v <= 0 ? null : v);
  const ys = [e.gn.map(positive), groups.map(() => positive(e.none))];
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, e, shown))} title={text.title}>
      <GroupEquivalence />
      <DemoHeading class="demo-subtitle">{t.title}</DemoHeading>
      <Intro>
        <p class="demo__intro">{t.intro(shown.width, groups)}</p>
        <p class="demo-hint">{t.why}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: t.labels, formats }}
      />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, e, shown)}
      </p>
      <div class="demo-curves">
        <Legend label={t.legend} items={SERIES} />
        <LineChart
          title={t.chart.title}
          x={groups}
          xTicks={groups}
          ys={ys}
          series={SERIES}
          xLabel={t.chart.xLabel}
          yLabel={t.chart.yLabel}
          xLog
          yLog
          description={chartDescription(e, groups)}
        />
      </div>
      <AccuracyTable
        caption={t.table.caption}
        corner={t.table.corner}
        columns={groups.map((g) => t.row(g, shown.width / g))}
        rows={[{ method: 'gn', values: e.gn }]}
        methodsAsColumns
      />
      <PaperTable />
      <p class="demo-hint">{text.paper.note}</p>
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
