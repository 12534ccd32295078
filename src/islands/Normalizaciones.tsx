/**
 * Demo `normalizaciones`: the N × C × (H·W) block (which cells share statistics under BN, LN, IN and
 * GN) and a training comparison of none, BN, LN and GN at a tiny and a normal batch, trained in one
 * stack in a worker. The island holds no maths: src/lib/norms/block.ts and
 * src/lib/experiments/normalizaciones.ts.
 */
import { useMemo } from 'preact/hooks';
import { buildSpec, DEMO_NAME, METHODS, sanitize, SCHEMA, stackModels } from '../lib/experiments/normalizaciones';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { NormBlock } from './normalizaciones/NormBlock';
import { metricsJson, results, summaryText } from './normalizaciones/view';
import { accDescription, lossDescription, methodNames, text } from './strings/normalizaciones';
import { groupsReplaced } from './strings/vocabulary';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { Intro } from './ui/Intro';
import { METHOD_COLORS } from './ui/method-colors';
import { DigitsCredit } from './ui/DigitsCredit';
import { ModelCurves, type ChartModel } from './ui/ModelCharts';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './normalizaciones/normalizaciones.css';

export default function Normalizaciones(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const { settings, groupsReplaced: replaced } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  const demo = useDemoRun({ preset, buildSpec, settings });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown } = demo;
  const r = results(run, shown);
  const models: ChartModel[] = useMemo(
    () =>
      stackModels(shown).map((m) => ({
        id: m.id,
        label: m.batch === null ? methodNames[m.method] : `${methodNames[m.method]} (${text.train.batch(m.batch)})`,
        color: METHOD_COLORS[m.method],
        dashed: m.method === 'bn' && m.batch === shown.tiny,
      })),
    [shown],
  );
  const notes = replaced ? [groupsReplaced(preset.settings.groups, settings.width, settings.groups)] : [];

  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run, shown)} title={text.title}>
      <NormBlock />
      <Intro>
        <p class="demo__intro">{text.train.intro(shown.tiny, shown.normal)}</p>
        <p class="demo-hint">{text.train.protocol(shown.tiny, shown.normal)}</p>
      </Intro>
      <UrlNotes notes={[...preset.notes, ...notes]} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.train.labels }}
      />
      <RunPanel demo={demo} steps={shown.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, shown)}
      </p>
      <AccuracyTable
        caption={text.train.table}
        corner={text.train.method}
        columns={[text.train.batch(shown.tiny), text.train.batch(shown.normal)]}
        rows={METHODS.map((m) => ({ method: m, values: r?.[m] ?? [null, null] }))}
      />
      <ModelCurves
        view={run}
        models={models}
        lossDescription={lossDescription(run.step)}
        accDescription={accDescription(run.step, r, shown.tiny, shown.normal)}
      />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
