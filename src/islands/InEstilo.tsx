/**
 * Demo `in-estilo` (lesson 7.3): InstanceNorm on the input of colour digits, in three situations
 * (grey, grey → tinted, the tint as the label; one stack each), and AdaIN in pixel space. The island
 * holds no maths: src/lib/experiments/in-estilo.ts, src/lib/adain.ts and the engine.
 */
import { buildSpecs, DEMO_NAME, METHODS, SCHEMA, SITUATIONS } from '../lib/experiments/in-estilo';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { AdaInPanel } from './in-estilo/AdaInPanel';
import { accuracies, demoMetrics, summaryText } from './in-estilo/view';
import { formats, situationNames, text } from './strings/in-estilo';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const COLUMNS = SITUATIONS.map((s) => situationNames[s]);

export default function InEstilo(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec: buildSpecs });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown, settings } = demo;
  const acc = accuracies(run, demo.results);
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, acc, shown))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(shown)}</p>
        <p class="demo-hint">{text.protocol(shown)}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.labels, formats }}
      />
      <RunPanel demo={demo} steps={settings.steps * SITUATIONS.length} />
      <p class="demo-summary" role="status">
        {summaryText(run, demo.results, acc)}
      </p>
      <AccuracyTable
        caption={text.table.caption}
        corner={text.table.corner}
        columns={COLUMNS}
        rows={METHODS.map((m) => ({ method: m, values: acc[m] }))}
        methodsAsColumns
      />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <AdaInPanel />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
