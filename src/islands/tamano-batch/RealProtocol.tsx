/**
 * The real protocol of the batch-size demo: one run per size with real batches of b, the learning rate
 * scaled with b and equal examples seen (src/lib/experiments/tamano-batch.ts' realProtocol), run one
 * after another in its own worker on demand. Its state and results are on the section's data
 * attributes (`data-series-state`, `data-series-metrics`) for the tests.
 */
import { useMemo } from 'preact/hooks';
import { BATCH_SIZES, modelId, realProtocol, type TamanoSettings } from '../../lib/experiments/tamano-batch';
import { useSeries } from '../hooks/useSeries';
import { common } from '../strings/common';
import { real } from '../strings/tamano-batch';
import { Btn } from '../ui/RunButtons';
import { DemoHeading } from '../ui/DemoHeading';

export function RealProtocol({ settings }: { settings: TamanoSettings }) {
  const runs = useMemo(() => realProtocol(settings), [settings]);
  const series = useSeries();
  const full = BATCH_SIZES[BATCH_SIZES.length - 1];
  const rows = runs.map((r, i) => {
    const m = series.results[i]?.[modelId(r.b)];
    return { ...r, evalModeAcc: m?.testAcc ?? null, trainModeAcc: m?.trainModeAcc ?? null };
  });
  const metrics = {
    batchSizes: runs.map((r) => r.b),
    learningRates: runs.map((r) => r.learningRate),
    steps: runs.map((r) => r.steps),
    evalModeAcc: rows.map((r) => r.evalModeAcc),
    trainModeAcc: rows.map((r) => r.trainModeAcc),
  };
  const current = runs[series.index];
  const status =
    series.state === 'running' && current
      ? real.progress(current.b, series.index, runs.length, series.run.step, current.steps)
      : series.state === 'done'
        ? real.done(rows.map((r) => ({ b: r.b, acc: r.evalModeAcc ?? 0 })))
        : series.state === 'error'
          ? real.error(series.run.error ?? '')
          : real.idle;
  const pct = common.format.percentOrDash;
  return (
    <section class="tb-real" aria-labelledby="tb-real-title" data-series-state={series.state} data-series-metrics={JSON.stringify(metrics)}>
      <DemoHeading id="tb-real-title" class="demo-subtitle">
        {real.title}
      </DemoHeading>
      <p class="demo-hint">{real.intro(full, settings.steps * full)}</p>
      <div class="demo-buttons">
        <Btn primary enabled={series.state !== 'running'} onPress={() => series.start(runs.map((r) => r.spec))}>
          {real.button}
        </Btn>
        <Btn enabled={series.state !== 'idle'} onPress={series.reset}>
          {real.reset}
        </Btn>
      </div>
      <p class="demo-progress" aria-live="polite">
        {status}
      </p>
      <table class="demo-table">
        <caption>{real.caption}</caption>
        <thead>
          <tr>
            {Object.values(real.cols).map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.b}>
              <th scope="row">{r.b}</th>
              <td>{common.format.rate(r.learningRate)}</td>
              <td>{common.format.integer(r.steps)}</td>
              <td>{pct(r.evalModeAcc)}</td>
              <td>{pct(r.trainModeAcc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
