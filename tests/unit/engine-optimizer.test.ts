/**
 * The stacked optimizers against tfjs-core's own tf.train optimizers (an independent implementation
 * of the same update rules), on fixed gradient sequences: each row of θ must follow what
 * tf.train.{sgd,momentum,adam} does to a lone variable with that row's learning rate. Frozen rows
 * (active = false) keep their parameters and their optimizer slots bit for bit.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAM_BETA1, ADAM_BETA2, SGD_MOMENTUM } from '../../src/engine/config';
import { StackedOptimizer } from '../../src/engine/optimizer';
import { rowMask } from '../../src/engine/select';
import type { OptimizerName } from '../../src/lib/experiments/types';
import { createRng } from '../../src/lib/random';
import { useCpu } from './engine-fixtures';

beforeAll(useCpu);

const K = 3;
const P = 7;
const STEPS = 6;
const lrs = [0.1, 0.01, 0.5];
const eps = 1e-7;

function gradients(seed: number): Float32Array[] {
  const rng = createRng(seed);
  return Array.from({ length: STEPS }, () => Float32Array.from({ length: K * P }, () => rng.normal(0, 1)));
}

function reference(kind: OptimizerName, lr: number): tf.Optimizer {
  if (kind === 'sgd') return tf.train.sgd(lr);
  if (kind === 'momentum') return tf.train.momentum(lr, SGD_MOMENTUM);
  return tf.train.adam(lr, ADAM_BETA1, ADAM_BETA2, eps);
}

describe.each(['sgd', 'momentum', 'adam'] as OptimizerName[])('%s', (kind) => {
  it('each row follows tf.train on the same gradients', () => {
    const theta0 = Float32Array.from({ length: K * P }, (_, i) => Math.cos(i));
    const gs = gradients(3);
    const lr = tf.tensor2d(lrs, [K, 1]);
    const theta = tf.variable(tf.tensor2d(theta0, [K, P]));
    const opt = new StackedOptimizer(kind, lr, eps, [K, P]);
    const active = tf.tensor1d([true, true, true], 'bool');
    gs.forEach((g, t) => tf.tidy(() => opt.apply(theta, tf.tensor2d(g, [K, P]), rowMask(active, [K, P]), t + 1)));
    const got = theta.dataSync();
    for (let k = 0; k < K; k++) {
      const v = tf.variable(tf.tensor1d(theta0.subarray(k * P, (k + 1) * P)));
      const ref = reference(kind, lrs[k]);
      for (const g of gs) tf.tidy(() => ref.applyGradients({ [v.name]: tf.tensor1d(g.subarray(k * P, (k + 1) * P)) }));
      const want = v.dataSync();
      for (let i = 0; i < P; i++) expect(Math.abs(got[k * P + i] - want[i]), `row ${k} [${i}]`).toBeLessThan(1e-5 * (1 + Math.abs(want[i])));
      ref.dispose();
      v.dispose();
    }
    for (const t of [lr, theta, active]) t.dispose();
    opt.dispose();
  });

  it('a frozen row keeps its parameters and slots; the others move', () => {
    const lr = tf.tensor2d(lrs, [K, 1]);
    const theta = tf.variable(tf.ones([K, P]));
    const opt = new StackedOptimizer(kind, lr, eps, [K, P]);
    const gs = gradients(4);
    tf.tidy(() => opt.apply(theta, tf.tensor2d(gs[0], [K, P]), rowMask(tf.tensor1d([true, true, true], 'bool'), [K, P]), 1));
    const thetaBefore = theta.dataSync().slice();
    const slotsBefore = opt.slots.map((s) => s.dataSync().slice());
    const g = gs[1].slice();
    g.fill(NaN, P, 2 * P); // a frozen model's gradient may be NaN: it must not leak in
    tf.tidy(() => opt.apply(theta, tf.tensor2d(g, [K, P]), rowMask(tf.tensor1d([true, false, true], 'bool'), [K, P]), 2));
    const after = theta.dataSync();
    expect(Array.from(after.subarray(P, 2 * P))).toEqual(Array.from(thetaBefore.subarray(P, 2 * P)));
    expect(Array.from(after.subarray(0, P))).not.toEqual(Array.from(thetaBefore.subarray(0, P)));
    opt.slots.forEach((s, i) => expect(Array.from(s.dataSync().subarray(P, 2 * P))).toEqual(Array.from(slotsBefore[i].subarray(P, 2 * P))));
    for (const t of [lr, theta]) t.dispose();
    opt.dispose();
  });
});
