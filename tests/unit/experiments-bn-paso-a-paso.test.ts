import { describe, expect, it } from 'vitest';
import {
  D,
  DEFAULTS,
  EPS,
  M,
  SCHEMA,
  DEMO_NAME,
  editCell,
  forward,
  initialState,
  metrics,
  nextBatch,
  randomBatch,
  readCell,
  resetRunning,
  setBeta,
  setGamma,
  setMode,
  setMomentum,
  POPULATION,
  VALUE_LIMIT,
} from '../../src/lib/experiments/bn-paso-a-paso';
import { parseQuery } from '../../src/lib/query';

/** Fill feature column j with the given M values. */
function withColumn(s: ReturnType<typeof initialState>, j: number, col: number[]) {
  return col.reduce((acc, v, i) => editCell(acc, i * D + j, String(v)), s);
}

describe('readCell', () => {
  it('accepts a point or a Spanish decimal comma, signs and exponents', () => {
    expect(readCell('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(readCell(' -2.25 ')).toEqual({ ok: true, value: -2.25 });
    expect(readCell('3e2')).toEqual({ ok: true, value: 300 });
  });
  it('rejects empty, non-numeric and huge values with a reason', () => {
    expect(readCell('')).toEqual({ ok: false, problem: 'empty' });
    expect(readCell('abc')).toEqual({ ok: false, problem: 'nan' });
    expect(readCell('1.2.3')).toEqual({ ok: false, problem: 'nan' });
    expect(readCell('NaN')).toEqual({ ok: false, problem: 'nan' });
    expect(readCell('1e9')).toEqual({ ok: false, problem: 'range' });
  });
});

describe('bn-paso-a-paso state', () => {
  it('draws reproducible batches that differ from one index to the next', () => {
    expect(randomBatch(3, 0)).toEqual(randomBatch(3, 0));
    expect(randomBatch(3, 1)).not.toEqual(randomBatch(3, 0));
    expect(randomBatch(3, 0)).toHaveLength(M * D);
  });

  it('computes per-feature batch mean and biased variance over the batch axis (a column)', () => {
    const s = withColumn(initialState(DEFAULTS), 1, [1, 2, 3, 4, 5, 6]);
    const m = metrics(s);
    expect(m.mean[1]).toBeCloseTo(3.5, 5);
    expect(m.var[1]).toBeCloseTo(35 / 12, 5);
    // Training mode: each column of x̂ has mean 0 and variance ≈ 1.
    const col = m.y.map((row) => row[1]);
    const mu = col.reduce((a, b) => a + b, 0) / M;
    const v = col.reduce((a, b) => a + (b - mu) ** 2, 0) / M;
    expect(mu).toBeCloseTo(0, 5);
    expect(v).toBeCloseTo(1, 3);
  });

  it('keeps the typed text but the last valid value when a cell is not a number', () => {
    const s0 = editCell(initialState(DEFAULTS), 0, '7');
    const s1 = editCell(s0, 0, 'siete');
    expect(s1.texts[0]).toBe('siete');
    expect(s1.values[0]).toBe(7);
    expect(metrics(s1).invalidCells).toBe(1);
    expect(editCell(s1, 0, '').values[0]).toBe(7);
  });

  it('applies γ and β per feature, clamped to the slider range', () => {
    let s = withColumn(initialState(DEFAULTS), 0, [1, 2, 3, 4, 5, 6]);
    s = setBeta(setGamma(s, 0, 2), 0, 0.5);
    const out = forward(s);
    const xhat0 = (1 - 3.5) / Math.sqrt(35 / 12 + EPS);
    expect(out.y[0]).toBeCloseTo(2 * xhat0 + 0.5, 4);
    expect(setGamma(s, 2, 99).gamma[2]).toBe(3);
    expect(setBeta(s, 2, Number.NaN).beta[2]).toBe(-3);
  });

  it('folds a batch into the running stats (PyTorch convention) only when moving on in training mode', () => {
    const s = withColumn(initialState({ ...DEFAULTS, momentum: 0.1 }), 2, [1, 2, 3, 4, 5, 6]);
    const trained = nextBatch(s);
    expect(trained.running.batches).toBe(1);
    expect(trained.running.mean[2]).toBeCloseTo(0.1 * 3.5, 5);
    // unbiased batch variance 3.5 = (35/12)·6/5
    expect(trained.running.variance[2]).toBeCloseTo(0.9 * 1 + 0.1 * 3.5, 5);
    const evaluated = nextBatch(setMode(s, 'eval'));
    expect(evaluated.running).toEqual(s.running);
    expect(evaluated.batchIndex).toBe(1);
    expect(resetRunning(trained).running.batches).toBe(0);
  });

  it('normalises with the running statistics in eval mode', () => {
    const s = setMode(nextBatch(initialState(DEFAULTS), 5), 'eval');
    const m = metrics(s);
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < D; j++) {
        const expected = (m.x[i][j] - m.runningMean[j]) / Math.sqrt(m.runningVar[j] + EPS);
        expect(m.y[i][j]).toBeCloseTo(expected, 4);
      }
    }
  });

  it('reads presets from the URL and ignores invalid ones with a note', () => {
    const ok = parseQuery(DEMO_NAME, SCHEMA, `demo=${DEMO_NAME}&mode=eval&momentum=0,3&seed=9`);
    expect(ok.settings).toEqual({ seed: 9, momentum: 0.3, mode: 'eval' });
    const bad = parseQuery(DEMO_NAME, SCHEMA, `demo=${DEMO_NAME}&mode=test&momentum=2`);
    expect(bad.settings).toEqual(DEFAULTS);
    expect(bad.notes).toHaveLength(2);
  });
});

