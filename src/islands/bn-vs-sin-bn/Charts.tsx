/** Curves (loss, test accuracy) and decision regions of the two models, from the trainer's view. */
import { useMemo } from 'preact/hooks';
import { DecisionRegions, type PlotPoints } from '../../charts/DecisionRegions';
import { Legend } from '../../charts/Legend';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import type { TrainerView } from '../hooks/useTrainer';
import { accDescription, lossDescription, models, regionsDescription, text } from '../strings/bn-vs-sin-bn';
import { MODEL_IDS, result } from './view';

export const COLORS = {
  withBN: 'var(--demo-series-bn, #1d4ed8)',
  withoutBN: 'var(--demo-series-plain, #c2410c)',
  class0: 'var(--demo-class-0, #0e7490)',
  class1: 'var(--demo-class-1, #a21caf)',
} as const;

const SERIES: LineSeries[] = [
  { label: models.withBN, color: COLORS.withBN },
  { label: models.withoutBN, color: COLORS.withoutBN, dash: [6, 4] },
];

export function Curves({ view }: { view: TrainerView }) {
  const h = view.history;
  const lossYs = useMemo(() => MODEL_IDS.map((id) => h.loss[id] ?? []), [h]);
  const accYs = useMemo(() => MODEL_IDS.map((id) => h.testAcc[id] ?? []), [h]);
  const bn = result(view.latest.withBN);
  const plain = result(view.latest.withoutBN);
  const c = text.charts;
  return (
    <div class="demo-curves">
      <Legend
        label={c.legend}
        items={[
          { label: models.withBN, color: COLORS.withBN },
          { label: models.withoutBN, color: COLORS.withoutBN, dashed: true },
        ]}
      />
      <div class="demo-curves__grid">
        <LineChart
          title={c.loss}
          x={h.steps}
          ys={lossYs}
          series={SERIES}
          xLabel={c.step}
          yLabel={c.lossAxis}
          description={lossDescription(view.step, bn, plain)}
        />
        <LineChart
          title={c.acc}
          x={h.steps}
          ys={accYs}
          series={SERIES}
          xLabel={c.step}
          yLabel={c.accAxis}
          yRange={[0, 1]}
          description={accDescription(view.step, bn, plain)}
        />
      </div>
    </div>
  );
}

export function Regions(props: {
  view: TrainerView;
  points: PlotPoints | null;
  gridSize: number;
  extent: [number, number, number, number];
}) {
  const c = text.charts;
  return (
    <div class="demo-regions">
      <p class="chart__title">{c.regions}</p>
      <div class="demo-regions__grid">
        {MODEL_IDS.map((id) => (
          <DecisionRegions
            key={id}
            title={models[id]}
            probs={props.view.latest[id]?.decision ?? null}
            gridSize={props.gridSize}
            extent={props.extent}
            points={props.points ?? undefined}
            colors={[COLORS.class0, COLORS.class1]}
            description={regionsDescription(id, result(props.view.latest[id]))}
          />
        ))}
      </div>
      <Legend
        label={c.legend}
        items={[
          { label: c.class0, color: COLORS.class0, marker: 'circle' },
          { label: c.class1, color: COLORS.class1, marker: 'square' },
        ]}
      />
    </div>
  );
}
