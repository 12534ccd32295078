/**
 * The pixels of a decision-region map, as plain arrays: no DOM, so the main thread only copies them
 * into a canvas. A cell's colour is the class colour mixed by P(class 1), c = c0 + (c1 − c0)·p,
 * blended over the background with opacity α = 0.18 + 0.42·|2p − 1| (paler where the model is unsure).
 */

export type RGB = [number, number, number];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_FN = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+[\d.]+%?)?\s*\)$/i;

/** A channel of rgb(): a number 0–255 or a percentage, rounded and clamped. */
function channel(text: string): number {
  const v = text.endsWith('%') ? (parseFloat(text) * 255) / 100 : parseFloat(text);
  return Math.min(255, Math.max(0, Math.round(v)));
}

/**
 * The RGB of a CSS colour written as hex (#rgb, #rgba, #rrggbb, #rrggbbaa) or rgb()/rgba() (alpha
 * ignored); null for any other syntax (named colours, hsl(), oklch() …), which the caller resolves.
 */
export function parseRgb(color: string): RGB | null {
  const text = color.trim();
  const hex = HEX.exec(text);
  if (hex) {
    const h = hex[1];
    const wide = h.length >= 6;
    const at = (k: number) => (wide ? parseInt(h.slice(2 * k, 2 * k + 2), 16) : parseInt(h[k] + h[k], 16));
    return [at(0), at(1), at(2)];
  }
  const fn = RGB_FN.exec(text);
  return fn ? [channel(fn[1]), channel(fn[2]), channel(fn[3])] : null;
}

/** RGBA bytes of a size×size map of P(class 1) (row-major, first row at the top), fully opaque. */
export function decisionPixels(probs: ArrayLike<number>, size: number, c0: RGB, c1: RGB, bg: RGB): Uint8ClampedArray {
  const out = new Uint8ClampedArray(4 * size * size);
  for (let i = 0; i < size * size; i++) {
    const p = Math.min(1, Math.max(0, Number(probs[i]) || 0));
    const alpha = 0.18 + 0.42 * Math.abs(2 * p - 1);
    for (let ch = 0; ch < 3; ch++) {
      const cls = c0[ch] + (c1[ch] - c0[ch]) * p;
      out[4 * i + ch] = Math.round(bg[ch] + (cls - bg[ch]) * alpha);
    }
    out[4 * i + 3] = 255;
  }
  return out;
}
