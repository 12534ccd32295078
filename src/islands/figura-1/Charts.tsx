/**
 * Figure 1 redrawn from the trainer's view: (a) test accuracy of both models, then (b) without BN and
 * (c) with BN, side by side and on the same y scale, the 15/50/85th percentiles of the probed sigmoid input.
 */
import { useMemo } from 'preact/hooks';
import { Legend } from '../../charts/Legend';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { extent } from '../../lib/chart-scale';
import type { Triple } from '../../lib/experiments/figura-1';
import type { TrainerView } from '../hooks/useTrainer';
import { accDescription, models, percentileDescription, text } from '../strings/figura-1';
import { MODEL_IDS, result, track, type ModelId } from './view';

export const COLORS: Record<ModelId, string> = { withBN: 'var(--demo-series-bn, #1d4ed8)', withoutBN: 'var(--demo-series-plain, #c2410c)' };

const ACC_SERIES: LineSeries[] = [
  { label: models.withBN, color: COLORS.withBN },
  { label: models.withoutBN, color: COLORS.withoutBN, dash: [6, 4] },
];

function percentileSeries(color: string): LineSeries[] {
  const c = text.charts;
  return [
    { label: c.p15, color, dash: [4, 3] },
    { label: c.p50, color },
    { label: c.p85, color, dash: [4, 3] },
  ];
}

/** Three arrays (p15, p50, p85) from a track of triples; null where the model had no value. */
function columns(t: (Triple | null)[]): (number | null)[][] {
  return [0, 1, 2].map((q) => t.map((p) => (p ? p[q] : null)));
}

/** One y range for both percentile panels, so their spread can be compared by eye. */
function sharedRange(tracks: (Triple | null)[][]): [number, number] | undefined {
  const e = extent(tracks.flatMap(columns), false);
  if (!e || !(e[1] > e[0])) return undefined;
  const pad = 0.05 * (e[1] - e[0]);
  return [e[0] - pad, e[1] + pad];
}

export function Figure({ view, unit }: { view: TrainerView; unit: number }) {
  const h = view.history;
  const accYs = useMemo(() => MODEL_IDS.map((id) => h.testAcc[id] ?? []), [h]);
  const tracks = useMemo(() => ({ withBN: track(view, 'withBN'), withoutBN: track(view, 'withoutBN') }), [h]);
  const yRange = useMemo(() => sharedRange([tracks.withBN, tracks.withoutBN]), [tracks]);
  const c = text.charts;
  const latest = (id: ModelId) => view.latest[id]?.testAcc;
  const panel = (id: ModelId, title: string, who: string) => (
    <LineChart
      title={title}
      x={h.steps}
      ys={columns(tracks[id])}
      series={percentileSeries(COLORS[id])}
      xLabel={c.step}
      yLabel={c.inputAxis}
      yRange={yRange}
      height={170}
      minWidth={120}
      description={percentileDescription(who, unit, result(view, id))}
    />
  );
  return (
    <div class="f1-figure">
      <LineChart
        title={c.acc}
        x={h.steps}
        ys={accYs}
        series={ACC_SERIES}
        xLabel={c.step}
        yLabel={c.accAxis}
        yRange={[0, 1]}
        height={170}
        description={accDescription(view.step, latest('withBN'), latest('withoutBN'))}
      />
      <Legend
        label={c.legend}
        items={[
          { label: models.withBN, color: COLORS.withBN },
          { label: models.withoutBN, color: COLORS.withoutBN, dashed: true },
        ]}
      />
      <p class="f1-panels__title">{c.panels(unit)}</p>
      <div class="f1-panels">
        {panel('withoutBN', c.withoutBN, 'sin BN')}
        {panel('withBN', c.withBN, 'con BN')}
      </div>
      <Legend
        label={c.legend}
        items={[
          { label: `${c.p15} y ${c.p85.toLowerCase()}`, color: 'var(--muted, #555)', dashed: true },
          { label: c.p50, color: 'var(--muted, #555)' },
        ]}
      />
    </div>
  );
}
