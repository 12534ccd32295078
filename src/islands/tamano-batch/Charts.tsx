/** The batch-size demo's own charts: eval-mode accuracy per size, and a unit's batch mean against its running mean. */
import { useMemo } from 'preact/hooks';
import { Legend } from '../../charts/Legend';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { BATCH_SIZES, modelId, PROBE } from '../../lib/experiments/tamano-batch';
import type { TrainerView } from '../hooks/useTrainer';
import { common } from '../strings/common';
import { accDescription, meanDescription, text } from '../strings/tamano-batch';
import { results } from './view';

const COLORS = ['var(--demo-series-plain, #c2410c)', 'var(--demo-class-1, #a21caf)', 'var(--demo-series-3, #15803d)', 'var(--demo-class-0, #0e7490)', 'var(--demo-series-bn, #1d4ed8)'];
const SMALL = BATCH_SIZES[0];
const LARGE = BATCH_SIZES[BATCH_SIZES.length - 1];

export function Charts({ view }: { view: TrainerView }) {
  const h = view.history;
  const c = text.charts;
  const accSeries: LineSeries[] = BATCH_SIZES.map((b, i) => ({ label: c.size(b), color: COLORS[i], dash: i % 2 ? [6, 4] : undefined }));
  const accYs = useMemo(() => BATCH_SIZES.map((b) => h.testAcc[modelId(b)] ?? []), [h]);
  const meanSeries: LineSeries[] = [
    { label: c.batchMean(SMALL), color: COLORS[0] },
    { label: c.runningMean(SMALL), color: COLORS[0], dash: [2, 3] },
    { label: c.batchMean(LARGE), color: COLORS[4] },
    { label: c.runningMean(LARGE), color: COLORS[4], dash: [2, 3] },
  ];
  const meanYs = useMemo(
    () => [h.batchMean[modelId(SMALL)], h.runningMean[modelId(SMALL)], h.batchMean[modelId(LARGE)], h.runningMean[modelId(LARGE)]].map((v) => v ?? []),
    [h],
  );
  const at = (id: string, key: 'batchMean' | 'runningMean') => view.latest[id]?.[key];
  return (
    <div class="demo-curves">
      <div class="demo-curves__grid">
        <div>
          <Legend label={common.charts.legend} items={accSeries.map((s) => ({ label: s.label, color: s.color, dashed: !!s.dash }))} />
          <LineChart title={c.acc} x={h.steps} ys={accYs} series={accSeries} xLabel={c.step} yLabel={c.accAxis} yRange={[0, 1]} description={accDescription(view.step, results(view))} />
        </div>
        <div>
          <Legend label={common.charts.legend} items={meanSeries.map((s) => ({ label: s.label, color: s.color, dashed: !!s.dash }))} />
          <LineChart
            title={c.mean(PROBE.unit)}
            x={h.steps}
            ys={meanYs}
            series={meanSeries}
            xLabel={c.step}
            yLabel={c.meanAxis}
            description={meanDescription(view.step, SMALL, LARGE, {
              smallBatch: at(modelId(SMALL), 'batchMean'),
              smallRunning: at(modelId(SMALL), 'runningMean'),
              largeBatch: at(modelId(LARGE), 'batchMean'),
              largeRunning: at(modelId(LARGE), 'runningMean'),
            })}
          />
        </div>
      </div>
    </div>
  );
}
