/** The specs and the readings of the `gn-segun-batch` demo (src/lib/experiments/gn-segun-batch.ts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import * as gb from '../../src/lib/experiments/gn-segun-batch';
import type { ExperimentSpec } from '../../src/lib/experiments/types';

const SHAPE = { inputDims: 64, classes: 10, nTrain: 1257, nTest: 540 };
const asList = (x: ExperimentSpec | ExperimentSpec[]) => [x].flat();

describe('gn-segun-batch', () => {
  it('ghost: one stack on batches of 32; BN once per size over sub-batches of b, none, LN and GN once', () => {
    const [spec, ...rest] = asList(gb.buildSpecs(gb.DEFAULTS));
    expect(rest).toHaveLength(0);
    expect(spec.batchSize).toBe(32);
    expect(spec.sameInit).toBe(true);
    expect(spec.models.map((m) => [m.id, m.norm])).toEqual([
      ['none', { kind: 'none' }],
      ['bn-32', { kind: 'batch', position: 'before' }],
      ...[16, 8, 4, 2].map((b) => [`bn-${b}`, { kind: 'batch', position: 'before', ghostBatch: b }]),
      ['ln', { kind: 'layer', position: 'before' }],
      ['gn', { kind: 'group', position: 'before', groups: gb.DEFAULTS.groups }],
    ]);
    expect(spec.models.every((m) => m.learningRate === gb.DEFAULTS.lr)).toBe(true);
  });

  it('real: one stack of the four per size, batches of b, the rate lr·b/32 and the same examples seen', () => {
    const s = { ...gb.DEFAULTS, protocol: 'real' as const };
    const specs = asList(gb.buildSpecs(s));
    expect(specs.map((x) => x.batchSize)).toEqual([...gb.BATCH_SIZES]);
    for (const x of specs) {
      expect(x.models.map((m) => m.id)).toEqual([...gb.METHODS]);
      expect(x.models.find((m) => m.id === 'bn')!.norm).toEqual({ kind: 'batch', position: 'before' });
      for (const m of x.models) expect(m.learningRate).toBeCloseTo((s.lr * x.batchSize) / 32, 6);
      expect(x.steps * x.batchSize).toBe(s.steps * 32);
    }
  });

  it('every spec is one the engine accepts, at the edges of the settings too', () => {
    const { width, steps } = gb.SCHEMA;
    for (const protocol of gb.PROTOCOLS)
      for (const s of [
        { ...gb.DEFAULTS, protocol },
        { ...gb.DEFAULTS, protocol, width: width.min, groups: 8, steps: steps.min },
        { ...gb.DEFAULTS, protocol, width: width.max, groups: 32, steps: steps.max },
      ])
        for (const spec of asList(gb.buildSpecs(s))) expect(resolveConfig(spec, SHAPE).ids).toEqual(spec.models.map((m) => m.id));
  });

  it('a group count that does not divide the width falls back to the default, or to 1', () => {
    expect(gb.sanitize({ ...gb.DEFAULTS, width: 32, groups: 3 })).toEqual({
      settings: { ...gb.DEFAULTS, width: 32 },
      groupsReplaced: true,
    });
    expect(gb.sanitize({ ...gb.DEFAULTS, width: 10, groups: 3 }).settings.groups).toBe(1);
    expect(gb.sanitize(gb.DEFAULTS).groupsReplaced).toBe(false);
  });

  it('errors: 1 − accuracy per size, the ghost stack by model id, the real runs one per size; null where not finished', () => {
    const ghost = gb.errorsOf(gb.DEFAULTS, [
      { none: 0.9, ln: 0.8, gn: 0.7, 'bn-32': 0.95, 'bn-16': 0.94, 'bn-8': 0.9, 'bn-4': 0.85, 'bn-2': 0.5 },
    ]);
    expect(ghost.bn.map((e) => Number(e!.toFixed(6)))).toEqual([0.05, 0.06, 0.1, 0.15, 0.5]);
    expect(ghost.gn.map((e) => Number(e!.toFixed(6)))).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
    const real = gb.errorsOf({ ...gb.DEFAULTS, protocol: 'real' }, [
      { none: 0.9, bn: 0.95, ln: 0.8, gn: 0.75 },
      { none: 0.6, bn: 0.5, ln: 0.4, gn: 0.3 },
    ]);
    expect(real.bn.map((e) => (e === null ? null : Number(e.toFixed(6))))).toEqual([0.05, 0.5, null, null, null]);
    expect(real.gn.map((e) => (e === null ? null : Number(e.toFixed(6))))).toEqual([0.25, 0.7, null, null, null]);
    expect(gb.errorsOf(gb.DEFAULTS, []).none).toEqual([null, null, null, null, null]);
  });
});
