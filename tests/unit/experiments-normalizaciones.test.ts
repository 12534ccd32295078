import { describe, expect, it } from 'vitest';
import { buildSpec, DEFAULTS, modelFor, resultsOf, sanitize } from '../../src/lib/experiments/normalizaciones';
import { resolveConfig } from '../../src/engine/config';

describe('normalizaciones spec', () => {
  it('one stack: none, BN over sub-batches of tiny, BN over the batch, LN, GN; same batches and rate', () => {
    const spec = buildSpec(DEFAULTS);
    expect(spec.batchSize).toBe(DEFAULTS.normal);
    expect(spec.models.map((m) => [m.id, m.norm])).toEqual([
      ['none', { kind: 'none' }],
      [`bn-${DEFAULTS.tiny}`, { kind: 'batch', position: 'before', ghostBatch: DEFAULTS.tiny }],
      [`bn-${DEFAULTS.normal}`, { kind: 'batch', position: 'before' }],
      ['ln', { kind: 'layer', position: 'before' }],
      ['gn', { kind: 'group', position: 'before', groups: DEFAULTS.groups }],
    ]);
    expect(new Set(spec.models.map((m) => m.learningRate))).toEqual(new Set([DEFAULTS.lr]));
    expect(spec.hidden).toEqual([DEFAULTS.width, DEFAULTS.width]);
    // The engine accepts it for the digits' training split.
    expect(resolveConfig(spec, { inputDims: 64, classes: 10, nTrain: 1258 }).k).toBe(5);
  });

  it('a group count that does not divide the width falls back to the default', () => {
    expect(sanitize({ ...DEFAULTS, width: 32, groups: 16 })).toEqual({ settings: { ...DEFAULTS, width: 32, groups: 16 }, groupsReplaced: false });
    const { settings, groupsReplaced } = sanitize({ ...DEFAULTS, width: 16, groups: 32 });
    expect(groupsReplaced).toBe(true);
    expect(settings.groups).toBe(DEFAULTS.groups);
    expect(16 % settings.groups).toBe(0);
  });

  it('results per method at [tiny, normal]: only BN has two models', () => {
    const s = DEFAULTS;
    expect(modelFor('bn', s.tiny)).toBe(`bn-${s.tiny}`);
    expect(modelFor('gn', s.tiny)).toBe('gn');
    const r = resultsOf(s, { none: 0.9, [`bn-${s.tiny}`]: 0.4, [`bn-${s.normal}`]: 0.97, ln: 0.95, gn: 0.94 });
    expect(r).toEqual({ none: [0.9, 0.9], bn: [0.4, 0.97], ln: [0.95, 0.95], gn: [0.94, 0.94] });
    expect(resultsOf(s, {})).toBeNull();
  });
});
