/**
 * Faster kernels for tfjs' CPU backend (the fallback when neither WebGL nor WASM is available, and
 * what the Node tests run on). Its generic paths compute, per element, an index → coordinates → index
 * round trip with fresh arrays; for the stacked engine's shapes that was most of a training step:
 * - Add/Sub/Multiply/RealDiv broadcasting [K, N, h] ⊙ [K, 1, h] (every BN and bias);
 * - SplitV along axis 1 of the packed parameters [K, P] (a strided slice per piece);
 * - Mean over axis 1 of [K, N, h] (a full transpose first).
 * These walk the data with strides instead, giving the same float32 results bit for bit (tested
 * against the originals), and hand every other case to the original kernel. Install once, after the
 * CPU backend module is loaded; nothing changes on other backends.
 */
import * as tf from '@tensorflow/tfjs-core';

type Values = Float32Array;
interface CpuBackendLike {
  readSync(dataId: unknown): unknown;
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Values): tf.TensorInfo;
}

const OPS = ['Add', 'Sub', 'Multiply', 'RealDiv'] as const;
type OpName = (typeof OPS)[number];

/** Strides of `shape` right-aligned to `out`, 0 along broadcast or missing dimensions. */
function alignedStrides(shape: number[], out: number[]): number[] {
  const strides = new Array<number>(out.length).fill(0);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const o = out.length - shape.length + i;
    strides[o] = shape[i] === 1 && out[o] !== 1 ? 0 : s;
    s *= shape[i];
  }
  return strides;
}

function inner(op: OpName, r: Values, o: number, a: Values, ia: number, sa: number, b: Values, ib: number, sb: number, n: number): void {
  if (op === 'Add') for (let j = 0; j < n; j++, ia += sa, ib += sb) r[o + j] = a[ia] + b[ib];
  else if (op === 'Sub') for (let j = 0; j < n; j++, ia += sa, ib += sb) r[o + j] = a[ia] - b[ib];
  else if (op === 'Multiply') for (let j = 0; j < n; j++, ia += sa, ib += sb) r[o + j] = a[ia] * b[ib];
  else for (let j = 0; j < n; j++, ia += sa, ib += sb) r[o + j] = a[ia] / b[ib];
}

/** out = a ⊙ b with NumPy broadcasting, by strided loops over the output's last dimension. */
export function broadcastBinary(op: OpName, a: Values, aShape: number[], b: Values, bShape: number[]): { values: Values; shape: number[] } {
  const shape = tf.backend_util.assertAndGetBroadcastShape(aShape, bShape);
  const rank = shape.length;
  const size = shape.reduce((x, y) => x * y, 1);
  const values = new Float32Array(size);
  if (size === 0) return { values, shape };
  const sa = alignedStrides(aShape, shape);
  const sb = alignedStrides(bShape, shape);
  const last = rank ? shape[rank - 1] : 1;
  const idx = new Array<number>(rank).fill(0);
  let ia = 0;
  let ib = 0;
  for (let o = 0; o < size; o += last) {
    inner(op, values, o, a, ia, rank ? sa[rank - 1] : 0, b, ib, rank ? sb[rank - 1] : 0, last);
    for (let d = rank - 2; d >= 0; d--) {
      idx[d]++;
      ia += sa[d];
      ib += sb[d];
      if (idx[d] < shape[d]) break;
      ia -= sa[d] * shape[d];
      ib -= sb[d] * shape[d];
      idx[d] = 0;
    }
  }
  return { values, shape };
}

/** Whether tfjs' own kernel already takes its fast path (no broadcast along an existing dimension). */
function originalIsFast(aShape: number[], bShape: number[], out: number[]): boolean {
  return tf.backend_util.getBroadcastDims(aShape, out).length + tf.backend_util.getBroadcastDims(bShape, out).length === 0;
}

