/**
 * A normalisation's reduction (src/engine/norms/reduction.ts) as data: reshaping a stacked
 * [K, N·P, C] activation to `view` and averaging over `axes` must give exactly the sets of the plain
 * N × C × (H·W) reference (src/lib/norms/block.ts), for dense layers (P = 1) and for
 * convolution-shaped activations (P > 1), per model, with the Bessel count and centring each kind
 * declares. x̂ is computed here from the reduction alone, so a wrong view or axis shows as a
 * different x̂.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockStats, type BlockMethod } from '../../src/lib/norms/block';
import type { NormalisingSpec } from '../../src/lib/norms/index-sets';
import { reduction, variantKey } from '../../src/engine/norms/reduction';
import { expectClose, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const K = 2;
const N = 4;
const C = 6;
const EPS = 1e-5;

/** Stacked activation [K, N·P, C], row n·P + p; model k's values are shifted and scaled apart. */
function activation(p: number): Float32Array {
  return Float32Array.from({ length: K * N * p * C }, (_, i) => {
    const k = Math.floor(i / (N * p * C));
    return Math.sin(i * 1.37 + 0.2) * (1 + k) + 2 * k + (i % 5) * 0.1;
  });
}

/** x̂ from the reduction's own view and axes (centred or not), back in [K, N·P, C] order. */
function xhatOf(spec: NormalisingSpec, p: number, x: Float32Array): Float32Array {
  const r = reduction(spec, K, N, C, p);
  return tf.tidy(() => {
    const v = tf.reshape(tf.tensor(x, [K, N * p, C]), r.view);
    const mean = tf.mean(v, r.axes, true);
    const centred = r.centred ? tf.sub(v, mean) : v;
    const power = tf.mean(tf.square(centred), r.axes, true);
    return tf.reshape(tf.div(centred, tf.sqrt(tf.add(power, EPS))), [K, N * p, C]).dataSync() as Float32Array;
  });
}

/** Model k's values as the reference's N × C × P block (cell (n, c, q) = row n·P + q, column c). */
function toBlock(x: Float32Array, k: number, n0: number, n: number, p: number): Float64Array {
  const out = new Float64Array(n * C * p);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < C; c++)
      for (let q = 0; q < p; q++) out[(i * C + c) * p + q] = x[((k * N + n0 + i) * p + q) * C + c];
  return out;
}

/** RMSNorm's reference: each example over all its values, not centred. */
function rmsReference(b: Float64Array, n: number, p: number): Float64Array {
  const per = C * p;
  const out = new Float64Array(b.length);
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let j = 0; j < per; j++) sq += b[i * per + j] ** 2;
    for (let j = 0; j < per; j++) out[i * per + j] = b[i * per + j] / Math.sqrt(sq / per + EPS);
  }
  return out;
}

type Case = [string, NormalisingSpec, BlockMethod | 'rms', number];
const CASES: Case[] = [
  ['batch', { kind: 'batch', position: 'before' }, 'batch', 0],
  ['ghost batch of 2', { kind: 'batch', position: 'before', ghostBatch: 2 }, 'batch', 2],
  ['layer', { kind: 'layer', position: 'before' }, 'layer', 0],
  ['rms', { kind: 'rms', position: 'before' }, 'rms', 0],
  ['group of 3', { kind: 'group', position: 'before', groups: 3 }, 'group', 0],
  ['group of 1 (layer)', { kind: 'group', position: 'before', groups: 1 }, 'layer', 0],
];

describe.each([1, 3])('with %i position(s) per example', (p) => {
  const x = activation(p);
  it.each(CASES)('%s: x̂ from the view and axes equals the reference sets, per model', (_name, spec, method, ghost) => {
    const got = xhatOf(spec, p, x);
    const groups = spec.kind === 'group' ? spec.groups : 1;
    const sub = ghost || N;
    for (let k = 0; k < K; k++) {
      for (let n0 = 0; n0 < N; n0 += sub) {
        const b = toBlock(x, k, n0, sub, p);
        const want = method === 'rms' ? rmsReference(b, sub, p) : blockStats(method, { n: sub, c: C, hw: p, groups }, b, EPS).xhat;
        expectClose(toBlock(got, k, n0, sub, p), want, 1e-4);
      }
    }
  });

  it.each(CASES)('%s: Bessel count, centring and reshape flag', (_name, spec, _method, ghost) => {
    const r = reduction(spec, K, N, C, p);
    const batchRows = spec.kind === 'batch' ? (ghost || N) * p : 0;
    expect(r.perSet).toBe(batchRows);
    expect(r.centred).toBe(spec.kind !== 'rms');
    expect(r.reshaped).toBe(!(r.view.length === 3 && r.view[1] === N * p && r.view[2] === C));
    expect(r.view.reduce((a, b) => a * b, 1)).toBe(K * N * p * C);
    expect(r.key).toBe(variantKey(spec));
  });
});

describe('variant keys', () => {
  it('tell apart what reduces differently and nothing else', () => {
    const keys = [
      variantKey({ kind: 'batch', position: 'before' }),
      variantKey({ kind: 'batch', position: 'after' }),
      variantKey({ kind: 'batch', position: 'before', ghostBatch: 2 }),
      variantKey({ kind: 'batch', position: 'before', ghostBatch: 4 }),
      variantKey({ kind: 'group', position: 'before', groups: 2 }),
      variantKey({ kind: 'group', position: 'before', groups: 3 }),
      variantKey({ kind: 'layer', position: 'before' }),
      variantKey({ kind: 'rms', position: 'before' }),
    ];
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(keys.length - 1);
  });
});
