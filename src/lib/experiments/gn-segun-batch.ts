/**
 * Demo `gn-segun-batch` (lesson 7.3): the shape of Wu & He 2018's Figure 1 at tiny scale, the test
 * error of the digits MLP against the batch size, b = 32, 16, 8, 4, 2, without normalisation and with
 * BN, LN and GN before every hidden activation.
 *
 * Two protocols (batch-protocols.ts), the reader's choice, said on the page:
 * - `ghost`: one stack on mini-batches of 32; BN at b takes its statistics over sub-batches of b.
 *   Only BN depends on b here, so none, LN and GN are one model each, flat by construction.
 * - `real`: one stack of the four per size, mini-batches of b with the rate lr·b/32 and the same
 *   examples seen, as in the paper (§4.1); every method then depends on b through its steps.
 * Defaults chosen by experiment (`npm run explore -- gn-segun-batch`, numbers in BENCHMARKS.md).
 */
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { bnOver, realRuns } from './batch-protocols';
import { digitsMlp, fitGroups, type MethodName, NO_NORM } from './norms';
import type { ExperimentSpec, ModelSpec, NormSpec } from './types';

export const DEMO_NAME = 'gn-segun-batch';

/** Images per BN statistic, in the order of the paper's Table 2; the first is the full mini-batch. */
export const BATCH_SIZES = [32, 16, 8, 4, 2] as const;
export const FULL = BATCH_SIZES[0];
export const METHODS = ['none', 'bn', 'ln', 'gn'] as const satisfies readonly MethodName[];
export type Method = (typeof METHODS)[number];
export const PROTOCOLS = ['ghost', 'real'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const SCHEMA = defineSchema({
  protocol: { kind: 'enum', values: PROTOCOLS, default: 'ghost' },
  /** Units per hidden layer (two hidden layers); GN's group count must divide it. */
  width: { kind: 'integer', min: 8, max: 128, default: 32, choices: [16, 32, 64] },
  groups: { kind: 'integer', min: 1, max: 128, default: 4, choices: [1, 2, 4, 8, 16, 32] },
  /** The rate at b = 32 (the real protocol scales it with b). */
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.05, log: true },
  /** Steps at b = 32 (the real protocol takes 32/b times as many, the same examples). */
  steps: { kind: 'integer', min: 50, max: 1000, default: 300, choices: [150, 300, 600] },
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1, hidden: true },
});

export type GnBatchSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: GnBatchSettings = defaultSettings(SCHEMA);

const READBACKS = 10;

/** GN's group count must divide the width (norms.ts: fitGroups). */
export const sanitize = (s: GnBatchSettings) => fitGroups(s, DEFAULTS.groups);

function normOf(method: Method, s: GnBatchSettings, bnStats: number, batch: number): NormSpec {
  if (method === 'none') return NO_NORM;
  if (method === 'bn') return bnOver(bnStats, batch);
  if (method === 'ln') return { kind: 'layer', position: 'before' };
  return { kind: 'group', position: 'before', groups: s.groups };
}

/** The id of the model whose result is `method` at size b in the ghost stack. */
export const ghostId = (method: Method, b: number): string => (method === 'bn' ? `bn-${b}` : method);

/** The ghost stack: none, LN, GN once, BN once per size. */
function ghostSpec(s: GnBatchSettings): ExperimentSpec {
  const models: ModelSpec[] = METHODS.flatMap((m) =>
    (m === 'bn' ? BATCH_SIZES : [FULL]).map((b) => ({ id: ghostId(m, b), norm: normOf(m, s, b, FULL), learningRate: s.lr })),
  );
  return digitsMlp({ seed: s.seed, width: s.width, batchSize: FULL, steps: s.steps, readbacks: READBACKS, models });
}

/** The real protocol: per size, a stack of the four methods at mini-batches of b. */
export const realSpecs = (s: GnBatchSettings) =>
  realRuns({
    sizes: BATCH_SIZES,
    full: FULL,
    lr: s.lr,
    steps: s.steps,
    spec: ({ b, learningRate, steps }) =>
      digitsMlp({
        seed: s.seed,
        width: s.width,
        batchSize: b,
        steps,
        readbacks: READBACKS,
        models: METHODS.map((m) => ({ id: m, norm: normOf(m, s, b, b), learningRate })),
      }),
  });

/** One spec (ghost) or one per size (real, trained one after another as one run). */
export function buildSpecs(s: GnBatchSettings): ExperimentSpec | ExperimentSpec[] {
  return s.protocol === 'ghost' ? ghostSpec(s) : realSpecs(s).map((r) => r.spec);
}

/**
 * Test error (1 − accuracy) per method and size, in BATCH_SIZES order, from the latest snapshot of
 * each spec of the run (`all`: one record of test accuracies by model id per spec); null where a
 * size has not finished.
 */
export function errorsOf(s: GnBatchSettings, all: readonly Record<string, number | undefined>[]): Record<Method, (number | null)[]> {
  const acc = (m: Method, i: number): number | undefined => (s.protocol === 'ghost' ? all[0]?.[ghostId(m, BATCH_SIZES[i])] : all[i]?.[m]);
  return Object.fromEntries(
    METHODS.map((m) => [
      m,
      BATCH_SIZES.map((_, i) => {
        const a = acc(m, i);
        return a === undefined ? null : 1 - a;
      }),
    ]),
  ) as Record<Method, (number | null)[]>;
}
