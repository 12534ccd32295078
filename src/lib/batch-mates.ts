/**
 * The same test images classified inside different batches ("batch-mates"), for the probe that shows
 * BN's training-mode answer depending on the rest of its batch and LN's not (Ba et al. 2016, §3).
 * The images are the first `perClass` test rows of every class (class-major), so every kind of batch
 * holds exactly the same images, only grouped differently:
 *   random    a seeded shuffle of them, in batches of `batch`;
 *   small     the same shuffle, in batches of `small`;
 *   oneClass  class-major order, in batches of `batch`: every batch is one class.
 * Pure data: the engine runs the forward passes (src/engine/mode-probes.ts).
 */
import { createRng, deriveSeed } from './random';

export const MATE_KINDS = ['random', 'small', 'oneClass'] as const;
export type MateKind = (typeof MATE_KINDS)[number];

export interface MatesSpec {
  /** Batch size of the random and one-class batches. */
  batch: number;
  /** Batch size of the small batches (must divide `batch`). */
  small: number;
}

export interface MateBatches {
  /** Test rows of the images, class-major. */
  rows: Int32Array;
  perClass: number;
  /** Per kind, the order of the images (positions in `rows`), consecutive runs of `sizes[kind]` forming a batch. */
  orders: Record<MateKind, Int32Array>;
  sizes: Record<MateKind, number>;
}

/** Why the probe cannot be built on these labels (a code; the worker's strings say it in Spanish). */
export type MatesProblem =
  { code: 'small-does-not-divide'; batch: number; small: number } | { code: 'class-smaller-than-batch'; batch: number; fewest: number };

export function matesProblem(labels: ArrayLike<number>, classes: number, spec: MatesSpec): MatesProblem | null {
  if (spec.batch % spec.small !== 0) return { code: 'small-does-not-divide', batch: spec.batch, small: spec.small };
  const fewest = Math.min(...classCounts(labels, classes));
  return fewest < spec.batch ? { code: 'class-smaller-than-batch', batch: spec.batch, fewest } : null;
}

function classCounts(labels: ArrayLike<number>, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts;
}

/** The images and the three orders (check matesProblem first). */
export function mateBatches(labels: ArrayLike<number>, classes: number, spec: MatesSpec, seed: number): MateBatches {
  const fewest = Math.min(...classCounts(labels, classes));
  const perClass = Math.floor(fewest / spec.batch) * spec.batch;
  const rows: number[] = [];
  for (let c = 0; c < classes; c++) {
    let taken = 0;
    for (let i = 0; i < labels.length && taken < perClass; i++) {
      if (labels[i] === c) {
        rows.push(i);
        taken++;
      }
    }
  }
  const n = rows.length;
  const shuffled = Int32Array.from(createRng(deriveSeed(seed, 'batch-mates')).permutation(n));
  const classMajor = Int32Array.from({ length: n }, (_, i) => i);
  return {
    rows: Int32Array.from(rows),
    perClass,
    orders: { random: shuffled, small: shuffled, oneClass: classMajor },
    sizes: { random: spec.batch, small: spec.small, oneClass: spec.batch },
  };
}
