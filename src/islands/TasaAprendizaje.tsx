/**
 * Demo `tasa-aprendizaje`: a ladder of learning rates × {con BN, sin BN}, all trained stacked in one
 * computation in a worker. The island holds no maths: the spec, the ladder, the class-prior loss and
 * the stability verdicts come from src/lib/experiments/tasa-aprendizaje.ts.
 */
import { useMemo } from 'preact/hooks';
import { buildSpec, DEMO_NAME, ladder, priorLossOf, sanitize, SCHEMA, STABLE_FRACTION } from '../lib/experiments/tasa-aprendizaje';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { ladderProblem, models, text } from './strings/tasa-aprendizaje';
import { Curves } from './tasa-aprendizaje/Curves';
import { Ladder } from './ui/Ladder';
import { SchemaSettings } from './ui/SchemaSettings';
import { ladderResult, metricsJson, summaryText } from './tasa-aprendizaje/view';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { Intro } from './ui/Intro';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './tasa-aprendizaje/tasa-aprendizaje.css';

export default function TasaAprendizaje(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  // Cross-field problems (e.g. lrmin ≥ lrmax) fall back to the default range, with a note.
  const { settings, notes: rangeNotes } = useMemo(() => sanitize(preset.settings), [preset.settings]);
  // The rates and the class-prior loss of the run on screen (the settings may have changed since).
  const demo = useDemoRun({ preset, buildSpec, settings });
  // The settings of the run on screen (the panel may have changed since): they say how to read its results.
  const { run, shown } = demo;
  const rates = useMemo(() => ladder(shown.lrmin, shown.lrmax, shown.n), [shown]);
  const prior = useMemo(() => priorLossOf(shown), [shown.dataset, shown.seed]);

  const result = ladderResult(run, rates, prior);
  const k = 2 * rates.length;

  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run, rates, prior, result)} title={text.title} class="tl">
      <Intro>
        <p class="demo__intro">{text.intro(rates.length, shown.steps)}</p>
        <p class="demo-hint">{text.definition(STABLE_FRACTION * prior, prior)}</p>
      </Intro>
      <UrlNotes notes={[...preset.notes, ...rangeNotes.map(ladderProblem)]} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={{ labels: text.labels }} />
      <RunPanel demo={demo} steps={shown.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, shown, k, prior, result)}
      </p>
      <Ladder
        families={[
          { label: models.withBN, rungs: result.withBN, best: result.maxStable.withBN },
          { label: models.withoutBN, rungs: result.withoutBN, best: result.maxStable.withoutBN },
        ]}
        prior={prior}
      />
      <Curves view={run} rates={rates} />
      <NoteList class="demo-proves" title={text.proves.title} items={text.proves.items} />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
