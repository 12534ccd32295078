/** The specs and readings of the `gn-no-iid` demo (src/lib/experiments/gn-no-iid.ts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import * as ni from '../../src/lib/experiments/gn-no-iid';

const SHAPE = { inputDims: 64, classes: 10, nTrain: 1257, nTest: 540 };

describe('gn-no-iid', () => {
  it('one stack of the four per kind of batch: at random, then two classes, then one; the same weights and rate', () => {
    const specs = ni.buildSpecs(ni.DEFAULTS);
    expect(specs.map((s) => s.batchClasses)).toEqual([undefined, 2, 1]);
    for (const s of specs) {
      expect(s.batchSize).toBe(32);
      expect(s.sameInit).toBe(true);
      expect(s.seed).toBe(ni.DEFAULTS.seed);
      expect(s.models.map((m) => [m.id, m.norm.kind, m.learningRate])).toEqual([
        ['none', 'none', 0.01],
        ['bn', 'batch', 0.01],
        ['ln', 'layer', 0.01],
        ['gn', 'group', 0.01],
      ]);
    }
  });

  it('every spec is one the engine accepts, at the edges of the settings too', () => {
    const { width, steps } = ni.SCHEMA;
    for (const s of [
      ni.DEFAULTS,
      { ...ni.DEFAULTS, width: width.min, groups: 8, steps: steps.min },
      { ...ni.DEFAULTS, width: width.max, groups: 8, steps: steps.max },
    ])
      for (const spec of ni.buildSpecs(s)) expect(resolveConfig(spec, SHAPE).batchClasses).toBe(spec.batchClasses ?? null);
  });

  it('a group count that does not divide the width falls back to the default, or to 1', () => {
    expect(ni.sanitize({ ...ni.DEFAULTS, groups: 3 })).toEqual({ settings: ni.DEFAULTS, groupsReplaced: true });
    expect(ni.sanitize({ ...ni.DEFAULTS, width: 10, groups: 3 }).settings.groups).toBe(1);
  });

  it('readings by kind: one per finished stack in CLASSES_PER_BATCH order, null for the rest', () => {
    const t = ni.byKind([
      { none: 0.9, bn: 0.95, ln: 0.93, gn: 0.94 },
      { none: 0.9, bn: 0.92, ln: 0.93, gn: 0.94 },
    ]);
    expect(t.bn).toEqual([0.95, 0.92, null]);
    expect(t.gn).toEqual([0.94, 0.94, null]);
  });
});
