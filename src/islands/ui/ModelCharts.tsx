/**
 * The charts a demo with a few named models shares: training loss and test accuracy per read-back,
 * one line per model, and one decision-region map per model (2-D data). The demo passes its models
 * (id, name, colour) and the text alternatives; the data comes from the trainer's view.
 */
import { useMemo } from 'preact/hooks';
import { DecisionRegions, type PlotPoints } from '../../charts/DecisionRegions';
import { Legend } from '../../charts/Legend';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import type { TrainerView } from '../hooks/useTrainer';
import { ema } from '../../lib/stats';
import { common } from '../strings/common';

export interface ChartModel {
  id: string;
  label: string;
  /** CSS colour or `var(--name, fallback)`. */
  color: string;
  dashed?: boolean;
}

/** Weight of the newest read-back in the loss's moving average (about the last six read-backs count). */
export const LOSS_SMOOTHING = 0.3;

export const CLASS_COLORS = ['var(--demo-class-0, #0e7490)', 'var(--demo-class-1, #a21caf)'] as const;

export function ModelCurves(props: {
  view: TrainerView;
  models: ChartModel[];
  lossDescription: string;
  accDescription: string;
  /** Loss on a log axis (when the models' losses differ by orders of magnitude). */
  lossLog?: boolean;
  /**
   * Each read-back's loss alone, without the moving average: for runs with few read-backs, where
   * every point already averages many steps and a moving average would only lag behind them.
   */
  unsmoothed?: boolean;
}) {
  const { view, models } = props;
  const h = view.history;
  // Each read-back's loss (faint) behind its moving average (bold): the mini-batch noise would
  // otherwise hide a gap between the models that the average shows plainly.
  const lossYs = useMemo(() => {
    const raw = models.map((m) => h.loss[m.id] ?? []);
    return props.unsmoothed ? raw : [...raw, ...raw.map((ys) => ema(ys, LOSS_SMOOTHING))];
  }, [h, models, props.unsmoothed]);
  const accYs = useMemo(() => models.map((m) => h.testAcc[m.id] ?? []), [h, models]);
  const series: LineSeries[] = models.map((m) => ({ label: m.label, color: m.color, dash: m.dashed ? [6, 4] : undefined }));
  const lossSeries: LineSeries[] = props.unsmoothed ? series : [...series.map((s) => ({ ...s, label: `${s.label} (${common.charts.raw})`, faint: true })), ...series];
  const c = common.charts;
  return (
    <div class="demo-curves">
      <Legend label={c.legend} items={models.map((m) => ({ label: m.label, color: m.color, dashed: m.dashed }))} />
      <div class="demo-curves__grid">
        <LineChart
          title={props.unsmoothed ? c.lossWindows : props.lossLog ? c.lossLog : c.loss}
          x={h.steps}
          ys={lossYs}
          series={lossSeries}
          xLabel={c.step}
          yLabel={c.lossAxis}
          yLog={props.lossLog}
          description={props.lossDescription}
        />
        <LineChart
          title={c.acc}
          x={h.steps}
          ys={accYs}
          series={series}
          xLabel={c.step}
          yLabel={c.accAxis}
          yRange={[0, 1]}
          description={props.accDescription}
        />
      </div>
    </div>
  );
}

export function ModelRegions(props: {
  view: TrainerView;
  models: ChartModel[];
  points: PlotPoints | null;
  gridSize: number;
  extent: [number, number, number, number];
  /** Text alternative of one model's map. */
  describe: (id: string) => string;
}) {
  const c = common.charts;
  return (
    <div class="demo-regions">
      <p class="chart__title">{c.regions}</p>
      <div class="demo-regions__grid">
        {props.models.map((m) => (
          <DecisionRegions
            key={m.id}
            title={m.label}
            probs={props.view.latest[m.id]?.decision ?? null}
            gridSize={props.gridSize}
            extent={props.extent}
            points={props.points ?? undefined}
            colors={[...CLASS_COLORS]}
            description={props.describe(m.id)}
          />
        ))}
      </div>
      <Legend
        label={c.legend}
        items={[
          { label: c.class0, color: CLASS_COLORS[0], marker: 'circle' },
          { label: c.class1, color: CLASS_COLORS[1], marker: 'square' },
        ]}
      />
    </div>
  );
}
