/**
 * Demo `escala-entradas`: inputs on very different scales, and three networks that differ only in
 * what they do with them (nothing, standardisation in preprocessing, BN on the inputs), trained
 * stacked in a worker. The island holds no maths: spec and preview come from
 * src/lib/experiments/escala-entradas.ts.
 */
import { useMemo } from 'preact/hooks';
import type { ShippedPreview } from '../lib/experiments/preview';
import { buildSpec, DATA, DECISION_GRID, DEMO_NAME, MODEL_IDS, preview, SCHEMA } from '../lib/experiments/escala-entradas';
import { metricsJson, results, summaryText } from './escala-entradas/view';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { accDescription, lossDescription, models, regionsDescription, text } from './strings/escala-entradas';
import { ModelCurves, ModelRegions, type ChartModel } from './ui/ModelCharts';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { Intro } from './ui/Intro';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const COLORS = ['var(--demo-series-plain, #c2410c)', 'var(--demo-series-bn, #1d4ed8)', 'var(--demo-series-3, #15803d)'];
const MODELS: ChartModel[] = MODEL_IDS.map((id, i) => ({ id, label: models[id], color: COLORS[i], dashed: i === 2 }));

export default function EscalaEntradas(props: IslandProps & { preview?: ShippedPreview }) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  const { run, settings } = demo;
  const before = useMemo(() => preview(settings, props.preview), [settings.dataset, settings.seed, settings.scale, settings.offset]);
  const plot = run.data ? { points: { xy: run.data.testX, labels: run.data.testY }, extent: run.data.extent } : before;
  const r = results(run);

  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run)} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={{ labels: text.labels }} />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, settings)}
      </p>
      <ModelCurves
        view={run}
        models={MODELS}
        lossLog
        lossDescription={lossDescription(run.step, r)}
        accDescription={accDescription(run.step, r)}
      />
      <ModelRegions
        view={run}
        models={MODELS}
        points={plot.points}
        gridSize={run.data?.grid || DECISION_GRID}
        extent={plot.extent}
        describe={(id) => regionsDescription(id as (typeof MODEL_IDS)[number], r?.[id as (typeof MODEL_IDS)[number]])}
      />
      <ShareLink href={preset.shareHref}>
        <span class="demo-hint"> · {text.dataNote(DATA.n, DATA.testFraction)}</span>
      </ShareLink>
    </DemoRoot>
  );
}
