/**
 * Demo `bn-vs-sin-bn`: two networks, identical but for Batch Normalization, trained live side by side
 * in a worker. The island holds no maths: it builds the experiment spec from the settings, talks to
 * the worker through `useTrainer`, and draws what comes back.
 */
import { useMemo } from 'preact/hooks';
import type { ShippedPreview } from '../lib/experiments/preview';
import { buildSpec, DATA, DECISION_GRID, DEMO_NAME, preview, SCHEMA } from '../lib/experiments/bn-vs-sin-bn';
import { Curves, Regions } from './bn-vs-sin-bn/Charts';
import { SchemaSettings } from './ui/SchemaSettings';
import { metricsJson, summaryText } from './bn-vs-sin-bn/view';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { text } from './strings/bn-vs-sin-bn';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

export default function BnVsSinBn(props: IslandProps & { preview?: ShippedPreview }) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  const { run, settings } = demo;

  const before = useMemo(() => preview(settings, props.preview), [settings.dataset, settings.seed]);
  const plot = run.data ? { points: { xy: run.data.testX, labels: run.data.testY }, extent: run.data.extent } : before;

  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run)} title={text.title}>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status" data-testid="demo-summary">
        {summaryText(run, settings)}
      </p>
      <Curves view={run} />
      <Regions view={run} points={plot.points} gridSize={run.data?.grid || DECISION_GRID} extent={plot.extent} />
      <ShareLink href={preset.shareHref}>
        <span class="demo-hint"> · {text.dataNote(DATA.n, DATA.testFraction)}</span>
      </ShareLink>
    </DemoRoot>
  );
}
