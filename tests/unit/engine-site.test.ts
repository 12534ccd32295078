/**
 * A normalisation site's own contracts, beyond its maths (engine-norms.test.ts): the set size a
 * training-mode probe imposes, which sites report batch moments, eval mode's need for running
 * statistics, the tensors it owns, and the kernels each layout costs (tf.profile counts are
 * deterministic): one variant for every model needs no select and no gather; several variants
 * gather each variant's rows, and put them back only when their order is not already the models'.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormSpec } from '../../src/lib/experiments/types';
import { NormSite } from '../../src/engine/norms/site';
import { expectClose, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const K = 3;
const N = 8;
const D = 4;
const EPS = 1e-5;
const values = Float32Array.from({ length: K * N * D }, (_, i) => Math.sin(i * 0.7) * (1 + (i % 3)) + Math.floor(i / (N * D)));
const BN: NormSpec = { kind: 'batch', position: 'before' };
const LN: NormSpec = { kind: 'layer', position: 'before' };

/** x̂ and the batch moments (if any) of a site in training mode, optionally with a probe's set size. */
function train(specs: NormSpec[], setSize?: number) {
  const site = new NormSite(K, D, EPS, specs);
  const out = tf.tidy(() => {
    const tr = site.forward(tf.tensor3d(values, [K, N, D]), 'train', undefined, setSize);
    return { xhat: tr.xhat.dataSync(), mean: tr.moments?.mean.dataSync() };
  });
  site.dispose();
  return out;
}

describe('the set size of a training-mode probe', () => {
  it('turns plain BN into sets of that size, like a ghost batch', () => {
    const ghost: NormSpec = { kind: 'batch', position: 'before', ghostBatch: 4 };
    expectClose(train([BN, BN, BN], 4).xhat, train([ghost, ghost, ghost]).xhat);
    expect(Array.from(train([BN, BN, BN], 4).xhat)).not.toEqual(Array.from(train([BN, BN, BN]).xhat));
  });

  it('leaves a ghost batch and the per-example kinds as they are', () => {
    const ghost: NormSpec = { kind: 'batch', position: 'before', ghostBatch: 2 };
    expect(Array.from(train([ghost, ghost, ghost], 4).xhat)).toEqual(Array.from(train([ghost, ghost, ghost]).xhat));
    expect(Array.from(train([LN, LN, LN], 4).xhat)).toEqual(Array.from(train([LN, LN, LN]).xhat));
  });
});

describe('batch moments', () => {
  it.each([
    ['layer only', [LN, LN, LN]],
    ['rms and none', [{ kind: 'rms', position: 'after' }, { kind: 'none' }, { kind: 'rms', position: 'after' }]],
    ['layer and group (segments)', [LN, { kind: 'group', position: 'before', groups: 2 }, LN]],
  ] as [string, NormSpec[]][])('none without BN: %s', (_name, specs) => {
    expect(train(specs).mean).toBeUndefined();
  });

  it('in segments, the BN models get their own batch means (the others any finite value)', () => {
    const mean = train([BN, LN, BN]).mean!;
    const bnOnly = train([BN, BN, BN]).mean!;
    for (const k of [0, 2]) expectClose(mean.slice(k * D, (k + 1) * D), bnOnly.slice(k * D, (k + 1) * D));
    expect(Array.from(mean.slice(D, 2 * D)).every(Number.isFinite)).toBe(true);
  });

  it('none in eval mode', () => {
    const site = new NormSite(K, D, EPS, [BN, BN, BN]);
    const running = { mean: tf.zeros([K, 1, D]), variance: tf.ones([K, 1, D]) };
    let moments: unknown = 'not run';
    tf.tidy(() => {
      moments = site.forward(tf.tensor3d(values, [K, N, D]), 'eval', running).moments;
    });
    expect(moments).toBeNull();
    tf.dispose([running.mean, running.variance]);
    site.dispose();
  });
});

it('eval-mode BN without running statistics is a programming error, said as such', () => {
  const site = new NormSite(K, D, EPS, [BN, { kind: 'none' }, BN]);
  expect(() => tf.tidy(() => void site.forward(tf.tensor3d(values, [K, N, D]), 'eval'))).toThrow(/running statistics/);
  site.dispose();
});

it('dispose frees the prepared masks and the segment indices', () => {
  const before = tf.memory().numTensors;
  for (const specs of [[BN, { kind: 'none' }, BN], [BN, LN, BN]] as NormSpec[][]) {
    const site = new NormSite(K, D, EPS, specs);
    site.prepare(N);
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    site.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }
});

/** Kernel names of one training-mode forward and backward through a prepared site. */
async function kernels(specs: NormSpec[]): Promise<{ names: string[]; prepared: number }> {
  const site = new NormSite(K, D, EPS, specs);
  const before = tf.memory().numTensors;
  site.prepare(N);
  const prepared = tf.memory().numTensors - before;
  const profile = await tf.profile(() => {
    tf.tidy(() => {
      const v = tf.tensor3d(values, [K, N, D]);
      const tr = site.forward(v, 'train');
      site.backward(tr, tf.onesLike(v) as tf.Tensor3D);
    });
  });
  site.dispose();
  return { names: profile.kernels.map((k) => k.name), prepared };
}
const count = (names: string[], name: string) => names.filter((n) => n === name).length;

describe('what each layout costs', () => {
  it('one variant for every model: no masks, no select, no gather', async () => {
    const { names, prepared } = await kernels([BN, BN, BN]);
    expect(prepared).toBe(0);
    expect(count(names, 'Select')).toBe(0);
    expect(count(names, 'GatherV2')).toBe(0);
  });

  it('one variant for some models: selects with prepared masks, no gather', async () => {
    const { names, prepared } = await kernels([BN, { kind: 'none' }, BN]);
    expect(prepared).toBe(2);
    expect(count(names, 'Select')).toBeGreaterThan(0);
    expect(count(names, 'GatherV2')).toBe(0);
  });

  it('two variants already in model order, each a run of consecutive models: one slice per variant each way, no gather', async () => {
    // forward: v's rows per variant (2); backward: g's rows per variant (2)
    const { names } = await kernels([BN, LN, LN]);
    expect(count(names, 'Slice')).toBe(4);
    expect(count(names, 'GatherV2')).toBe(0);
  });

  it('two variants out of model order: a gather for rows that are not consecutive, and one per joined result to put its rows back', async () => {
    // BN's rows (models 0 and 2) each way (2), plus x̂, ∂L/∂v and BN's mean and variance back in model order (4); LN's one row by slices
    const { names } = await kernels([BN, LN, BN]);
    expect(count(names, 'GatherV2')).toBe(6);
    expect(count(names, 'Slice')).toBe(2);
  });
});
