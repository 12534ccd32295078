/**
 * Demo `tamano-batch`: BN with statistics over 2 … 64 examples, trained in one stack (ghost batches),
 * measured in eval mode and in training mode, with one unit's batch mean against its running mean.
 * The island holds no maths: src/lib/experiments/tamano-batch.ts and the engine's probes.
 */
import {
  BATCH_SIZES,
  DEMO_NAME,
  applyPatch,
  buildSpec,
  momentumOf,
  newBatchWeight,
  otherConvention,
  SCHEMA,
} from '../lib/experiments/tamano-batch';
import { useDemoRun } from './hooks/useDemoRun';
import { useUrlPreset } from './hooks/useUrlPreset';
import { conventionNames, text } from './strings/tamano-batch';
import { common } from './strings/common';
import { Charts } from './tamano-batch/Charts';
import { RealProtocol } from './tamano-batch/RealProtocol';
import { metricsJson, results, summaryText } from './tamano-batch/view';
import { DemoRoot, type IslandProps } from './ui/DemoRoot';
import { Intro } from './ui/Intro';
import { DigitsCredit } from './ui/DigitsCredit';
import { RunPanel, ShareLink } from './ui/RunPanel';
import { SchemaSettings } from './ui/SchemaSettings';
import { UrlNotes } from './ui/UrlNotes';
import './demo.css';
import './tamano-batch/tamano-batch.css';

export default function TamanoBatch(props: IslandProps) {
  const preset = useUrlPreset(DEMO_NAME, SCHEMA);
  const demo = useDemoRun({ preset, buildSpec });
  const { run, settings } = demo;
  const m = momentumOf(settings);
  const r = results(run);
  const pct = common.format.percentOrDash;
  const t = text.table;
  return (
    <DemoRoot name={DEMO_NAME} island={props} demo={demo} metrics={metricsJson(run, settings)} title={text.title}>
      <Intro>
        <p class="demo__intro">{text.intro(BATCH_SIZES)}</p>
        <p class="demo-hint">{text.protocol(BATCH_SIZES[BATCH_SIZES.length - 1])}</p>
      </Intro>
      <UrlNotes notes={preset.notes} />
      <SchemaSettings
        schema={SCHEMA}
        settings={settings}
        onChange={(patch) => demo.change(applyPatch(settings, patch))}
        text={{ labels: text.labels, options: { conv: conventionNames } }}
        fromUrl={preset.fromUrl}
      />
      <p class="demo-hint" data-testid="momentum-hint">
        {text.momentumHint(m, otherConvention(m), newBatchWeight(m))}
      </p>
      <RunPanel demo={demo} steps={settings.steps} />
      <p class="demo-summary" role="status">
        {summaryText(run)}
      </p>
      <table class="demo-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.size}</th>
            <th scope="col">{t.evalMode}</th>
            <th scope="col">{t.trainMode}</th>
          </tr>
        </thead>
        <tbody>
          {BATCH_SIZES.map((b, i) => (
            <tr key={b}>
              <th scope="row">{b}</th>
              <td>{pct(r?.evalModeAcc[i])}</td>
              <td>{pct(r?.trainModeAcc[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Charts view={run} />
      <RealProtocol settings={settings} />
      <DigitsCredit />
      <ShareLink href={preset.shareHref} />
    </DemoRoot>
  );
}
