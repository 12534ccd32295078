/** The CPU backend's faster kernels give exactly what tfjs' own kernels give. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, it } from 'vitest';
import { broadcastBinary, installFastCpuKernels, meanAlong, splitAlong } from '../../src/engine/cpu-kernels';
import { createRng } from '../../src/lib/random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const shapes: [number[], number[]][] = [
  [[3, 5, 4], [3, 1, 4]],
  [[3, 1, 4], [3, 5, 4]],
  [[3, 5, 4], [1, 5, 1]],
  [[2, 3], [2, 1]],
  [[4, 1, 1], [4, 6, 7]],
  [[5, 4], [4]],
  [[2, 1, 3, 1], [1, 4, 1, 5]],
  [[3, 5, 4], []],
];

function rand(shape: number[], seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() + 0.1);
}

it.each(['Add', 'Sub', 'Multiply', 'RealDiv'] as const)('%s matches tfjs bit for bit on broadcast shapes', (op) => {
  const fn = { Add: tf.add, Sub: tf.sub, Multiply: tf.mul, RealDiv: tf.div }[op];
  shapes.forEach(([sa, sb], i) => {
    const a = rand(sa, i);
    const b = rand(sb, 100 + i);
    const expected = tf.tidy(() => fn(tf.tensor(a, sa), tf.tensor(b, sb)).dataSync());
    const got = broadcastBinary(op, a, sa, b, sb);
    expect(Array.from(got.values)).toEqual(Array.from(expected));
  });
});

it('SplitV and Mean along an inner axis match tfjs bit for bit', () => {
  const shape = [5, 13, 6];
  const x = rand(shape, 9);
  for (const axis of [1, 2]) {
    const sizes = axis === 1 ? [4, 1, 8] : [2, 3, 1];
    const expected = tf.tidy(() => tf.split(tf.tensor(x, shape), sizes, axis).map((t) => Array.from(t.dataSync())));
    expect(splitAlong(x, shape, axis, sizes).map((v) => Array.from(v))).toEqual(expected);
  }
  for (const axis of [0, 1]) {
    const expected = tf.tidy(() => Array.from(tf.mean(tf.tensor(x, shape), axis).dataSync()));
    expect(Array.from(meanAlong(x, shape, axis))).toEqual(expected);
  }
});

it('once installed, tfjs ops use it and still agree', () => {
  const a = rand([3, 5, 4], 1);
  const b = rand([3, 1, 4], 2);
  const before = tf.tidy(() => tf.mul(tf.tensor(a, [3, 5, 4]), tf.tensor(b, [3, 1, 4])).dataSync());
  installFastCpuKernels();
  installFastCpuKernels(); // idempotent
  const after = tf.tidy(() => tf.mul(tf.tensor(a, [3, 5, 4]), tf.tensor(b, [3, 1, 4])).dataSync());
  expect(Array.from(after)).toEqual(Array.from(before));
  const x = tf.tensor(rand([4, 9, 3], 5), [4, 9, 3]);
  const m = tf.mean(x, 1, true);
  expect(m.shape).toEqual([4, 1, 3]);
  expect(tf.split(tf.reshape(x, [4, 27]), [20, 7], 1).map((t) => t.shape)).toEqual([[4, 20], [4, 7]]);
  tf.dispose([x, m]);
  const ints = tf.tidy(() => tf.add(tf.tensor([1, 2], [2, 1], 'int32'), tf.tensor([10, 20, 30], [1, 3], 'int32')).arraySync());
  expect(ints).toEqual([[11, 21, 31], [12, 22, 32]]);
});

it('once installed, what the fast kernels do not handle still goes to the originals', () => {
  const x = rand([4, 9, 3], 6);
  const ints = [[1, 2, 3, 4], [5, 6, 7, 8]];
  const expected = tf.tidy(() => ({
    meanBoth: Array.from(tf.mean(tf.tensor(x, [4, 9, 3]), [0, 1]).dataSync()),
    split: tf.split(tf.tensor2d(ints, [2, 4], 'int32'), [1, 3], 1).map((t) => t.arraySync()),
  }));
  installFastCpuKernels();
  tf.tidy(() => {
    // int32 stays int32 (the fast paths only write float32)
    const sum = tf.add(tf.tensor([1, 2], [2, 1], 'int32'), tf.tensor([10, 20, 30], [1, 3], 'int32'));
    expect(sum.dtype).toBe('int32');
    const parts = tf.split(tf.tensor2d(ints, [2, 4], 'int32'), [1, 3], 1);
    expect(parts.map((t) => t.dtype)).toEqual(['int32', 'int32']);
    expect(parts.map((t) => t.arraySync())).toEqual(expected.split);
    // a mean over two axes, and one without keepDims
    expect(Array.from(tf.mean(tf.tensor(x, [4, 9, 3]), [0, 1]).dataSync())).toEqual(expected.meanBoth);
    expect(tf.mean(tf.tensor(x, [4, 9, 3]), 1).shape).toEqual([4, 3]);
  });
});
