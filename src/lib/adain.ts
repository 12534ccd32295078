/**
 * AdaIN in pixel space, for the in-estilo demo (Huang & Belongie 2017, §5, Eq. 8):
 *   AdaIN(x, y) = σ(y)·(x − μ(x))/σ(x) + μ(y)
 * per channel c, with μ and σ over that channel's positions (σ² biased, plus ε inside the root), no
 * learnt parameters. On an image's raw pixels the channel statistics are its colours and contrast,
 * so AdaIN recolours the content image with the style image's colours; in the paper it acts on a VGG
 * encoder's deep features, where they summarise texture and brush strokes, and a decoder paints the
 * result. Images are channel-major [C × positions] in 0..1; plus a few digits and colour presets.
 */
/** A colour as three channels in 0..1. */
export type Colour = readonly [number, number, number];

export interface ChannelStats {
  mean: number[];
  std: number[];
}

export function channelStats(img: ArrayLike<number>, channels: number, eps = 1e-5): ChannelStats {
  const hw = img.length / channels;
  const mean: number[] = [];
  const std: number[] = [];
  for (let c = 0; c < channels; c++) {
    let s = 0;
    for (let p = 0; p < hw; p++) s += img[c * hw + p];
    const m = s / hw;
    let q = 0;
    for (let p = 0; p < hw; p++) q += (img[c * hw + p] - m) ** 2;
    mean.push(m);
    std.push(Math.sqrt(q / hw + eps));
  }
  return { mean, std };
}

export function adain(content: ArrayLike<number>, style: ArrayLike<number>, channels: number, eps = 1e-5): Float64Array {
  const x = channelStats(content, channels, eps);
  const y = channelStats(style, channels, eps);
  const hw = content.length / channels;
  const out = new Float64Array(content.length);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < hw; p++) out[c * hw + p] = (y.std[c] * (content[c * hw + p] - x.mean[c])) / x.std[c] + y.mean[c];
  }
  return out;
}

/** RGBA bytes of a channel-major RGB image, each value clamped to 0..1. */
export function rgbaOf(img: ArrayLike<number>, positions: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(positions * 4);
  for (let p = 0; p < positions; p++) {
    for (let c = 0; c < 3; c++) out[p * 4 + c] = Math.round(255 * Math.min(1, Math.max(0, img[c * positions + p])));
    out[p * 4 + 3] = 255;
  }
  return out;
}

/** A grey digit (0..16 per pixel, as in digits.bin) in colour: paper + (ink − paper)·g per channel. */
export function colourDigit(pixels: readonly number[], paper: Colour, ink: Colour): Float64Array {
  const out = new Float64Array(3 * pixels.length);
  for (let c = 0; c < 3; c++) pixels.forEach((v, p) => (out[c * pixels.length + p] = paper[c] + (ink[c] - paper[c]) * (v / 16)));
  return out;
}

/** Four digits of public/data/digits.bin (rows 1, 3, 4 and 6, counting from 1: a 0, a 2, a 3 and a 5), 0..16 per pixel. */
export const SAMPLE_DIGITS: Record<string, readonly number[]> = {
  '0': [
    0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4,
    11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
  ],
  '2': [
    0, 0, 0, 4, 15, 12, 0, 0, 0, 0, 3, 16, 15, 14, 0, 0, 0, 0, 8, 13, 8, 16, 0, 0, 0, 0, 1, 6, 15, 11, 0, 0, 0, 1, 8, 13, 15, 1, 0, 0, 0, 9,
    16, 16, 5, 0, 0, 0, 0, 3, 13, 16, 16, 11, 5, 0, 0, 0, 0, 3, 11, 16, 9, 0,
  ],
  '3': [
    0, 0, 7, 15, 13, 1, 0, 0, 0, 8, 13, 6, 15, 4, 0, 0, 0, 2, 1, 13, 13, 0, 0, 0, 0, 0, 2, 15, 11, 1, 0, 0, 0, 0, 0, 1, 12, 12, 1, 0, 0, 0,
    0, 0, 1, 10, 8, 0, 0, 0, 8, 4, 5, 14, 9, 0, 0, 0, 7, 13, 13, 9, 0, 0,
  ],
  '5': [
    0, 0, 12, 10, 0, 0, 0, 0, 0, 0, 14, 16, 16, 14, 0, 0, 0, 0, 13, 16, 15, 10, 1, 0, 0, 0, 11, 16, 16, 7, 0, 0, 0, 0, 0, 4, 7, 16, 7, 0, 0,
    0, 0, 0, 4, 16, 9, 0, 0, 0, 5, 4, 12, 16, 4, 0, 0, 0, 9, 16, 16, 10, 0, 0,
  ],
};

/** Colour presets (paper, ink), every ink brighter than its paper in each channel. */
export const COLOUR_PRESETS = {
  verde: { paper: [0, 0.05, 0], ink: [0.3, 0.95, 0.4] },
  rosa: { paper: [0.35, 0.05, 0.15], ink: [1, 0.6, 0.8] },
  cian: { paper: [0.05, 0.1, 0.35], ink: [0.5, 1, 1] },
  naranja: { paper: [0.25, 0.1, 0.02], ink: [1, 0.6, 0.2] },
} as const satisfies Record<string, { paper: Colour; ink: Colour }>;
export type ColourPreset = keyof typeof COLOUR_PRESETS;
