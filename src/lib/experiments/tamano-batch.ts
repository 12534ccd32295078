/**
 * Demo `tamano-batch`: the same BN network (BN before every hidden activation) with its batch
 * statistics over batches of b = 2, 4, 8, 16 and 64 examples, all trained in ONE stack on the digits.
 *
 * Protocol (ghost batches, said on the page): every model takes the same mini-batches of 64 examples
 * and the same learning rate, and normalises over sub-batches of its own b (b = 64: the whole
 * mini-batch). So every size is compared at equal steps AND equal examples seen, and the only
 * difference is how many examples each BN statistic averages: how noisy it is. With real batches of
 * b the small sizes also take more, noisier gradient steps: `realProtocol` builds that experiment.
 *
 * Per size the demo reports test accuracy in eval mode (running statistics) and in training mode with
 * test batches of b (forgetting `model.eval()`), and follows one unit's batch mean against its running
 * mean. The running statistics' momentum is the reader's, with its convention named.
 * Defaults chosen by experiment (`npm run explore -- tamano-batch`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { bnOver, realRuns, type RealRun } from './batch-protocols';
import { digitsMlp } from './norms';
import type { ExperimentSpec, MomentumSpec } from './types';

export const DEMO_NAME = 'tamano-batch';

/** The batch sizes under test; the largest is the mini-batch every model trains on. */
export const BATCH_SIZES = [2, 4, 8, 16, 64] as const;
export const CONVENTIONS = ['pytorch', 'keras'] as const satisfies readonly MomentumSpec['convention'][];
/** The unit whose batch mean the demo follows: first hidden layer, unit 0. */
export const PROBE = { layer: 0, unit: 0 } as const;

export const SCHEMA = defineSchema({
  /** Convention in which `momentum` is written (PyTorch: weight of the new batch; Keras/TF.js: of the old average). */
  conv: { kind: 'enum', values: CONVENTIONS, default: 'pytorch' },
  momentum: { kind: 'number', min: 0.001, max: 0.999, default: 0.1, choices: [0.01, 0.1, 0.5, 0.9, 0.99] },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64] },
  steps: { kind: 'integer', min: 50, max: 2000, default: 150, choices: [150, 300, 600, 1000] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type TamanoSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: TamanoSettings = defaultSettings(SCHEMA);

/** Read-backs per run (points on each curve). */
export const READBACKS = 20;

export const modelId = (b: number): string => `bn-${b}`;

/** The reader's momentum as the engine takes it: value and convention, never a bare number. */
export const momentumOf = (s: TamanoSettings): MomentumSpec => ({ convention: s.conv, value: s.momentum });

/** The same momentum in the other convention (PyTorch m ≡ Keras 1 − m). */
export function otherConvention(m: MomentumSpec): MomentumSpec {
  return { convention: m.convention === 'pytorch' ? 'keras' : 'pytorch', value: Number((1 - m.value).toPrecision(6)) };
}

/** Weight of the newest batch in the running average (PyTorch's momentum). */
export const newBatchWeight = (m: MomentumSpec): number => (m.convention === 'pytorch' ? m.value : 1 - m.value);

export function buildSpec(s: TamanoSettings): ExperimentSpec {
  const full = BATCH_SIZES[BATCH_SIZES.length - 1];
  const models = BATCH_SIZES.map((b) => ({
    id: modelId(b),
    norm: bnOver(b, full),
    learningRate: s.lr,
  }));
  return {
    ...digitsMlp({ seed: s.seed, width: s.width, batchSize: full, steps: s.steps, readbacks: READBACKS, models }),
    bnMomentum: momentumOf(s),
    probes: { trainModeAcc: true, batchMean: { ...PROBE } },
  };
}

/** Per batch size, in BATCH_SIZES order: eval-mode and training-mode test accuracy, from snapshots by id. */
export function sizeResults(latest: Record<string, { testAcc: number; trainModeAcc?: number } | undefined>) {
  const of = (b: number) => latest[modelId(b)];
  if (!BATCH_SIZES.every((b) => of(b))) return null;
  return {
    batchSizes: [...BATCH_SIZES],
    evalModeAcc: BATCH_SIZES.map((b) => of(b)!.testAcc),
    trainModeAcc: BATCH_SIZES.map((b) => of(b)!.trainModeAcc ?? null),
  };
}

/**
 * A settings change from the panel: switching the convention rewrites the momentum in the new one, so
 * the running average behaves the same (PyTorch 0.1 → Keras 0.9).
 */
export function applyPatch(s: TamanoSettings, patch: Partial<TamanoSettings>): Partial<TamanoSettings> {
  if (!patch.conv || patch.conv === s.conv || patch.momentum !== undefined) return patch;
  return { ...patch, momentum: otherConvention(momentumOf(s)).value };
}

/** The real protocol (batch-protocols.ts), one run per batch size b, each a stack of BN alone. */
export function realProtocol(s: TamanoSettings): RealRun[] {
  const full = BATCH_SIZES[BATCH_SIZES.length - 1];
  return realRuns({
    sizes: BATCH_SIZES,
    full,
    lr: s.lr,
    steps: s.steps,
    spec: ({ b, learningRate, steps }) => ({
      ...digitsMlp({ seed: s.seed, width: s.width, batchSize: b, steps, readbacks: 4, models: [{ id: modelId(b), norm: bnOver(b, b), learningRate }] }),
      bnMomentum: momentumOf(s),
      probes: { trainModeAcc: true },
    }),
  });
}
