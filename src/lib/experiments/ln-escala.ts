/**
 * Demo `ln-escala`: none, BN, LN and RMSNorm (before every hidden activation) learn the 8×8 digits in
 * one stack; then every test image is rescaled, x → a·x, or shifted, x → x + c (pixels are 0..1), and
 * classified in eval mode. Ba et al. 2016, Table 1: LN is invariant to re-scaling a single case and
 * not to re-centring it. Here the first layer has no bias before a normalisation (z = x·W), so a·x
 * gives a·z, and LN's x̂ = (a·z − a·μ)/√(a²σ² + ε) equals the original up to ε: the loss stays flat
 * over the scales; a shift c adds c·(column sums of W), a different amount per unit, which LN's
 * centring does not remove. BN in eval mode is a fixed affine map: it sees the change whole.
 * Defaults chosen by experiment (`npm run explore -- ln-escala`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { digitsMlp } from './norms';
import { NORMS } from './ln-batch-de-uno';
import type { ExperimentSpec } from './types';

export const DEMO_NAME = 'ln-escala';
export const METHODS = ['none', 'bn', 'ln', 'rms'] as const;
export type Method = (typeof METHODS)[number];
export const SCALES = [0.1, 0.25, 0.5, 1, 2, 4, 10];
export const SHIFTS = [-0.5, -0.25, -0.1, 0, 0.1, 0.25, 0.5];

export const SCHEMA = defineSchema({
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  steps: { kind: 'integer', min: 50, max: 2000, default: 300, choices: [150, 300, 600] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type EscalaSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: EscalaSettings = defaultSettings(SCHEMA);

export function buildSpec(s: EscalaSettings): ExperimentSpec {
  const models = METHODS.map((id) => ({ id, norm: NORMS[id], learningRate: s.lr }));
  return {
    ...digitsMlp({ seed: s.seed, width: 32, batchSize: 32, steps: s.steps, readbacks: 4, models }),
    probes: { scan: { scales: SCALES, shifts: SHIFTS } },
  };
}

/**
 * How far each method's test loss moves over the scales and over the shifts: the largest
 * |loss(a) − loss(1)| and |loss(c) − loss(0)|.
 */
export function spread(scan: { scaleLoss: number[]; shiftLoss: number[] }): { scale: number; shift: number } {
  const base = (xs: number[], at: number) => Math.max(...xs.map((v) => Math.abs(v - xs[at])));
  return { scale: base(scan.scaleLoss, SCALES.indexOf(1)), shift: base(scan.shiftLoss, SHIFTS.indexOf(0)) };
}
