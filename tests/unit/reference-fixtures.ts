/** Moving parameters between the plain reference MLP (src/lib/mlp-reference.ts) and the engine. */
import { inputNormSpec } from '../../src/lib/norms/index-sets';
import { makeLayout } from '../../src/engine/params';
import type { TrainerState } from '../../src/engine/trainer';
import type { NormSpec } from '../../src/lib/experiments/types';
import { createMlp, mlpParameters, type Mlp } from '../../src/lib/mlp-reference';

/** The reference's names for one model's arrays (and its running statistics). */
export function referenceNames(mlp: Mlp): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  for (const { name, value } of mlpParameters(mlp)) out[name] = Float32Array.from(value);
  mlp.norms.forEach((n, l) => {
    if (!n.running) return;
    out[`mean${l}`] = Float32Array.from(n.running.mean);
    out[`var${l}`] = Float32Array.from(n.running.variance);
  });
  const input = mlp.inputNorm?.running;
  if (input) {
    out.inMean = Float32Array.from(input.mean);
    out.inVar = Float32Array.from(input.variance);
  }
  return out;
}

/** A one-model TrainerState holding the reference network's parameters and running statistics. */
export function stateFrom(mlp: Mlp): TrainerState {
  const c = mlp.config;
  const ref = referenceNames(mlp);
  const layout = makeLayout({ inputDims: c.inputs, hidden: c.hidden, classes: c.classes, norms: [c.norm], inputNorm: [inputNormSpec(c.inputNorm)] });
  const before = c.norm.kind !== 'none' && c.norm.position === 'before';
  const params: Record<string, Float32Array> = {};
  for (const p of [...layout.trainable, ...layout.running]) {
    const shift = /^shift(\d+)$/.exec(p.name);
    const hidden = shift && Number(shift[1]) < c.hidden.length;
    const name = shift ? (hidden && before ? `beta${shift[1]}` : `b${shift[1]}`) : p.name;
    const value = ref[name];
    if (!value || value.length !== p.size) throw new Error(`the reference has no ${name} for ${p.name}`);
    params[p.name] = value;
  }
  return { step: 0, params, slots: {}, active: Uint8Array.of(1), divergedAt: Float32Array.of(-1) };
}

/**
 * A 2-input tanh reference net for the probe tests, with γ, β and running means set away from their
 * initial values (so a probe reading the wrong ones would show).
 */
export function probeNet(norm: NormSpec, hidden: number[]): Mlp {
  const mlp = createMlp({ inputs: 2, hidden, classes: 2, activation: 'tanh', norm, init: 'glorot', bnEpsilon: 1e-5, bnMomentum: 0.1 }, 9);
  mlp.norms.forEach((b, l) => {
    b.params.gamma.forEach((_, j, a) => (a[j] = 0.6 + 0.2 * j));
    b.params.beta.forEach((_, j, a) => (a[j] = 0.1 * (j - l)));
    if (b.running) b.running.mean.forEach((_, j, a) => (a[j] = 0.25 * Math.cos(j + l)));
  });
  return mlp;
}
