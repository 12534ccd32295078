/** Shorthands for the normalisation part of experiment specs (types.ts). */
import type { BNPosition, MomentumSpec, NormSpec } from './types';

export const NO_NORM: NormSpec = { kind: 'none' };

/** BN at a BN-position setting ('none' → no normalisation). */
export function bnAt(position: BNPosition): NormSpec {
  return position === 'none' ? NO_NORM : { kind: 'batch', position };
}

/** PyTorch's default BN momentum, 0.1 (the weight of the new batch; ≡ Keras/TF.js momentum 0.9). */
export const PYTORCH_MOMENTUM: MomentumSpec = { convention: 'pytorch', value: 0.1 };

/**
 * What every comparison demo fixes the same way: all models start from the same initial weights, and
 * BN (where a model has it) uses PyTorch's defaults, momentum 0.1 and ε = 1e-5.
 */
export const COMPARISON = { sameInit: true, bnMomentum: PYTORCH_MOMENTUM, bnEpsilon: 1e-5 } as const;
