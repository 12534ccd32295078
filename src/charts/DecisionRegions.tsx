/**
 * Decision regions of a 2-class model on 2-D data: arrays in, pixels out. The background is a grid of
 * P(class 1) (row-major, first row at the top) as an image of one pixel per cell, coloured from the
 * class-0 colour to the class-1 colour, paler where the model is unsure (src/lib/decision-image.ts),
 * and scaled up, smoothed, by CSS. It is an <img> of a BMP (src/lib/bmp.ts), not a canvas: the
 * browser decodes it off the main thread, and there is no 2-D context to set up (measured: a page's
 * first canvas draw cost 15–45 ms of main thread at 4× CPU slowdown). The points (e.g. the test
 * split) are an SVG on top, class 0 as circles and class 1 as squares so colour is not the only cue,
 * coloured by CSS (a theme change needs no redraw).
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { encodeBmp } from '../lib/bmp';
import { decisionPixels, parseRgb, type RGB } from '../lib/decision-image';
import { markPaths } from '../lib/point-marks';
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
  /** Text alternative read by screen readers instead of the drawing. */
  description: string;
}

const parsed = new Map<string, RGB>();

/**
 * A CSS colour as RGB. Hex and rgb() are parsed in JS; anything else is painted once on a 1×1 canvas
 * and read back (a read-back stalls the main thread, so each colour only once).
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

/** The map's three colours (background, class 0, class 1), read from CSS once per theme. */
interface MapColors {
  bg: RGB;
  c0: RGB;
  c1: RGB;
}

function mapColors(el: Element, colors: [string, string]): MapColors {
  const bg = rgbOf(cssVar(el, '--chart-bg', cssVar(el, '--bg', '#ffffff')));
  const [c0, c1] = colors.map((c) => rgbOf(resolveColor(el, c)));
  return { bg, c0, c1 };
}

/** The map as a BMP of one pixel per cell, behind a blob: URL; null while there is no full grid. */
function mapUrl(p: DecisionRegionsProps, colors: () => MapColors): string | null {
  if (p.probs === null || p.probs.length < p.gridSize * p.gridSize) return null;
  const { bg, c0, c1 } = colors();
  const bmp = encodeBmp(decisionPixels(p.probs, p.gridSize, c0, c1, bg), p.gridSize, p.gridSize);
  return URL.createObjectURL(new Blob([bmp as Uint8Array<ArrayBuffer>], { type: 'image/bmp' }));
}

/**
 * Blob URLs of one chart's maps, oldest first: the one shown, then at most one loading, then at most
 * one waiting. A new map never replaces one still loading (that would abort its load); each URL is
 * freed once a newer map is on screen, and all of them when the chart goes away.
 */
interface MapQueue {
  shown: string | null;
  loading: string | null;
  waiting: string | null;
}

function showMap(q: MapQueue, img: HTMLImageElement, url: string): void {
  if (q.loading) {
    if (q.waiting) URL.revokeObjectURL(q.waiting);
    q.waiting = url;
    return;
  }
  q.loading = url;
  img.onload = img.onerror = () => {
    if (q.shown) URL.revokeObjectURL(q.shown);
    q.shown = q.loading;
    q.loading = null;
    const next = q.waiting;
    q.waiting = null;
    if (next) showMap(q, img, next);
  };
  img.src = url;
}

/** The points in data coordinates (y up), as SVG: one path per class, coloured by CSS. */
function Points({ points, extent, colors }: { points: PlotPoints; extent: DecisionRegionsProps['extent']; colors: [string, string] }) {
  const [circles, squares] = markPaths(points.xy, points.labels, extent);
  // A 100×100 box over the extent; the marks keep their shape because the SVG is square.
  return (
    <svg class="chart__points" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <path class="chart__marks" d={circles} style={{ fill: colors[0] }} />
      <path class="chart__marks" d={squares} style={{ fill: colors[1] }} />
    </svg>
  );
}

/** The element a map is shown in (decorative: the chart's own label describes it). */
function mapImage(): HTMLImageElement {
  const img = document.createElement('img');
  img.className = 'chart__image';
  img.alt = '';
  img.decoding = 'async';
  return img;
}

export function DecisionRegions(props: DecisionRegionsProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const slotRef = useRef<HTMLDivElement>(null);
  const theme = useThemeVersion();
  const [color0, color1] = props.colors;
  // Reading CSS forces the browser to recompute styles, so once per theme and colour pair, not per map.
  const colorsRef = useRef<{ key: string; value: MapColors } | null>(null);
  const urls = useRef<MapQueue>({ shown: null, loading: null, waiting: null });

  // Each map is made in a task of its own: a demo with three maps never builds them in one long task.
  useEffect(() => {
    const box = boxRef.current;
    const slot = slotRef.current;
    if (!box || !slot) return;
    const key = `${theme}|${color0}|${color1}`;
    const task = setTimeout(() => {
      const url = mapUrl(props, () => {
        if (colorsRef.current?.key !== key) colorsRef.current = { key, value: mapColors(box, [color0, color1]) };
        return colorsRef.current.value;
      });
      // Without a map the chart's own CSS background shows.
      const shown = slot.firstElementChild as HTMLImageElement | null;
      if (shown) shown.hidden = url === null;
      if (url !== null) showMap(urls.current, shown ?? slot.appendChild(mapImage()), url);
    });
    return () => clearTimeout(task);
  }, [props.probs, props.gridSize, theme, color0, color1]);
  useEffect(
    () => () => {
      const q = urls.current;
      for (const u of [q.shown, q.loading, q.waiting]) if (u) URL.revokeObjectURL(u);
    },
    [],
  );

  // The points change only with the data, not with every map: keep their element tree as it is.
  const { xy, labels } = props.points ?? {};
  const [x0, x1, y0, y1] = props.extent;
  const points = useMemo(
    () => (xy && labels ? <Points points={{ xy, labels }} extent={[x0, x1, y0, y1]} colors={[color0, color1]} /> : null),
    [xy, labels, x0, x1, y0, y1, color0, color1],
  );

  return (
    <figure class="chart chart--square">
      <figcaption class="chart__title">{props.title}</figcaption>
      <div class="chart__map" ref={boxRef} role="img" aria-label={props.description}>
        {/* The map's <img> is created with its first map (an <img> needs a src); Preact leaves this slot's content alone. */}
        <div class="chart__image-slot" ref={slotRef} />
        {points}
      </div>
    </figure>
  );
}
