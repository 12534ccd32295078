/**
 * A live line chart on uPlot: arrays in, pixels out. One shared x (e.g. training steps) and one y array
 * per series; `null` leaves a gap (a diverged model stops its line). The chart resizes with its box,
 * redraws when the theme changes, and carries a text alternative (`description`) for screen readers.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { cssVar, resolveColor, useThemeVersion } from './theme';
import './charts.css';

export interface LineSeries {
  label: string;
  /** CSS colour or `var(--name, fallback)`. */
  color: string;
  /** Canvas dash pattern, e.g. [6, 4]; solid when absent. */
  dash?: number[];
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
  /** Plot height in CSS pixels (default 180). */
  height?: number;
  /** Narrowest plot width in CSS pixels (default 160); below it the plot overflows its box. */
  minWidth?: number;
  /** Text alternative read by screen readers instead of the canvas. */
  description: string;
}

/** uPlot's usual padded range, or 0..1 while there is no data. */
const autoRange: uPlot.Range.Function = (_u, min, max) =>
  min == null || max == null || !Number.isFinite(min) || !Number.isFinite(max) ? [0, 1] : uPlot.rangeNum(min, max, 0.1, true);

function buildOptions(el: HTMLElement, p: LineChartProps, width: number): uPlot.Options {
  const text = cssVar(el, '--chart-text', cssVar(el, '--muted', '#555'));
  const grid = cssVar(el, '--chart-grid', cssVar(el, '--border', 'rgba(128,128,128,0.3)'));
  const axis = (label: string): uPlot.Axis => ({
    label,
    stroke: text,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
    font: '11px system-ui, sans-serif',
    labelFont: '12px system-ui, sans-serif',
    labelSize: 18,
    size: 40,
  });
  return {
    width,
    height: p.height ?? 180,
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false } },
    scales: {
      // Without data yet, show empty axes (0..1) instead of none.
      x: { time: false, range: (_u, min, max) => (min == null || max == null ? [0, 1] : min === max ? [min, min + 1] : [min, max]) },
      y: p.yLog ? { distr: 3 } : p.yRange ? { range: p.yRange } : { range: autoRange },
    },
    axes: [axis(p.xLabel), axis(p.yLabel)],
    series: [
      {},
      ...p.series.map((s) => ({
        label: s.label,
        stroke: resolveColor(el, s.color),
        width: 2,
        dash: s.dash,
        points: { show: false },
        spanGaps: false,
      })),
    ],
  };
}

function toData(p: LineChartProps): uPlot.AlignedData {
  return [Array.from(p.x), ...p.ys.map((y) => Array.from(y))] as uPlot.AlignedData;
}

export function LineChart(props: LineChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const theme = useThemeVersion();
  const shapeKey = `${props.series.map((s) => s.label + s.color).join('|')}|${props.yLog}|${props.yRange}|${props.height}|${props.xLabel}|${props.yLabel}`;

  // Create (or re-create on theme/shape change) the plot.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const width = Math.max(propsRef.current.minWidth ?? 160, box.clientWidth);
    const plot = new uPlot(buildOptions(box, propsRef.current, width), toData(propsRef.current), box);
    plotRef.current = plot;
    const ro = new ResizeObserver(() => {
      const w = Math.max(propsRef.current.minWidth ?? 160, box.clientWidth);
      if (w !== plot.width) plot.setSize({ width: w, height: propsRef.current.height ?? 180 });
    });
    ro.observe(box);
    return () => {
      ro.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [theme, shapeKey]);

  // Push new data without re-creating the plot.
  useEffect(() => {
    plotRef.current?.setData(toData(props));
  }, [props.x, props.ys]);

  return (
    <figure class="chart">
      <figcaption class="chart__title">{props.title}</figcaption>
      <div class="chart__plot" ref={boxRef} role="img" aria-label={props.description} />
    </figure>
  );
}