describe('state changes leave the previous state as it was', () => {
  it('edits, sliders, moving on and metrics copy what they change', () => {
    const s0 = initialState(DEFAULTS);
    const snapshot = JSON.stringify(s0);
    editCell(s0, 2, '7,5');
    editCell(s0, 3, 'abc');
    setGamma(s0, 1, 2);
    setBeta(s0, 0, -1);
    nextBatch(setMode(s0, 'train'), 2);
    const m = metrics(s0);
    m.runningMean[0] = 99;
    m.runningVar[0] = 99;
    m.gamma[0] = 99;
    m.beta[0] = 99;
    expect(JSON.stringify(s0)).toBe(snapshot);
  });

  it('a cell index outside the batch changes nothing', () => {
    const s0 = initialState(DEFAULTS);
    expect(editCell(s0, -1, '3')).toBe(s0);
    expect(editCell(s0, M * D, '3')).toBe(s0);
    expect(editCell(s0, M * D - 1, '3').values[M * D - 1]).toBe(3);
  });

  it('each batch counts from the one on screen, and values have one decimal around each feature’s population', () => {
    const s2 = nextBatch(nextBatch(initialState(DEFAULTS)));
    expect(s2.batchIndex).toBe(2);
    expect(s2.values).toEqual(randomBatch(DEFAULTS.seed, 2));
    const many = Array.from({ length: 200 }, (_, i) => randomBatch(5, i)).flat();
    expect(many.every((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9)).toBe(true);
    for (let j = 0; j < D; j++) {
      const col = many.filter((_, k) => k % D === j);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      expect(Math.abs(mean - POPULATION[j].mean)).toBeLessThan(0.3 * POPULATION[j].std);
    }
  });

  it('the value limit itself is accepted; the momentum is clamped to its range', () => {
    expect(readCell(String(VALUE_LIMIT))).toEqual({ ok: true, value: VALUE_LIMIT });
    const s0 = initialState(DEFAULTS);
    expect(setMomentum(s0, 5).momentum).toBe(SCHEMA.momentum.max);
    expect(setMomentum(s0, -1).momentum).toBe(SCHEMA.momentum.min);
    expect(setMomentum(s0, NaN).momentum).toBe(SCHEMA.momentum.min);
  });
});