/** Split x along `axis` into pieces of the given sizes (x viewed as [outer, dim, inner]). */
export function splitAlong(vals: Values, shape: number[], axis: number, sizes: number[]): Values[] {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const dim = shape[axis];
  let begin = 0;
  return sizes.map((s) => {
    const out = new Float32Array(outer * s * inner);
    for (let o = 0; o < outer; o++) out.set(vals.subarray((o * dim + begin) * inner, (o * dim + begin + s) * inner), o * s * inner);
    begin += s;
    return out;
  });
}

/** Mean over one axis, exactly as tfjs' CPU kernel rounds it: fround(Σ fround(x / n)). */
export function meanAlong(vals: Values, shape: number[], axis: number): Values {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const n = shape[axis];
  const out = new Float32Array(outer * inner);
  const acc = new Float64Array(inner);
  for (let o = 0; o < outer; o++) {
    acc.fill(0);
    for (let j = 0; j < n; j++) {
      const base = (o * n + j) * inner;
      for (let i = 0; i < inner; i++) acc[i] += Math.fround(vals[base + i] / n);
    }
    out.set(acc, o * inner);
  }
  return out;
}

function installSplitAndMean(): void {
  const split = tf.getKernel('SplitV', 'cpu');
  if (split) {
    const kernelFunc: tf.KernelFunc = (args) => {
      const x = args.inputs.x as tf.TensorInfo;
      const { numOrSizeSplits, axis } = args.attrs as { numOrSizeSplits: number | number[]; axis: number };
      const ax = tf.util.parseAxisParam(axis, x.shape)[0];
      if (x.dtype !== 'float32' || ax === 0) return split.kernelFunc(args);
      const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax);
      const backend = args.backend as unknown as CpuBackendLike;
      return splitAlong(backend.readSync(x.dataId) as Values, x.shape, ax, sizes).map((v, i) => {
        const shape = x.shape.slice();
        shape[ax] = sizes[i];
        return backend.makeTensorInfo(shape, 'float32', v);
      });
    };
    tf.unregisterKernel('SplitV', 'cpu');
    tf.registerKernel({ ...split, kernelFunc });
  }
  const mean = tf.getKernel('Mean', 'cpu');
  if (mean) {
    const kernelFunc: tf.KernelFunc = (args) => {
      const x = args.inputs.x as tf.TensorInfo;
      const { axis, keepDims } = args.attrs as { axis: number | number[]; keepDims: boolean };
      const axes = tf.util.parseAxisParam(axis, x.shape);
      if (x.dtype !== 'float32' || axes.length !== 1 || axes[0] === x.shape.length - 1) return mean.kernelFunc(args);
      const backend = args.backend as unknown as CpuBackendLike;
      const shape = x.shape.slice();
      if (keepDims) shape[axes[0]] = 1;
      else shape.splice(axes[0], 1);
      return backend.makeTensorInfo(shape, 'float32', meanAlong(backend.readSync(x.dataId) as Values, x.shape, axes[0]));
    };
    tf.unregisterKernel('Mean', 'cpu');
    tf.registerKernel({ ...mean, kernelFunc });
  }
}

let installed = false;

export function installFastCpuKernels(): void {
  if (installed) return;
  installed = true;
  installSplitAndMean();
  for (const name of OPS) {
    const original = tf.getKernel(name, 'cpu');
    if (!original) continue;
    const kernelFunc: tf.KernelFunc = (args) => {
      const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
      if (a.dtype !== 'float32' || b.dtype !== 'float32') return original.kernelFunc(args);
      const out = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
      if (originalIsFast(a.shape, b.shape, out)) return original.kernelFunc(args);
      const backend = args.backend as unknown as CpuBackendLike;
      const r = broadcastBinary(name, backend.readSync(a.dataId) as Values, a.shape, backend.readSync(b.dataId) as Values, b.shape);
      return backend.makeTensorInfo(r.shape, 'float32', r.values);
    };
    tf.unregisterKernel(name, 'cpu');
    tf.registerKernel({ ...original, kernelFunc });
  }
}
