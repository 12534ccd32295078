/**
 * Tinted digits, for the Instance Normalization demo. Each 8×8 grey image g (ink 1, paper 0) becomes
 * three colour channels, channel-major [R(64), G(64), B(64)], with channel c = b_c + a_c·g: paper
 * colour b, ink colour b + a. Per channel that is an affine map of g with a_c > 0, so normalising
 * each channel of each image over its 64 positions (IN on the input) gives back the same x̂ whatever
 * the tint (Ulyanov et al. 2016, §2: the result should not depend on the content image's contrast).
 *   gray    a = (1, 1, 1), b = 0: three equal channels, the plain image;
 *   tinted  per image and channel, a_c ~ U[0.25, 1] and b_c ~ U[0, 1 − a_c]: a random colour;
 *   label   the tint is one of three, t = 0, 1, 2, and becomes the label (3 classes): channel t
 *           bright (a ~ U[0.6, 0.9], b ~ U[0.1, 0.4]), the others dim (a ~ U[0.1, 0.3], b ~ U[0, 0.1]).
 * Values stay in 0..1. Pure data: the same seed gives the same tints.
 */
import type { TintSpec } from '../experiments/types';
import { createRng, deriveSeed, type Rng } from '../random';
import type { Dataset, Split } from './types';

export const TINT_CHANNELS = 3;
export const TINT_CLASSES = 3;

/** Paper colour b and ink contrast a of one image, per channel. */
function tintOf(mode: TintSpec['train'], rng: Rng, label: number): { a: number[]; b: number[] } {
  if (mode === 'gray') return { a: [1, 1, 1], b: [0, 0, 0] };
  const a: number[] = [];
  const b: number[] = [];
  for (let c = 0; c < TINT_CHANNELS; c++) {
    if (mode === 'tinted') {
      a.push(rng.range(0.25, 1));
      b.push(rng.range(0, 1 - a[c]));
    } else {
      const bright = c === label;
      a.push(bright ? rng.range(0.6, 0.9) : rng.range(0.1, 0.3));
      b.push(bright ? rng.range(0.1, 0.4) : rng.range(0, 0.1));
    }
  }
  return { a, b };
}

/** One split's images in colour; with `label`, each image's label is its tint, drawn at random. */
export function tintDataset(data: Dataset, mode: TintSpec['train'], seed: number): Dataset {
  const rng = createRng(seed);
  const { n, dims } = data;
  const x = new Float32Array(n * dims * TINT_CHANNELS);
  const y = mode === 'label' ? new Uint8Array(n) : Uint8Array.from(data.y);
  for (let i = 0; i < n; i++) {
    if (mode === 'label') y[i] = rng.int(TINT_CLASSES);
    const { a, b } = tintOf(mode, rng, y[i]);
    for (let c = 0; c < TINT_CHANNELS; c++) {
      for (let p = 0; p < dims; p++) x[(i * TINT_CHANNELS + c) * dims + p] = b[c] + a[c] * data.x[i * dims + p];
    }
  }
  return { x, y, n, dims: dims * TINT_CHANNELS, classes: mode === 'label' ? TINT_CLASSES : data.classes };
}

/** Why a tint cannot be applied (a code; the tint is the label in both splits or in neither). */
export function tintProblem(t: TintSpec): 'label-in-one-split' | null {
  return (t.train === 'label') !== (t.test === 'label') ? 'label-in-one-split' : null;
}

export function tintSplit(split: Split, t: TintSpec, seed: number): Split {
  if (tintProblem(t)) throw new Error(`tint: the label mode must be in both splits (train ${t.train}, test ${t.test})`);
  return {
    train: tintDataset(split.train, t.train, deriveSeed(seed, 'tint', 'train')),
    test: tintDataset(split.test, t.test, deriveSeed(seed, 'tint', 'test')),
  };
}
