/**
 * The reference recurrent network (src/lib/rnn-reference.ts) by central finite differences in
 * float64, for each cell (none, LayerNorm, RMSNorm) and activation, and the random orthogonal matrix
 * its recurrent weights start from.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, NormSpec } from '../../src/lib/experiments/types';
import { randomOrthogonal } from '../../src/lib/orthogonal';
import { createRng } from '../../src/lib/random';
import { rnnForward, rnnHiddenNorms, rnnLossAndGrads, type RnnConfig, type RnnParams } from '../../src/lib/rnn-reference';

function params(cfg: RnnConfig, seed: number): RnnParams {
  const rng = createRng(seed);
  const fill = (n: number, sd: number, mean = 0) => Float64Array.from({ length: n }, () => mean + rng.normal(0, sd));
  const H = cfg.hidden;
  return {
    wx: fill(cfg.rowWidth * H, 0.6),
    wh: fill(H * H, 0.5),
    shift: fill(H, 0.2),
    gamma: fill(H, 0.2, 1),
    wo: fill(H * cfg.classes, 0.5),
    bo: fill(cfg.classes, 0.1),
  };
}

const cases: [string, NormSpec, Activation][] = [
  ['plain, tanh', { kind: 'none' }, 'tanh'],
  ['plain, relu', { kind: 'none' }, 'relu'],
  ['LayerNorm, relu', { kind: 'layer', position: 'before' }, 'relu'],
  ['LayerNorm, tanh', { kind: 'layer', position: 'before' }, 'tanh'],
  ['RMSNorm, sigmoid', { kind: 'rms', position: 'before' }, 'sigmoid'],
];

describe.each(cases)('%s', (_, norm, activation) => {
  const cfg: RnnConfig = { steps: 3, rowWidth: 2, hidden: 4, classes: 3, activation, norm, eps: 1e-5 };
  const n = 5;
  const rng = createRng(3);
  const x = Float64Array.from({ length: n * cfg.steps * cfg.rowWidth }, () => rng.normal(0, 1));
  const y = [0, 1, 2, 1, 0];

  it('every gradient matches central finite differences', () => {
    const p = params(cfg, 9);
    const { grads } = rnnLossAndGrads(cfg, p, x, y, n);
    const h = 1e-6;
    const keys =
      norm.kind === 'none' ? (['wx', 'wh', 'shift', 'wo', 'bo'] as const) : (['wx', 'wh', 'shift', 'gamma', 'wo', 'bo'] as const);
    for (const key of keys) {
      for (let i = 0; i < p[key].length; i++) {
        const v = p[key][i];
        p[key][i] = v + h;
        const up = rnnLossAndGrads(cfg, p, x, y, n).loss;
        p[key][i] = v - h;
        const down = rnnLossAndGrads(cfg, p, x, y, n).loss;
        p[key][i] = v;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(grads[key][i] - numeric), `${key}[${i}]: ${grads[key][i]} vs ${numeric}`).toBeLessThan(
          1e-6 * (1 + Math.abs(numeric)),
        );
      }
    }
    if (norm.kind === 'none') expect(Array.from(grads.gamma).every((g) => g === 0)).toBe(true);
  });

  it('past the rows of the input, the network reads blank rows: the hidden norms go on from the last step', () => {
    const p = params(cfg, 4);
    const norms = rnnHiddenNorms(cfg, p, x, n, 6);
    expect(norms).toHaveLength(6);
    const within = rnnHiddenNorms(cfg, p, x, n, cfg.steps);
    expect(norms.slice(0, cfg.steps)).toEqual(within);
    // Step 4 from blank input equals one step of h·W_h from h_3 by hand.
    const last = rnnForward(cfg, p, x, n).steps[cfg.steps - 1].h;
    const blank = rnnForward(cfg, p, x, n, cfg.steps + 1).steps[cfg.steps];
    expect(Array.from(blank.hPrev)).toEqual(Array.from(last));
  });
});

describe('randomOrthogonal', () => {
  it.each([1, 2, 8, 32])('n = %i: QᵀQ = I and Q·Qᵀ = I, and another seed gives another matrix', (n) => {
    const q = randomOrthogonal(n, createRng(5));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let rows = 0;
        let cols = 0;
        for (let c = 0; c < n; c++) {
          rows += q[i * n + c] * q[j * n + c];
          cols += q[c * n + i] * q[c * n + j];
        }
        expect(Math.abs(rows - (i === j ? 1 : 0))).toBeLessThan(1e-12);
        expect(Math.abs(cols - (i === j ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
    if (n > 1) expect(Array.from(randomOrthogonal(n, createRng(6)))).not.toEqual(Array.from(q));
  });
});
