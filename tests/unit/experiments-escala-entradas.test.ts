import { describe, expect, it } from 'vitest';
import { buildSpec, DECISION_GRID, DEFAULTS, DEMO_NAME, evalEveryFor, HIDDEN, MODEL_IDS, preview, SCHEMA } from '../../src/lib/experiments/escala-entradas';
import { resolveConfig } from '../../src/engine/config';
import { featureStats, makeSplit } from '../../src/lib/datasets';
import { parseQuery } from '../../src/lib/query';

describe('escala-entradas spec', () => {
  it('three models that differ only in what they do with the inputs', () => {
    const spec = buildSpec(DEFAULTS);
    expect(spec.models.map((m) => m.id)).toEqual([...MODEL_IDS]);
    expect(spec.models.map((m) => [m.standardizeInputs === true, m.inputNorm === true])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    for (const m of spec.models) {
      expect(m.norm).toEqual({ kind: 'none' });
      expect(m.learningRate).toBe(DEFAULTS.lr);
    }
    expect(spec.sameInit).toBe(true);
    const cfg = resolveConfig(spec, { inputDims: 2, classes: 2, nTrain: 420 });
    expect(cfg.standardizeInputs).toEqual([false, true, false]);
    expect(cfg.inputNorm).toEqual([null, null, { kind: 'batch', position: 'before' }]);
  });

  it('puts the first feature in other units: ×scale + offset, the second as generated', () => {
    const split = makeSplit(buildSpec(DEFAULTS).dataset);
    const { mean, std } = featureStats(split.train.x, split.train.n, 2);
    expect(mean[0]).toBeGreaterThan(DEFAULTS.offset - 0.2 * DEFAULTS.scale);
    expect(mean[0]).toBeLessThan(DEFAULTS.offset + 0.2 * DEFAULTS.scale);
    expect(std[0]).toBeGreaterThan(0.5 * DEFAULTS.scale);
    expect(std[1]).toBeLessThan(2);
    // The preview shows the same points the worker will train on, in those units.
    expect(preview(DEFAULTS).points.xy).toEqual(split.test.x);
  });

  it('reads a preset link and refuses values out of range', () => {
    const { settings, notes } = parseQuery(DEMO_NAME, SCHEMA, new URLSearchParams(`demo=${DEMO_NAME}&scale=10&offset=-5&lr=99`));
    expect(settings.scale).toBe(10);
    expect(settings.offset).toBe(-5);
    expect(settings.lr).toBe(DEFAULTS.lr);
    expect(notes.map((n) => n.key)).toEqual(['lr']);
  });
});

describe('escala-entradas network and schedule', () => {
  it('a 16-16 ReLU net with a decision map, read back about 30 times and never more often than every 10 steps', () => {
    const spec = buildSpec(DEFAULTS);
    expect(spec.hidden).toEqual([...HIDDEN]);
    expect(spec.probes).toEqual({ decisionGrid: DECISION_GRID });
    expect([evalEveryFor(300), evalEveryFor(900), evalEveryFor(60)]).toEqual([10, 30, 10]);
    expect(buildSpec({ ...DEFAULTS, steps: 1500 }).evalEvery).toBe(50);
  });

  it('the preview’s extent spans both splits in the reader’s units', () => {
    const s = { ...DEFAULTS, scale: 1000, offset: 500 };
    const split = makeSplit(buildSpec(s).dataset);
    const xs = [...split.train.x, ...split.test.x].filter((_, i) => i % 2 === 0);
    const { extent } = preview(s);
    expect(extent[0]).toBeLessThan(Math.min(...xs));
    expect(extent[1]).toBeGreaterThan(Math.max(...xs));
    expect(extent[1] - extent[0]).toBeCloseTo(1.2 * (Math.max(...xs) - Math.min(...xs)), 0);
  });
});
