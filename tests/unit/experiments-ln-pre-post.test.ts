/** The series and the readings of the `ln-pre-post` demo (src/lib/experiments/ln-pre-post.ts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import * as pp from '../../src/lib/experiments/ln-pre-post';

const SHAPE = { inputDims: 64, classes: 10, nTrain: 1257, nTest: 540 };

describe('ln-pre-post', () => {
  const specs = pp.buildSpecs(pp.DEFAULTS);
  const sweep = specs.slice(0, -1);
  const training = specs[specs.length - 1];

  it('one single-step stack of Post-LN and Pre-LN per depth of the sweep, from the same initial weights', () => {
    expect(sweep.map((s) => s.residual!.blocks)).toEqual([...pp.DEPTHS]);
    for (const s of sweep) {
      expect(s.steps).toBe(1);
      expect(s.models.map((m) => [m.id, m.norm])).toEqual([
        ['post', { kind: 'layer', position: 'after' }],
        ['pre', { kind: 'layer', position: 'before' }],
      ]);
      expect(s.models.every((m) => !m.warmupSteps)).toBe(true);
      expect(s.sameInit).toBe(true);
      expect(s.probes).toEqual({ gradNorms: true });
    }
  });

  it('then the training run: each placement without and with warm-up, Adam at the rate of the settings', () => {
    expect(training.residual).toEqual({ blocks: pp.DEFAULTS.bloques });
    expect(training.hidden).toEqual([pp.WIDTH]);
    expect(training.optimizer).toBe('adam');
    expect(training.steps).toBe(pp.DEFAULTS.steps);
    expect(training.models.map((m) => [m.id, m.norm.kind === 'layer' && m.norm.position, m.learningRate, m.warmupSteps ?? 0])).toEqual([
      ['post', 'after', pp.DEFAULTS.lr, 0],
      ['pre', 'before', pp.DEFAULTS.lr, 0],
      ['post-warm', 'after', pp.DEFAULTS.lr, pp.DEFAULTS.warmup],
      ['pre-warm', 'before', pp.DEFAULTS.lr, pp.DEFAULTS.warmup],
    ]);
    expect(training.steps / training.evalEvery).toBe(pp.READBACKS);
  });

  it('every spec is one the engine accepts, at the edges of the settings too (warm-up never longer than the run)', () => {
    const { bloques, warmup, steps } = pp.SCHEMA;
    for (const s of [
      pp.DEFAULTS,
      { ...pp.DEFAULTS, bloques: bloques.min, warmup: warmup.max, steps: steps.min },
      { ...pp.DEFAULTS, bloques: bloques.max, warmup: warmup.min, steps: steps.max },
    ]) {
      for (const spec of pp.buildSpecs(s)) {
        const cfg = resolveConfig(spec, SHAPE);
        expect(cfg.residual).toEqual(spec.residual);
        expect(cfg.gradNorms).toBe(true);
      }
    }
  });

  it("the sweep reads the last block's W₂ (column 2B of 2B + 2) of each depth, null where a depth has not run", () => {
    // Column c of a depth-B network holds 100·B + c, so the reading names its depth and column.
    const results = pp.DEPTHS.slice(0, 3).map((b) =>
      Object.fromEntries(
        pp.PLACEMENTS.map((p, k) => [p, { gradNorms: Array.from({ length: 2 * b + 2 }, (_, c) => 100 * b + c + k / 10) }]),
      ),
    );
    const got = pp.depthSweep(results);
    expect(got.post).toEqual([102, 204, 408, null, null]);
    expect(got.pre).toEqual([102.1, 204.1, 408.1, null, null]);
    expect(pp.depthRatio(got.post)).toBeNull();
    expect(pp.depthRatio([2, 1, 0.5])).toBe(0.25);
    expect(pp.depthRatio([null, 1, 0.5])).toBeNull();
  });
});
