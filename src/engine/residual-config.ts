/**
 * The checks of a residual MLP (ResidualSpec), apart from config.ts's MLP checks: one width, between
 * 1 and 48 blocks, normalisations without batch statistics (none, layer, rms; before a block or after
 * its sum), the inputs read as they are, and of the probes only the gradient norms.
 */
import type { ExperimentSpec, NormSpec } from '../lib/experiments/types';
import { fail } from './problems';

const UNSUPPORTED = ['percentiles', 'decisionGrid', 'trainModeAcc', 'batchMean', 'mates', 'scan', 'hiddenNorms'] as const;

export function resolveResidual(spec: ExperimentSpec, hidden: number[], norms: NormSpec[]): { blocks: number } | null {
  if (!spec.residual) return null;
  const blocks = spec.residual.blocks;
  if (typeof blocks !== 'number' || !Number.isInteger(blocks) || blocks < 1 || blocks > 48)
    fail({ code: 'not-an-integer', setting: 'residualBlocks', value: blocks, max: 48 });
  if (hidden.length !== 1) fail({ code: 'residual-layers', count: hidden.length });
  spec.models.forEach((m, i) => {
    if (!['none', 'layer', 'rms'].includes(norms[i].kind)) fail({ code: 'residual-norm', model: m.id, kind: norms[i].kind });
    if (m.inputNorm || m.standardizeInputs) fail({ code: 'residual-input', model: m.id });
  });
  const probes = spec.probes ?? {};
  for (const probe of UNSUPPORTED) {
    const v = probes[probe];
    if (v !== undefined && v !== false && v !== 0) fail({ code: 'probe-not-residual', probe });
  }
  return { blocks };
}
