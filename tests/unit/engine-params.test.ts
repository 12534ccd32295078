/**
 * The parameter layout (src/engine/params.ts): which pieces exist for which stacks, packing and
 * unpacking, and the initial draws (He and Glorot, per the formulas the module states).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import { initialParams, makeLayout, pack, unpack } from '../../src/engine/params';
import type { NormSpec } from '../../src/lib/experiments/types';
import { mean, std } from '../../src/lib/stats';
import { spec } from './engine-fixtures';
import { inputNormSpec } from '../../src/lib/norms/index-sets';

const layoutOf = (norms: NormSpec[], inputNorm = norms.map(() => false)) =>
  makeLayout({ inputDims: 2, hidden: [4, 3], classes: 2, norms, inputNorm: inputNorm.map((on) => inputNormSpec(on)) });
const names = (l: ReturnType<typeof layoutOf>) => ({ trainable: l.trainable.map((p) => p.name), running: l.running.map((p) => p.name) });

describe('which pieces a stack allocates', () => {
  it.each([
    ['no normalisation', [{ kind: 'none' }], ['w0', 'shift0', 'w1', 'shift1', 'w2', 'shift2'], []],
    ['BN before g', [{ kind: 'batch', position: 'before' }], ['w0', 'shift0', 'gamma0', 'w1', 'shift1', 'gamma1', 'w2', 'shift2'], ['mean0', 'var0', 'mean1', 'var1']],
    ['LayerNorm after g', [{ kind: 'layer', position: 'after' }], ['w0', 'shift0', 'gamma0', 'beta0', 'w1', 'shift1', 'gamma1', 'beta1', 'w2', 'shift2'], []],
    ['none next to BN after g', [{ kind: 'none' }, { kind: 'batch', position: 'after' }], ['w0', 'shift0', 'gamma0', 'beta0', 'w1', 'shift1', 'gamma1', 'beta1', 'w2', 'shift2'], ['mean0', 'var0', 'mean1', 'var1']],
  ] as [string, NormSpec[], string[], string[]][])('%s', (_name, norms, trainable, running) => {
    expect(names(layoutOf(norms))).toEqual({ trainable, running });
  });

  it('an input normalisation adds γ, β and running statistics of the inputs first', () => {
    const l = layoutOf([{ kind: 'none' }], [true]);
    expect(l.trainable.slice(0, 2).map((p) => [p.name, p.size])).toEqual([['inGamma', 2], ['inBeta', 2]]);
    expect(l.running.map((p) => [p.name, p.stat, p.layer])).toEqual([['inMean', 'mean', -1], ['inVar', 'variance', -1]]);
  });

  it('offsets are consecutive and total the sizes', () => {
    const l = layoutOf([{ kind: 'layer', position: 'after' }]);
    let at = 0;
    for (const p of l.trainable) {
      expect(p.offset).toBe(at);
      expect(p.size).toBe(p.rows * p.cols);
      at += p.size;
    }
    expect(l.p).toBe(at);
  });
});

describe('pack and unpack', () => {
  it('are inverse for every model, and refuse a piece of the wrong size', () => {
    const l = layoutOf([{ kind: 'batch', position: 'before' }, { kind: 'none' }]);
    const arrays = Object.fromEntries(l.trainable.map((p, j) => [p.name, Float32Array.from({ length: 2 * p.size }, (_, i) => j * 100 + i)]));
    const flat = pack(arrays, l.trainable, l.p, 2);
    expect(flat[l.p + l.trainable[1].offset]).toBe(100 + l.trainable[1].size); // model 1's first shift0 value
    expect(unpack(flat, l.trainable, l.p, 2)).toEqual(arrays);
    expect(() => pack({ ...arrays, w1: new Float32Array(3) }, l.trainable, l.p, 2)).toThrow(expect.objectContaining({ problem: { code: 'state-mismatch', piece: 'w1' } }));
  });
});

describe('initial parameters', () => {
  const wide = (init: 'he' | 'glorot', sameInit = false) =>
    resolveConfig({ ...spec({ init, sameInit, hidden: [200, 100] }) }, { inputDims: 2, classes: 2, nTrain: 150 });

  it('He: N(0, 2/fan_in) weights', () => {
    const cfg = wide('he');
    const w1 = initialParams(cfg).w1.subarray(0, 200 * 100); // model 0, fan_in 200
    expect(Math.abs(mean(w1))).toBeLessThan(0.005);
    expect(std(w1)).toBeCloseTo(Math.sqrt(2 / 200), 2);
  });

  it('Glorot: U(±√(6/(fan_in + fan_out))) weights', () => {
    const cfg = wide('glorot');
    const w1 = initialParams(cfg).w1.subarray(0, 200 * 100);
    const limit = Math.sqrt(6 / 300);
    expect(Math.max(...w1)).toBeLessThanOrEqual(limit);
    expect(Math.min(...w1)).toBeGreaterThanOrEqual(-limit);
    expect(Math.max(...w1)).toBeGreaterThan(0.99 * limit);
    expect(std(w1)).toBeCloseTo(limit / Math.sqrt(3), 2);
  });

  it('γ and running variances start at 1, shifts, β and running means at 0; models differ unless sameInit', () => {
    const cfg = resolveConfig(spec({ models: [{ id: 'a', norm: { kind: 'batch', position: 'after' }, learningRate: 0.1 }, { id: 'b', norm: { kind: 'none' }, learningRate: 0.1 }] }), { inputDims: 2, classes: 2, nTrain: 150 });
    const p = initialParams({ ...cfg, sameInit: false });
    for (const [name, v] of [['gamma0', 1], ['var1', 1], ['shift0', 0], ['beta1', 0], ['mean0', 0]] as const) expect(Array.from(p[name]).every((x) => x === v), name).toBe(true);
    const half = p.w0.length / 2;
    expect(Array.from(p.w0.subarray(0, half))).not.toEqual(Array.from(p.w0.subarray(half)));
    const same = initialParams({ ...cfg, sameInit: true });
    expect(Array.from(same.w0.subarray(0, half))).toEqual(Array.from(same.w0.subarray(half)));
  });
});
