/**
 * Demo `figura-1`: Ioffe & Szegedy (2015) Figure 1, reduced to the 8×8 digits and trained live in a
 * worker. The island holds no maths: it builds the spec from the settings (src/lib/experiments/
 * figura-1.ts), talks to the worker through `useTrainer`, and draws what comes back.
 */
import { ADAM_EPSILON, buildSpec, DEMO_NAME, probedUnit, SCHEMA, SPLIT_SIZES } from '../lib/experiments/figura-1';
import { Figure } from './figura-1/Charts';
import { SchemaSettings } from './ui/SchemaSettings';
import { metricsJson, summaryText } from './figura-1/view';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { settingsNote, settingsText, text } from './strings/figura-1';
import { NoteList } from './ui/NoteList';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { Intro } from './ui/Intro';
import { DigitsCredit } from './ui/DigitsCredit';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './figura-1/figura-1.css';

export default function Figura1(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  const { run, settings } = demo;
  const unit = probedUnit(settings) + 1;

  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run, settings)} title={text.title} class="f1">
      <Intro>
        <p class="demo__intro">
          {text.intro({
            width: settings.width,
            steps: settings.steps,
            batch: settings.batch,
            trainN: SPLIT_SIZES.train,
            testN: SPLIT_SIZES.test,
          })}{' '}
          {settingsNote(settings.lr, settings.opt, ADAM_EPSILON)}
        </p>
        <p class="demo-hint">{text.paper}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings schema={SCHEMA} settings={settings} onChange={demo.change} fromUrl={preset.fromUrl} text={settingsText} />
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run, settings)}
      </p>
      <Figure view={run} unit={unit} />
      <NoteList class="f1-notice" title={text.notice.title} items={text.notice.items} />
      <DigitsCredit class="f1-credit" />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
