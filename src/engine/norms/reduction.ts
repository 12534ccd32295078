/**
 * A normalisation as data: how it groups an activation into the index sets it averages over
 * (src/lib/norms/index-sets.ts), expressed as a reshape (`view`) and the axes to reduce.
 *
 * Activations are [K, N·P, C]: K stacked models, N examples of P positions each (P = 1 for a dense
 * layer; P = H·W for a convolution), C features or channels. Per kind:
 *   batch           view [K, N·P, C]           reduce [1]      per channel over examples and positions
 *   batch, ghost b  view [K, N/b, b·P, C]      reduce [2]      the same within each sub-batch of b
 *   layer, rms      view [K, N, P·C]           reduce [2]      per example over all its values
 *   group G         view [K, N, P, G, C/G]     reduce [2, 4]   per example over each group of channels
 * (with P = 1 the group view is [K, N, 1, G, C/G]; it is written [K, N, G, C/G] with reduce [3]).
 * A variant's `key` tells apart variants that reduce differently (two ghost sizes are two variants).
 */
import type { NormalisingSpec } from '../../lib/norms/index-sets';

export interface Reduction {
  key: string;
  view: number[];
  axes: number[];
  /** Whether the view differs from the activation's own shape (a reshape each way). */
  reshaped: boolean;
  centred: boolean;
  /** Examples per set along the batch (for BN's Bessel factor); 0 for per-example kinds. */
  perSet: number;
}

export function variantKey(spec: NormalisingSpec): string {
  if (spec.kind === 'batch') return (spec.ghostBatch ? `batch/${spec.ghostBatch}` : 'batch') + (spec.singleExample === 'collapse' ? '/collapse' : '');
  if (spec.kind === 'group') return `group/${spec.groups}`;
  return spec.kind;
}

export function reduction(spec: NormalisingSpec, k: number, n: number, c: number, positions = 1): Reduction {
  const key = variantKey(spec);
  const rows = n * positions;
  const plain = (axes: number[], centred: boolean, perSet: number): Reduction => ({ key, view: [k, rows, c], axes, reshaped: false, centred, perSet });
  switch (spec.kind) {
    case 'batch': {
      const b = spec.ghostBatch ?? n;
      if (b === n) return plain([1], true, rows);
      return { key, view: [k, n / b, b * positions, c], axes: [2], reshaped: true, centred: true, perSet: b * positions };
    }
    case 'layer':
    case 'rms':
      if (positions === 1) return plain([2], spec.kind === 'layer', 0);
      return { key, view: [k, n, positions * c], axes: [2], reshaped: true, centred: spec.kind === 'layer', perSet: 0 };
    case 'group': {
      const g = spec.groups;
      if (positions === 1) return { key, view: [k, n, g, c / g], axes: [3], reshaped: true, centred: true, perSet: 0 };
      return { key, view: [k, n, positions, g, c / g], axes: [2, 4], reshaped: true, centred: true, perSet: 0 };
    }
  }
}
