/** Dataset entry point: build the dataset an ExperimentSpec names, and split it. */
import type { DatasetSpec, Dataset2DName } from '../experiments/types';
import { deriveSeed } from '../random';
import { circulos, espirales, lunas, xor } from './synthetic';
import { ClassBatcher } from './class-batcher';
import { tintSplit } from './tint';
import { Batcher, changeUnits, splitTrainTest } from './transform';
import type { Dataset, Split } from './types';

export type { Dataset, Split } from './types';
export { espirales, lunas, circulos, xor, NOISE_SCALE } from './synthetic';
export { splitTrainTest, gatherRows, standardizeInPlace, featureStats, standardizer, changeUnits, Batcher } from './transform';
export { parseDigits, DigitsError, type DigitsProblem, DIGITS_ATTRIBUTION, DIGITS_PATH, DIGITS_ROWS, DIGITS_DIMS, DIGITS_CLASSES } from './digits';

export const GENERATORS: Record<Dataset2DName, (n: number, noise: number, seed: number) => Dataset> = {
  espirales,
  lunas,
  circulos,
  xor,
};

/**
 * The dataset a spec names. 2-D data is generated from (n, noise, seed), then put in `spec.units` if given. Digits cannot be generated:
 * pass the parsed file (`parseDigits`) as `digits`; otherwise this throws.
 */
export function makeDataset(spec: DatasetSpec, digits?: Dataset): Dataset {
  if (spec.name === 'digitos') {
    if (!digits) throw new Error('the digits are loaded from a file: pass the result of parseDigits()');
    return digits;
  }
  const gen = GENERATORS[spec.name];
  if (!gen) throw new Error(`unknown dataset: ${String(spec.name)}`);
  const data = gen(spec.n, spec.noise, deriveSeed(spec.seed, 'data'));
  return spec.units ? changeUnits(data, spec.units) : data;
}

/** `makeDataset` then `splitTrainTest(…, spec.testFraction, …)`, then the digits' tint if any, all seeded from spec.seed. */
export function makeSplit(spec: DatasetSpec, digits?: Dataset): Split {
  const split = splitTrainTest(makeDataset(spec, digits), spec.testFraction, deriveSeed(spec.seed, 'split'));
  if (!spec.tint) return split;
  if (spec.name !== 'digitos') throw new Error('tint: only the digits can be tinted');
  return tintSplit(split, spec.tint, spec.seed);
}

/** A split's training mini-batches: at random (Batcher), or each from `classesPerBatch` classes only (ClassBatcher). */
export function trainingBatches(train: Dataset, batchSize: number, seed: number, classesPerBatch: number | null): { next(): Uint32Array } {
  return classesPerBatch === null ? new Batcher(train.n, batchSize, seed) : new ClassBatcher(train, batchSize, classesPerBatch, seed);
}
