/**
 * Decision regions of a 2-class model on 2-D data, drawn on a canvas: arrays in, pixels out.
 * The background is a grid of P(class 1) (row-major, first row at the top), coloured from the class-0
 * colour to the class-1 colour, paler where the model is unsure; the points (e.g. the test split) are
 * drawn on top, class 0 as circles and class 1 as squares so colour is not the only cue.
 */
import { useEffect, useRef } from 'preact/hooks';
import { decisionPixels, parseRgb, type RGB } from '../lib/decision-image';
import { cssVar, resolveColor, useThemeVersion } from './theme';
import './charts.css';

export interface PlotPoints {
  /** Row-major n×2 coordinates. */
  xy: ArrayLike<number>;
  /** Class of each point, 0 or 1. */
  labels: ArrayLike<number>;
}

export interface DecisionRegionsProps {
  title: string;
  /** gridSize×gridSize values of P(class 1), row-major, first row = top (largest y). Null: points only. */
  probs: ArrayLike<number> | null;
  gridSize: number;
  /** The square of data space the grid covers: [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
  points?: PlotPoints;
  /** Class colours [class 0, class 1]: CSS colours or `var(--name, fallback)`. */
  colors: [string, string];
  /** Text alternative read by screen readers instead of the canvas. */
  description: string;
}

const parsed = new Map<string, RGB>();

/**
 * A CSS colour as RGB. Hex and rgb() are parsed in JS; anything else is painted once on a 1×1 canvas
 * and read back (a read-back stalls the main thread for a GPU round trip, so each colour only once).
 */
function rgbOf(color: string): RGB {
  const known = parsed.get(color) ?? parseRgb(color);
  if (known) return known;
  let rgb: RGB = [128, 128, 128];
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (ctx) {
    ctx.fillStyle = '#808080';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    rgb = [d[0], d[1], d[2]];
  }
  parsed.set(color, rgb);
  return rgb;
}

/** One small canvas per chart holds the gridSize² map; it is scaled up (smoothed) onto the chart. */
const bitmaps = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();

function draw(canvas: HTMLCanvasElement, p: DecisionRegionsProps): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  const css = canvas.clientWidth || 240;
  const px = Math.round(css * dpr);
  if (canvas.width !== px || canvas.height !== px) {
    canvas.width = px;
    canvas.height = px;
  }
  const bgCss = cssVar(canvas, '--chart-bg', cssVar(canvas, '--bg', '#ffffff'));
  const c0 = resolveColor(canvas, p.colors[0]);
  const c1 = resolveColor(canvas, p.colors[1]);
  const edge = cssVar(canvas, '--chart-point-edge', cssVar(canvas, '--fg', '#111'));
  ctx.fillStyle = bgCss;
  ctx.fillRect(0, 0, px, px);
  if (p.probs && p.probs.length >= p.gridSize * p.gridSize) {
    let bmp = bitmaps.get(canvas);
    if (!bmp) bitmaps.set(canvas, (bmp = document.createElement('canvas')));
    if (bmp.width !== p.gridSize) bmp.width = bmp.height = p.gridSize;
    const pixels = decisionPixels(p.probs, p.gridSize, rgbOf(c0), rgbOf(c1), rgbOf(bgCss));
    bmp.getContext('2d')?.putImageData(new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, p.gridSize, p.gridSize), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(bmp, 0, 0, px, px);
  }
  if (!p.points) return;
  const [x0, x1, y0, y1] = p.extent;
  const r = Math.max(2.5, 3 * dpr);
  ctx.lineWidth = Math.max(1, dpr);
  ctx.strokeStyle = edge;
  const n = p.points.labels.length;
  for (let i = 0; i < n; i++) {
    const sx = ((p.points.xy[2 * i] - x0) / (x1 - x0)) * px;
    const sy = (1 - (p.points.xy[2 * i + 1] - y0) / (y1 - y0)) * px;
    const cls = p.points.labels[i];
    ctx.fillStyle = cls === 1 ? c1 : c0;
    ctx.beginPath();
    if (cls === 1) ctx.rect(sx - r, sy - r, 2 * r, 2 * r);
    else ctx.arc(sx, sy, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

export function DecisionRegions(props: DecisionRegionsProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const theme = useThemeVersion();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas) draw(canvas, props);
  }, [props.probs, props.points, props.extent, props.gridSize, theme]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ro = new ResizeObserver(() => draw(canvas, propsRef.current));
    ro.observe(canvas);
    return () => ro.disconnect();
  }, []);

  return (
    <figure class="chart chart--square">
      <figcaption class="chart__title">{props.title}</figcaption>
      <canvas class="chart__canvas" ref={canvasRef} role="img" aria-label={props.description} />
    </figure>
  );
}
