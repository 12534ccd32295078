/**
 * Demo `ln-companeros`: BN and LN trained in one stack, then the same test images classified in
 * training mode inside random, small and one-class batches. The island holds no maths:
 * src/lib/experiments/ln-companeros.ts, src/lib/batch-mates.ts and the engine's probe.
 */
import { useMemo } from 'preact/hooks';
import { MATE_KINDS } from '../lib/batch-mates';
import { BATCH, buildSpec, DEMO_NAME, METHODS, sanitize, SCHEMA } from '../lib/experiments/ln-companeros';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { demoMetrics, results, summaryText } from './ln-companeros/view';
import { kindNames, text } from './strings/ln-companeros';
import { AccuracyTable } from './ui/AccuracyTable';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { DigitsCredit } from './ui/DigitsCredit';
import { Intro } from './ui/Intro';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';

export default function LnCompaneros(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const { settings, smallReplaced } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  const demo = useDemoRun({ preset, buildSpec, settings });
  const { run } = demo;
  const r = results(run);
  const names = kindNames(BATCH, settings.small);
  const columns = ['evalMode', ...MATE_KINDS] as const;
  const notes = smallReplaced ? [text.smallReplaced(preset.settings.small, BATCH, settings.small)] : [];
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={JSON.stringify(demoMetrics(run, settings))} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(BATCH)}</p>
        <p class="demo-hint">{text.protocol(BATCH, settings.small)}</p>
      </Intro>
      <UrlNotes notes={[...preset.notes, ...notes]} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={{ labels: text.labels }} />
      <RunPanel demo={demo} steps={settings.steps} />
      <AccuracyTable
        caption={text.table.caption}
        corner={text.table.kind}
        methodsAsColumns
        columns={columns.map((c) => names[c])}
        rows={METHODS.map((m) => ({ method: m, values: columns.map((c) => (r ? (c === 'evalMode' ? r[m].evalAcc : r[m].acc[c]) : null)) }))}
      />
      <p class="demo-summary" role="status">
        {summaryText(run, settings)}
      </p>
      <AccuracyTable
        caption={text.sameTable.caption}
        corner={text.sameTable.kind}
        methodsAsColumns
        columns={MATE_KINDS.map((c) => names[c])}
        rows={METHODS.map((m) => ({ method: m, values: MATE_KINDS.map((c) => (r ? r[m].sameAsEval[c] : null)) }))}
      />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
