/**
 * The checks and resolved settings of a recurrent network (RecurrentSpec) and of its probe, apart
 * from config.ts's MLP checks: one hidden layer, inputs that split into T equal rows, a recurrent
 * scale in (0, 10], normalisations that have no batch statistics (none, layer, rms; before g), the
 * inputs read as they are, and only the hidden-norm probe.
 */
import type { ExperimentSpec, NormSpec } from '../lib/experiments/types';
import { fail } from './problems';

export interface RecurrentSettings {
  recurrent: { steps: number; scale: number } | null;
  hiddenNorms: { steps: number; examples: number } | null;
}

/** The MLP probes a recurrent network refuses (it has no per-layer pre-activations or BN). */
const MLP_PROBES = ['percentiles', 'gradNorms', 'decisionGrid', 'trainModeAcc', 'batchMean', 'mates', 'scan'] as const;

const int = (v: unknown, setting: 'recurrentSteps' | 'hiddenNormSteps' | 'hiddenNormExamples', max: number): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) fail({ code: 'not-an-integer', setting, value: v, max });
  return v;
};

export function resolveRecurrent(
  spec: ExperimentSpec,
  hidden: number[],
  norms: NormSpec[],
  data: { inputDims: number; nTest?: number },
): RecurrentSettings {
  const probes = spec.probes ?? {};
  if (!spec.recurrent) {
    if (probes.hiddenNorms) fail({ code: 'probe-needs-recurrent', probe: 'hiddenNorms' });
    return { recurrent: null, hiddenNorms: null };
  }
  const steps = int(spec.recurrent.steps, 'recurrentSteps', 64);
  if (data.inputDims % steps !== 0) fail({ code: 'rows-do-not-divide', dims: data.inputDims, steps });
  const scale = spec.recurrent.scale;
  if (typeof scale !== 'number' || !(scale > 0 && scale <= 10)) fail({ code: 'recurrent-scale', value: scale });
  if (hidden.length !== 1) fail({ code: 'recurrent-layers', count: hidden.length });
  spec.models.forEach((m, i) => {
    const norm = norms[i];
    if (norm.kind !== 'none' && (!['layer', 'rms'].includes(norm.kind) || norm.position !== 'before'))
      fail({ code: 'recurrent-norm', model: m.id, kind: norm.kind });
    if (m.inputNorm || m.standardizeInputs) fail({ code: 'recurrent-input', model: m.id });
  });
  for (const probe of MLP_PROBES) {
    const v = probes[probe];
    if (v !== undefined && v !== false && v !== 0) fail({ code: 'probe-not-recurrent', probe });
  }
  const hn = probes.hiddenNorms;
  const hiddenNorms = hn
    ? { steps: int(hn.steps, 'hiddenNormSteps', 256), examples: int(hn.examples, 'hiddenNormExamples', data.nTest ?? 1_000_000) }
    : null;
  return { recurrent: { steps, scale }, hiddenNorms };
}
