/**
 * A live line chart in SVG: arrays in, paths out. One shared x (e.g. training steps) and one y array
 * per series; `null` leaves a gap (a diverged model stops its line). Colours are CSS (custom
 * properties work), so the theme changes with no redraw; a new read-back only rewrites the paths'
 * `d`. The chart fits its box's width and carries a text alternative (`description`).
 * Scales, ticks and paths come from src/lib/chart-scale.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linePath, ticks, unit, xScale, yScale } from '../lib/chart-scale';
import { common } from '../islands/strings/common';
import './charts.css';

export interface LineSeries {
  label: string;
  /** CSS colour or `var(--name, fallback)`. */
  color: string;
  /** Dash pattern, e.g. [6, 4]; solid when absent. */
  dash?: number[];
  /** Drawn thin and pale, behind the others (e.g. the raw values under their moving average). */
  faint?: boolean;
}

export interface LineChartProps {
  /** Visible title above the plot. */
  title: string;
  x: ArrayLike<number>;
  /** One array per series, same length as `x`. */
  ys: ArrayLike<number | null>[];
  series: LineSeries[];
  xLabel: string;
  yLabel: string;
  /** Fixed y range (e.g. [0, 1] for accuracy); auto when absent. */
  yRange?: [number, number];
  /** Logarithmic y axis (values must be > 0). */
  yLog?: boolean;
  /** Logarithmic x axis (values must be > 0; ticks at powers of ten). */
  xLog?: boolean;
  /** The x values to mark, instead of the axis' own ticks (e.g. the batch sizes of a sweep). */
  xTicks?: readonly number[];
  /** Plot height in CSS pixels (default 180). */
  height?: number;
  /** Narrowest plot width in CSS pixels (default 160); below it the plot overflows its box. */
  minWidth?: number;
  /** Text alternative read by screen readers instead of the drawing. */
  description: string;
}

/** Room for the tick labels and axis titles, in CSS pixels. */
const PAD = { left: 46, right: 16, top: 6, bottom: 34 };

/**
 * The box's width, followed as it resizes (a first guess before layout). Only a ResizeObserver reads
 * it: its first report comes after the browser's own layout, where reading clientWidth in an effect
 * would force a layout of the whole page during hydration.
 */
function useWidth(min: number): [preact.RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = (entries: ResizeObserverEntry[]) => setWidth(Math.max(min, Math.round(entries[entries.length - 1].contentRect.width)));
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, [min]);
  return [ref, width];
}

export function LineChart(props: LineChartProps) {
  const height = props.height ?? 180;
  const [boxRef, width] = useWidth(props.minWidth ?? 160);
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const sx = useMemo(() => xScale(props.x, props.xLog), [props.x, props.xLog]);
  const sy = useMemo(
    () => yScale(props.ys, { fixed: props.yRange, log: props.yLog }),
    [props.ys, props.yRange?.[0], props.yRange?.[1], props.yLog],
  );
  const paths = useMemo(() => props.ys.map((ys) => linePath(props.x, ys, sx, sy, w, h)), [props.x, props.ys, sx, sy, w, h]);
  const fmt = props.yLog ? common.format.power10 : common.format.plain;
  const xTicks = props.xTicks ? [...props.xTicks] : ticks(sx, Math.max(2, Math.floor(w / 70)));
  const yTicks = ticks(sy, Math.max(2, Math.floor(h / 36)));

  return (
    <figure class="chart">
      <figcaption class="chart__title">{props.title}</figcaption>
      <div class="chart__plot" ref={boxRef} role="img" aria-label={props.description}>
        <svg class="chart__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          <g transform={`translate(${PAD.left} ${PAD.top})`}>
            {yTicks.map((v) => {
              const y = Math.round((1 - unit(sy, v)) * h) + 0.5;
              return (
                <g key={`y${v}`} class="chart__tick">
                  <line class="chart__grid" x1={0} x2={w} y1={y} y2={y} />
                  <text x={-6} y={y} dy="0.32em" text-anchor="end">
                    {fmt(v)}
                  </text>
                </g>
              );
            })}
            {xTicks.map((v) => {
              const x = Math.round(unit(sx, v) * w) + 0.5;
              return (
                <g key={`x${v}`} class="chart__tick">
                  <line class="chart__grid" x1={x} x2={x} y1={0} y2={h} />
                  <text x={x} y={h + 14} text-anchor="middle">
                    {common.format.plain(v)}
                  </text>
                </g>
              );
            })}
            <rect class="chart__frame" x={0} y={0} width={w} height={h} />
            <svg width={w} height={h} overflow="hidden">
              {paths.map((d, i) => (
                <path
                  key={i}
                  class={props.series[i]?.faint ? 'chart__line chart__line--faint' : 'chart__line'}
                  d={d}
                  style={{ stroke: props.series[i]?.color }}
                  stroke-dasharray={props.series[i]?.dash?.join(' ')}
                />
              ))}
            </svg>
            <text class="chart__axis" x={w / 2} y={h + 30} text-anchor="middle">
              {props.xLabel}
            </text>
            <text class="chart__axis" transform={`translate(${-PAD.left + 11} ${h / 2}) rotate(-90)`} text-anchor="middle">
              {props.yLabel}
            </text>
          </g>
        </svg>
      </div>
    </figure>
  );
}
