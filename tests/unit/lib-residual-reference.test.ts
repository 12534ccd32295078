/**
 * The reference residual MLP (src/lib/residual-reference.ts) by central finite differences in
 * float64: Pre-LN (with its final norm), Post-LN, Pre-RMSNorm and no normalisation.
 */
import { describe, expect, it } from 'vitest';
import type { NormSpec } from '../../src/lib/experiments/types';
import { createRng } from '../../src/lib/random';
import { resLossAndGrads, type ResConfig, type ResParams } from '../../src/lib/residual-reference';

function params(cfg: ResConfig, seed: number): ResParams {
  const rng = createRng(seed);
  const fill = (n: number, sd: number, mean = 0) => Float64Array.from({ length: n }, () => mean + rng.normal(0, sd));
  const d = cfg.width;
  return {
    win: fill(cfg.inputs * d, 0.6),
    bin: fill(d, 0.2),
    blocks: Array.from({ length: cfg.blocks }, () => ({
      w1: fill(d * d, 0.5),
      b1: fill(d, 0.2),
      w2: fill(d * d, 0.5),
      b2: fill(d, 0.2),
      gamma: fill(d, 0.2, 1),
      beta: fill(d, 0.2),
    })),
    gammaF: fill(d, 0.2, 1),
    betaF: fill(d, 0.2),
    wout: fill(d * cfg.classes, 0.5),
    bout: fill(cfg.classes, 0.1),
  };
}

const cases: [string, NormSpec][] = [
  ['Pre-LN', { kind: 'layer', position: 'before' }],
  ['Post-LN', { kind: 'layer', position: 'after' }],
  ['Pre-RMSNorm', { kind: 'rms', position: 'before' }],
  ['no normalisation', { kind: 'none' }],
];

describe.each(cases)('%s', (name, norm) => {
  const cfg: ResConfig = { inputs: 3, width: 4, blocks: 2, classes: 3, activation: 'relu', norm, eps: 1e-5 };
  const n = 5;
  const rng = createRng(8);
  const x = Float64Array.from({ length: n * cfg.inputs }, () => rng.normal(0, 1));
  const y = [0, 1, 2, 2, 1];

  it('every gradient matches central finite differences', () => {
    const p = params(cfg, 12);
    const { grads } = resLossAndGrads(cfg, p, x, y, n);
    const h = 1e-6;
    const check = (values: Float64Array, analytic: ArrayLike<number>, what: string) => {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        values[i] = v + h;
        const up = resLossAndGrads(cfg, p, x, y, n).loss;
        values[i] = v - h;
        const down = resLossAndGrads(cfg, p, x, y, n).loss;
        values[i] = v;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(analytic[i] - numeric), `${what}[${i}]: ${analytic[i]} vs ${numeric}`).toBeLessThan(1e-6 * (1 + Math.abs(numeric)));
      }
    };
    for (const key of ['win', 'bin', 'gammaF', 'betaF', 'wout', 'bout'] as const) check(p[key] as Float64Array, grads[key], key);
    p.blocks.forEach((b, l) => {
      for (const key of ['w1', 'b1', 'w2', 'b2', 'gamma', 'beta'] as const)
        check(b[key] as Float64Array, grads.blocks[l][key], `block ${l} ${key}`);
    });
    // Only Pre-LN has a final norm; without normalisation no γ or β is used.
    const used = (a: ArrayLike<number>) => Array.from(a).some((v) => v !== 0);
    expect(used(grads.gammaF)).toBe(name.startsWith('Pre'));
    expect(used(grads.blocks[0].gamma)).toBe(norm.kind !== 'none');
  });
});
