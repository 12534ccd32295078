/** The metric declarations: curve points from snapshots, and a frozen model's carry-over. */
import { describe, expect, it } from 'vitest';
import { carryFrozen, curvePoint, CURVE_METRICS, type ModelSnapshot } from '../../src/lib/metrics';
import { appendHistory, emptyHistory } from '../../src/islands/hooks/trainer-view';

const a: ModelSnapshot = { id: 'a', loss: 0.5, trainAcc: 0.8, testAcc: 0.7, diverged: false, percentiles: [1, 2, 3], gradNorms: [0.1, 0.2], decision: [0.5] };
const b: ModelSnapshot = { id: 'b', loss: 0.9, trainAcc: 0.6, testAcc: 0.5, diverged: false, percentiles: [4, 5, 6], gradNorms: [0.3, 0.4], decision: [0.1] };

describe('curvePoint', () => {
  it('has every curve metric per model, in order, and never the decision map', () => {
    const p = curvePoint(10, [a, b]);
    expect(p).toEqual({ step: 10, diverged: [false, false], loss: [0.5, 0.9], trainAcc: [0.8, 0.6], testAcc: [0.7, 0.5], percentiles: [[1, 2, 3], [4, 5, 6]], gradNorms: [[0.1, 0.2], [0.3, 0.4]] });
    expect('decision' in p).toBe(false);
  });

  it('leaves out a probe the models do not have', () => {
    const { percentiles: _p, gradNorms: _g, ...plain } = a;
    const p = curvePoint(0, [plain]);
    expect(Object.keys(p).sort()).toEqual(['diverged', 'loss', 'step', 'testAcc', 'trainAcc']);
  });
});

describe('carryFrozen', () => {
  const fresh: ModelSnapshot = { id: 'a', loss: 7, trainAcc: 0.1, testAcc: 0.1, diverged: true, divergedAt: 12, percentiles: [9, 9, 9] };
  it('a model still training is reported as it is', () => {
    expect(carryFrozen(a, { ...a, loss: 0.1 }, true)).toEqual({ ...a, loss: 0.1 });
  });
  it('a frozen model keeps its last values, says when it diverged, and takes a finite window loss', () => {
    expect(carryFrozen(a, fresh, true)).toEqual({ ...a, loss: 7, diverged: true, divergedAt: 12 });
    expect(carryFrozen(a, fresh, false)).toEqual({ ...a, diverged: true, divergedAt: 12 });
  });
  it('with nothing before (frozen from the start) it reports what it has', () => {
    expect(carryFrozen(undefined, fresh, false)).toEqual(fresh);
  });
});

describe('the islands’ history', () => {
  it('keeps one series per curve metric and model; a diverged model’s line stops', () => {
    let h = appendHistory(emptyHistory(), ['a', 'b'], [curvePoint(0, [a, b])]);
    h = appendHistory(h, ['a', 'b'], [curvePoint(10, [a, { ...b, diverged: true }])]);
    expect(h.steps).toEqual([0, 10]);
    for (const name of CURVE_METRICS) expect(Object.keys(h[name]).sort()).toEqual(['a', 'b']);
    expect(h.loss.a).toEqual([0.5, 0.5]);
    expect(h.loss.b).toEqual([0.9, null]);
    expect(h.percentiles.b).toEqual([[4, 5, 6], null]);
    // A replayed step replaces what came after it.
    h = appendHistory(h, ['a', 'b'], [curvePoint(10, [{ ...a, loss: 0.4 }, b])]);
    expect(h.loss.a).toEqual([0.5, 0.4]);
    expect(h.steps).toEqual([0, 10]);
  });
});
