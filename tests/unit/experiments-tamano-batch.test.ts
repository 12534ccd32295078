import { describe, expect, it } from 'vitest';
import { applyPatch, BATCH_SIZES, buildSpec, DEFAULTS, newBatchWeight, otherConvention, realProtocol, sizeResults } from '../../src/lib/experiments/tamano-batch';
import { resolveConfig } from '../../src/engine/config';

describe('tamano-batch spec', () => {
  it('one BN model per batch size, as ghost batches of the largest; the probes of both modes', () => {
    const spec = buildSpec(DEFAULTS);
    const full = BATCH_SIZES[BATCH_SIZES.length - 1];
    expect(BATCH_SIZES[0]).toBeLessThanOrEqual(4);
    expect(full).toBeGreaterThanOrEqual(64);
    expect(spec.batchSize).toBe(full);
    expect(spec.models.map((m) => m.norm)).toEqual(
      BATCH_SIZES.map((b) => (b === full ? { kind: 'batch', position: 'before' } : { kind: 'batch', position: 'before', ghostBatch: b })),
    );
    expect(spec.probes).toMatchObject({ trainModeAcc: true, batchMean: { layer: 0, unit: 0 } });
    const cfg = resolveConfig(spec, { inputDims: 64, classes: 10, nTrain: 1258, nTest: 539 });
    expect(cfg.k).toBe(BATCH_SIZES.length);
  });

  it('passes the momentum with its convention, never a bare number', () => {
    expect(buildSpec({ ...DEFAULTS, conv: 'keras', momentum: 0.9 }).bnMomentum).toEqual({ convention: 'keras', value: 0.9 });
    const cfg = (conv: 'keras' | 'pytorch', momentum: number) => resolveConfig(buildSpec({ ...DEFAULTS, conv, momentum }), { inputDims: 64, classes: 10, nTrain: 1258 });
    // PyTorch 0.1 ≡ Keras 0.9: the same weight of the new batch.
    expect(cfg('keras', 0.9).runningWeight).toBeCloseTo(cfg('pytorch', 0.1).runningWeight, 12);
    expect(otherConvention({ convention: 'pytorch', value: 0.1 })).toEqual({ convention: 'keras', value: 0.9 });
    expect(newBatchWeight({ convention: 'keras', value: 0.99 })).toBeCloseTo(0.01, 12);
  });

  it('switching the convention in the panel rewrites the value so the average behaves the same', () => {
    expect(applyPatch(DEFAULTS, { conv: 'keras' })).toEqual({ conv: 'keras', momentum: 0.9 });
    expect(applyPatch({ ...DEFAULTS, conv: 'keras', momentum: 0.99 }, { conv: 'pytorch' })).toEqual({ conv: 'pytorch', momentum: 0.01 });
    expect(applyPatch(DEFAULTS, { lr: 0.1 })).toEqual({ lr: 0.1 });
    expect(applyPatch(DEFAULTS, { conv: 'keras', momentum: 0.5 })).toEqual({ conv: 'keras', momentum: 0.5 });
  });

  it('results per size, in size order, once every model has reported', () => {
    const latest = Object.fromEntries(BATCH_SIZES.map((b, i) => [`bn-${b}`, { testAcc: 0.5 + i / 10, trainModeAcc: 0.4 + i / 10 }]));
    const r = sizeResults(latest)!;
    expect(r.batchSizes).toEqual([...BATCH_SIZES]);
    expect(r.evalModeAcc[0]).toBe(0.5);
    expect(r.trainModeAcc[4]).toBeCloseTo(0.8, 12);
    expect(sizeResults({})).toBeNull();
  });
});

describe('tamano-batch real protocol', () => {
  it('one run per size: real batches of b, the rate scaled with b, the same examples seen', () => {
    const runs = realProtocol(DEFAULTS);
    const full = BATCH_SIZES[BATCH_SIZES.length - 1];
    expect(runs.map((r) => r.b)).toEqual([...BATCH_SIZES]);
    for (const r of runs) {
      expect(r.spec.batchSize).toBe(r.b);
      expect(r.spec.models).toHaveLength(1);
      expect(r.spec.models[0].norm).toEqual({ kind: 'batch', position: 'before' });
      expect(r.spec.models[0].learningRate).toBeCloseTo((DEFAULTS.lr * r.b) / full, 6);
      expect(r.steps * r.b).toBe(DEFAULTS.steps * full);
      expect(r.spec.steps).toBe(r.steps);
      expect(r.spec.bnMomentum).toEqual({ convention: DEFAULTS.conv, value: DEFAULTS.momentum });
      expect(resolveConfig(r.spec, { inputDims: 64, classes: 10, nTrain: 1258, nTest: 539 }).trainModeAcc).toBe(true);
    }
  });
});
