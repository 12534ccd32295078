/**
 * Loss curves of every rung, shown on demand (a disclosure): one chart with BN and one without, a line
 * per learning rate, coloured from blue (small rates) to red (large). Charts are built only when open.
 */
import { useMemo, useState } from 'preact/hooks';
import { Legend } from '../../charts/Legend';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { modelId } from '../../lib/experiments/tasa-aprendizaje';
import type { TrainerView } from '../hooks/useTrainer';
import { common } from '../strings/common';
import { models, text } from '../strings/tasa-aprendizaje';

/** Colour of rung i of n: hue from blue to red, mid lightness (readable on light and dark backgrounds). */
export function rungColor(i: number, n: number): string {
  const hue = 220 - (220 * i) / Math.max(1, n - 1);
  return `hsl(${hue.toFixed(0)} 75% 50%)`;
}

/** Losses for a log axis: floored at 0.001 (the table writes smaller ones as «< 0,001»). */
const positive = (ys: (number | null)[]) => ys.map((y) => (y === null ? null : Math.max(y, 1e-3)));

export function Curves({ view, rates }: { view: TrainerView; rates: readonly number[] }) {
  const [open, setOpen] = useState(false);
  const c = text.curves;
  const series: LineSeries[] = useMemo(
    () => rates.map((lr, i) => ({ label: common.format.rate(lr), color: rungColor(i, rates.length) })),
    [rates],
  );
  const ys = (bn: boolean) => rates.map((_, i) => positive(view.history.loss[modelId(bn, i)] ?? []));
  return (
    <details class="tl-curves" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{c.toggle}</summary>
      {open && (
        <div class="tl-curves__body">
          <Legend label={c.legend} items={series.map((s) => ({ label: s.label, color: s.color }))} />
          <div class="demo-curves__grid">
            <LineChart
              title={c.withBN}
              x={view.history.steps}
              ys={ys(true)}
              series={series}
              xLabel={c.step}
              yLabel={c.lossAxis}
              yLog
              description={c.description(models.withBN.toLowerCase(), rates.length)}
            />
            <LineChart
              title={c.withoutBN}
              x={view.history.steps}
              ys={ys(false)}
              series={series}
              xLabel={c.step}
              yLabel={c.lossAxis}
              yLog
              description={c.description(models.withoutBN.toLowerCase(), rates.length)}
            />
          </div>
        </div>
      )}
    </details>
  );
}
