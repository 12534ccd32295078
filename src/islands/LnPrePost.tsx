/**
 * Demo `ln-pre-post`: a residual MLP with LayerNorm after each sum (Post-LN) or at each block's input
 * with a final LN (Pre-LN): the last block's gradient at initialisation as depth grows, the gradient
 * of every layer at the trained depth, and training at a high learning rate with and without warm-up.
 * The island holds no maths: src/lib/experiments/ln-pre-post.ts and the engine's residual blocks
 * (src/engine/residual.ts).
 */
import { Legend } from '../charts/Legend';
import { LineChart } from '../charts/LineChart';
import { buildSpecs, DEMO_NAME, DEPTHS, PLACEMENTS, SCHEMA, VARIANTS, WIDTH, type Placement } from '../lib/experiments/ln-pre-post';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, results, summaryText, trainingStep, trainingView } from './ln-pre-post/view';
import { accDescription, depthDescription, formats, lossDescription, profileDescription, text, variantNames } from './strings/ln-pre-post';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { METHOD_COLORS } from './ui/method-colors';
import { ModelCurves, type ChartModel } from './ui/ModelCharts';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const COLORS: Record<Placement, string> = { post: METHOD_COLORS.none, pre: METHOD_COLORS.ln };
const PLACEMENT_SERIES = PLACEMENTS.map((p) => ({ label: text.placements[p], color: COLORS[p] }));
const REFERENCE = { label: text.depthChart.reference, color: COLORS.pre, dash: [2, 4], faint: true };
const MODELS: ChartModel[] = VARIANTS.map((v) => ({ id: v.id, label: variantNames[v.id], color: COLORS[v.placement], dashed: v.warm }));

export default function LnPrePost(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec: buildSpecs });
  const { run, settings } = demo;
  const r = results(run, demo.results);
  const layers = Array.from({ length: 2 * settings.bloques + 2 }, (_, i) => i + 1);
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, r, settings))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(WIDTH, settings.bloques)}</p>
        <p class="demo-hint">{text.protocol(DEPTHS, settings)}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.labels, formats }}
      />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, demo.results, r, settings)}
      </p>
      <div class="demo-curves">
        <Legend label={text.legend} items={[...PLACEMENT_SERIES, { ...REFERENCE, dashed: true }]} />
        <div class="demo-curves__grid">
          <LineChart
            title={text.depthChart.title}
            x={r.depths}
            xTicks={r.depths}
            ys={[...PLACEMENTS.map((p) => r.sweep[p]), r.reference]}
            series={[...PLACEMENT_SERIES, REFERENCE]}
            xLabel={text.depthChart.xLabel}
            yLabel={text.depthChart.yLabel}
            xLog
            yLog
            description={depthDescription(r)}
          />
          <LineChart
            title={text.profileChart.title(settings.bloques)}
            x={layers}
            ys={PLACEMENTS.map((p) => r.profile?.[p] ?? [])}
            series={PLACEMENT_SERIES}
            xLabel={text.profileChart.xLabel}
            yLabel={text.profileChart.yLabel}
            description={profileDescription(r, settings.bloques)}
          />
        </div>
      </div>
      <AccuracyTable
        caption={text.table.caption}
        corner={text.table.corner}
        columns={text.table.columns}
        rows={PLACEMENTS.map((p) => ({ label: text.placements[p], color: COLORS[p], values: [r.acc[p], r.acc[`${p}-warm`]] }))}
      />
      <ModelCurves
        view={trainingView(run, demo.results)}
        models={MODELS}
        unsmoothed
        lossDescription={lossDescription(trainingStep(run, demo.results), r)}
        accDescription={accDescription(trainingStep(run, demo.results), r)}
      />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
