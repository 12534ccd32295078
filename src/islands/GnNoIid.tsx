/**
 * Demo `gn-no-iid` (lesson 7.3): none, BN, LN and GN trained on batches drawn at random, from two
 * classes or from one; one stack per kind of batch. The island holds no maths:
 * src/lib/experiments/gn-no-iid.ts, src/lib/datasets/class-batcher.ts and the engine.
 */
import { useMemo } from 'preact/hooks';
import { ALL_CLASSES, buildSpecs, CLASSES_PER_BATCH, DEMO_NAME, METHODS, sanitize, SCHEMA } from '../lib/experiments/gn-no-iid';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, summaryText, tables } from './gn-no-iid/view';
import { common } from './strings/common';
import { formats, kindName, text } from './strings/gn-no-iid';
import { groupsReplaced } from './strings/vocabulary';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

const KINDS = CLASSES_PER_BATCH.map((k) => kindName(k, ALL_CLASSES));
const loss = (v: number | null) => (v === null ? '—' : common.format.number(v));

export default function GnNoIid(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const { settings, groupsReplaced: replaced } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  const demo = useDemoRun({ preset, buildSpec: buildSpecs, settings });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown } = demo;
  const t = tables(run, demo.results);
  const notes = replaced ? [groupsReplaced(preset.settings.groups, settings.width, settings.groups)] : [];
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, t, shown))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(shown)}</p>
        <p class="demo-hint">{text.protocol(shown)}</p>
      </Intro>
      <UrlNotes notes={[...preset.notes, ...notes]} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={demo.change}
        fromUrl={preset.fromUrl}
        text={{ labels: text.labels, formats }}
      />
      <RunPanel demo={demo} steps={settings.steps * CLASSES_PER_BATCH.length} />
      <p class="demo-summary" role="status">
        {summaryText(run, demo.results, t)}
      </p>
      <AccuracyTable
        caption={text.acc.caption}
        corner={text.acc.corner}
        columns={KINDS}
        rows={METHODS.map((m) => ({ method: m, values: t.acc[m] }))}
      />
      <AccuracyTable
        caption={text.loss.caption}
        corner={text.loss.corner}
        columns={KINDS}
        rows={METHODS.map((m) => ({ method: m, values: t.loss[m] }))}
        format={loss}
      />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
