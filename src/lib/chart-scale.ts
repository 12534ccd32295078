/**
 * The maths of a line chart, without a DOM: data ranges, "nice" tick values (1, 2 or 5 × 10^k on a
 * linear axis; powers of ten on a log axis), and SVG path data with gaps. The chart component only
 * turns these into elements.
 */

export interface Scale {
  /** Data range shown, [lo, hi] with lo < hi (on a log axis lo > 0). */
  domain: [number, number];
  log: boolean;
}

/** The step among 1, 2, 5 × 10^k nearest to `raw` on a log scale (cut at √2, √10, √50). */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f < Math.SQRT2 ? 1 : f < Math.sqrt(10) ? 2 : f < Math.sqrt(50) ? 5 : 10) * p;
}

/** A value that can be drawn: finite, and > 0 on a log axis. */
const plottable = (v: number | null, log: boolean): v is number => v !== null && Number.isFinite(v) && (!log || v > 0);

/** The range of the plottable values of several series. */
export function extent(series: ArrayLike<number | null>[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const ys of series) {
    for (let i = 0; i < ys.length; i++) {
      const v = ys[i];
      if (!plottable(v, log)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The y range of a chart: the fixed one when given; else the data's, widened to whole ticks on a
 * linear axis (a flat series gets ±1 or ±10 %) or to whole decades on a log axis; [0, 1] (log:
 * [0.1, 1]) without data.
 */
export function yScale(series: ArrayLike<number | null>[], opts: { fixed?: [number, number]; log?: boolean } = {}): Scale {
  const log = opts.log === true;
  if (opts.fixed) return { domain: opts.fixed, log };
  const e = extent(series, log);
  if (log) {
    if (!e) return { domain: [0.1, 1], log };
    const lo = 10 ** Math.floor(Math.log10(e[0]));
    const hi = 10 ** Math.ceil(Math.log10(e[1]));
    return { domain: [lo, hi > lo ? hi : lo * 10], log };
  }
  if (!e) return { domain: [0, 1], log };
  let [lo, hi] = e;
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - d, hi + d];
  }
  const step = niceStep((hi - lo) / 4);
  return { domain: [Math.floor(lo / step) * step, Math.ceil(hi / step) * step], log };
}

/** The x range: first to last value ([0, 1] without data; [x, x + 1], or [x, 10x] on a log axis, for one point). */
export function xScale(xs: ArrayLike<number>, log = false): Scale {
  if (xs.length === 0) return { domain: log ? [0.1, 1] : [0, 1], log };
  const lo = xs[0];
  const hi = xs[xs.length - 1];
  return { domain: [lo, hi > lo ? hi : log ? lo * 10 : lo + 1], log };
}

/** Tick values inside the domain: about `count` nice steps, or every power of ten on a log axis. */
export function ticks(s: Scale, count = 4): number[] {
  const [lo, hi] = s.domain;
  const out: number[] = [];
  if (s.log) {
    for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) out.push(10 ** k);
    return out;
  }
  const step = niceStep((hi - lo) / count);
  // Round to the step's own precision so 0.1 + 0.2 shows as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(digits)));
  return out;
}

/** The position of `v` in [0, 1] along the scale (outside the domain: beyond 0 or 1). */
export function unit(s: Scale, v: number): number {
  const [lo, hi] = s.domain;
  return s.log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
}

/**
 * SVG path data of one series in a w×h box (y grows downwards): a line through its points, broken
 * where a value is null, not finite, or not positive on a log axis. Points are rounded to 0.1 px.
 */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number | null>, sx: Scale, sy: Scale, w: number, h: number): string {
  const parts: string[] = [];
  let pen = false;
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const v = ys[i];
    if (!plottable(v, sy.log)) {
      pen = false;
      continue;
    }
    const px = Math.round(unit(sx, xs[i]) * w * 10) / 10;
    const py = Math.round((1 - unit(sy, v)) * h * 10) / 10;
    parts.push(`${pen ? 'L' : 'M'}${px} ${py}`);
    pen = true;
  }
  return parts.join('');
}
