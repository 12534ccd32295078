/**
 * The per-model metrics of a read-back, declared once. The engine packs them (src/engine/metrics.ts
 * says how each is computed on the device), the worker protocol carries them, the islands keep their
 * history and the e2e tests read them, all from these types and lists. Definitions:
 * - loss: mean training-mode mini-batch cross-entropy over the steps since the previous read-back
 *   (at step 0: the loss of the first mini-batch, before any update);
 * - trainAcc / testAcc: accuracy on the whole train / test split in EVAL mode (running statistics);
 * - percentiles: p15, p50, p85 of the probed pre-activation unit (input to g) over the TEST split,
 *   eval mode, as the paper's Fig. 1 tracks the distribution of one sigmoid's input;
 * - gradNorms: ‖∂L/∂W_l‖₂ per weight matrix (an MLP's hidden layers, then the output) at the last step
 *   before the read-back; at step 0, those the first step will see (its batch at the initial weights);
 * - decision: for the grid points, P(class 1) with 2 classes, else the predicted class; row-major,
 *   row 0 at the top (largest y);
 * - trainModeAcc: accuracy on the test split in TRAINING mode, each model's BN statistics taken over
 *   consecutive sets of its own size b of test rows (b = its ghost size, else the batch size; the
 *   first ⌊nTest/batch⌋·batch rows): what a model reports when `model.eval()` is forgotten;
 * - mates: the same test images (src/lib/batch-mates.ts) classified in TRAINING mode inside random,
 *   small and one-class batches: per kind the accuracy, the fraction of images whose answer is the
 *   one of eval mode, the largest |logit − eval-mode logit| over all kinds (0: bit for bit), and the
 *   eval-mode accuracy on the same images;
 * - scan: test loss and accuracy in eval mode with every test input rescaled, x → a·x, for each
 *   scale a, and shifted, x → x + c, for each shift c of the probe;
 * - hiddenNorms: a recurrent network's mean ‖h_t‖₂ over the first test images, t = 1 … the probe's
 *   steps (past the image's rows, blank rows), eval mode;
 * - batchMean / runningMean: for the probed unit of a hidden layer, the mean of its pre-activation
 *   z = a·W over the first b rows of the latest training mini-batch (the statistic BN normalised
 *   those rows with; b as above), and that unit's running mean.
 */

import type { MateKind } from './batch-mates';

export interface MetricValues {
  loss: number;
  trainAcc: number;
  testAcc: number;
  percentiles: [number, number, number];
  gradNorms: number[];
  decision: number[];
  trainModeAcc: number;
  batchMean: number;
  runningMean: number;
  scan: { scaleLoss: number[]; scaleAcc: number[]; shiftLoss: number[]; shiftAcc: number[] };
  mates: { acc: Record<MateKind, number>; sameAsEval: Record<MateKind, number>; maxLogitShift: number; evalAcc: number };
  hiddenNorms: number[];
}
export type MetricName = keyof MetricValues;

/** Always present in a snapshot. */
export const BASE_METRICS = ['loss', 'trainAcc', 'testAcc'] as const satisfies readonly MetricName[];
/** Present when the spec asks for the probe. */
export const PROBE_METRICS = ['percentiles', 'gradNorms', 'decision', 'trainModeAcc', 'batchMean', 'runningMean', 'mates', 'scan', 'hiddenNorms'] as const satisfies readonly MetricName[];
/** Kept at every read-back in the curve history (the decision map is a picture of now, not a curve). */
export const CURVE_METRICS = ['loss', 'trainAcc', 'testAcc', 'percentiles', 'gradNorms', 'trainModeAcc', 'batchMean', 'runningMean', 'hiddenNorms'] as const satisfies readonly MetricName[];
export type CurveMetric = (typeof CURVE_METRICS)[number];

/** One model at one read-back. A frozen (diverged) model keeps the values it had before it froze. */
export type ModelSnapshot = { id: string; diverged: boolean; divergedAt?: number } & Pick<MetricValues, (typeof BASE_METRICS)[number]> &
  Partial<Pick<MetricValues, (typeof PROBE_METRICS)[number]>>;

/** One read-back, for curves: per-model arrays in spec order. */
export type CurvePoint = { step: number; diverged: boolean[] } & { [K in (typeof BASE_METRICS)[number]]: MetricValues[K][] } & {
  [K in Exclude<CurveMetric, (typeof BASE_METRICS)[number]>]?: MetricValues[K][];
};

/** The curve point of a snapshot (probe series only when the models have them). */
export function curvePoint(step: number, models: ModelSnapshot[]): CurvePoint {
  const point = { step, diverged: models.map((m) => m.diverged) } as CurvePoint;
  for (const name of CURVE_METRICS) {
    if (models.length && models.every((m) => m[name] !== undefined)) (point as Record<string, unknown>)[name] = models.map((m) => m[name]);
  }
  return point;
}

/**
 * A model that is frozen (diverged) keeps its last snapshot from before it froze; its loss is the
 * mean of the finite losses it still had in the window, if any (`freshLoss`), and its map the last one.
 */
export function carryFrozen(prev: ModelSnapshot | undefined, fresh: ModelSnapshot, freshLoss: boolean): ModelSnapshot {
  if (!fresh.diverged) return fresh;
  const before = prev ?? fresh;
  return { ...before, id: fresh.id, loss: freshLoss ? fresh.loss : before.loss, diverged: true, divergedAt: fresh.divergedAt };
}
