/** Moving parameters between the plain reference MLP (src/lib/mlp-reference.ts) and the engine. */
import type { TrainerState } from '../../src/engine/trainer';
import { mlpParameters, type Mlp } from '../../src/lib/mlp-reference';

/** A one-model TrainerState holding the reference network's parameters and running statistics. */
export function stateFrom(mlp: Mlp): TrainerState {
  const ref: Record<string, Float32Array> = {};
  for (const { name, value } of mlpParameters(mlp)) ref[name] = Float32Array.from(value);
  const params: Record<string, Float32Array> = {};
  const bn = mlp.config.bn;
  mlp.dense.forEach((layer, l) => {
    const hidden = l < mlp.config.hidden.length;
    params[`w${l}`] = ref[`w${l}`];
    params[`shift${l}`] = hidden && bn === 'before' ? ref[`beta${l}`] : ref[`b${l}`];
    if (hidden && bn !== 'none') {
      params[`gamma${l}`] = ref[`gamma${l}`];
      params[`beta${l}`] = bn === 'after' ? ref[`beta${l}`] : new Float32Array(layer.outputs);
      params[`mean${l}`] = Float32Array.from(mlp.bn[l].running.mean);
      params[`var${l}`] = Float32Array.from(mlp.bn[l].running.variance);
    }
  });
  return { step: 0, params, slots: {}, active: Uint8Array.of(1), divergedAt: Float32Array.of(-1) };
}

/** The reference's names for one model's arrays (and its running statistics). */
export function referenceNames(mlp: Mlp): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  for (const { name, value } of mlpParameters(mlp)) out[name] = Float32Array.from(value);
  mlp.bn.forEach((bn, l) => {
    out[`mean${l}`] = Float32Array.from(bn.running.mean);
    out[`var${l}`] = Float32Array.from(bn.running.variance);
  });
  return out;
}

