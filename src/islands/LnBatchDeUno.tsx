/**
 * Demo `ln-batch-de-uno`: none, BN, LN and RMSNorm trained at batch sizes down to 1, one run per size
 * (a series, one after another in the worker), each seeing the same examples. The island holds no
 * maths: src/lib/experiments/ln-batch-de-uno.ts.
 */
import { BATCH_SIZES, buildSpecs, DEMO_NAME, METHODS, SCHEMA, sizeRuns } from '../lib/experiments/ln-batch-de-uno';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, results, summaryText } from './ln-batch-de-uno/view';
import { text } from './strings/ln-batch-de-uno';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

export default function LnBatchDeUno(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec: buildSpecs });
  const { run, settings } = demo;
  const r = results(run, demo.results);
  const runs = sizeRuns(settings);
  const largest = BATCH_SIZES[BATCH_SIZES.length - 1];
  const t = text.table;
  return (
    <DemoRoot
      name={DEMO_NAME}
      island={props}
      demo={demo}
      metrics={JSON.stringify(demoMetrics(run, demo.results, settings))}
      title={text.title}
    >
      <Intro>
        <p class="demo__intro">{text.intro(BATCH_SIZES)}</p>
        <p class="demo-hint">{text.protocol(settings.examples, largest)}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={{ labels: text.labels }} />
      <RunPanel demo={demo} steps={runs.reduce((a, x) => a + x.steps, 0)} />
      <AccuracyTable
        caption={t.caption}
        corner={t.method}
        columns={BATCH_SIZES.map(t.size)}
        rows={[
          ...METHODS.map((m) => ({ method: m, values: r.acc[m] })),
          { method: 'bn' as const, label: t.bnTrainMode, values: r.bnTrainMode },
        ]}
      />
      <p class="demo-summary" role="status">
        {summaryText(run, demo.results)}
      </p>
      <p class="demo-hint">{text.collapse}</p>
      <p class="demo-hint">{text.runs(runs)}</p>
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
