import { describe, expect, it } from 'vitest';
import {
  buildSpec,
  DEFAULTS,
  DEMO_NAME,
  DATA,
  evalEveryFor,
  isStable,
  ladder,
  LadderError,
  modelId,
  priorLossOf,
  maxStableLr,
  priorLoss,
  sanitize,
  SCHEMA,
  STABLE_FRACTION,
  validate,
} from '../../src/lib/experiments/tasa-aprendizaje';
import { resolveConfig } from '../../src/engine/config';
import { makeSplit } from '../../src/lib/datasets';
import { parseQuery } from '../../src/lib/query';
import { ladderProblem } from '../../src/islands/strings/tasa-aprendizaje';

describe('learning-rate ladder', () => {
  it('spaces the rates evenly on a log scale, both ends included', () => {
    const r = ladder(0.01, 10, 8);
    expect(r).toHaveLength(8);
    expect(r[0]).toBe(0.01);
    expect(r[7]).toBe(10);
    const ratios = r.slice(1).map((v, i) => Math.log10(v / r[i]));
    for (const q of ratios) expect(q).toBeCloseTo(3 / 7, 1);
  });
  it('puts swapped ends in order and refuses a range too narrow for n distinct rates', () => {
    expect(ladder(1, 0.1, 3)).toEqual([0.1, 0.32, 1]);
    expect(() => ladder(0.01, 0.011, 16)).toThrow(expect.objectContaining({ problem: { code: 'too-narrow', lo: 0.01, hi: 0.011, n: 16 } }));
    expect(ladderProblem({ code: 'too-narrow', lo: 0.01, hi: 0.011, n: 16 })).toMatch(/no caben/);
  });
});

describe('tasa-aprendizaje spec', () => {
  it('stacks every rate twice, with BN then without, on the same init and batches', () => {
    const spec = buildSpec(DEFAULTS);
    const rates = ladder(DEFAULTS.lrmin, DEFAULTS.lrmax, DEFAULTS.n);
    expect(spec.models).toHaveLength(2 * rates.length);
    expect(spec.models.slice(0, rates.length).map((m) => [m.norm, m.learningRate])).toEqual(rates.map((lr) => [{ kind: 'batch', position: 'before' }, lr]));
    expect(spec.models.slice(rates.length).map((m) => [m.norm, m.learningRate])).toEqual(rates.map((lr) => [{ kind: 'none' }, lr]));
    expect(new Set(spec.models.map((m) => m.id)).size).toBe(spec.models.length);
    expect(spec.sameInit).toBe(true);
    expect(spec.hidden).toEqual(Array(DEFAULTS.depth).fill(DEFAULTS.width));
  });

  it('is accepted by the engine', () => {
    const cfg = resolveConfig(buildSpec({ ...DEFAULTS, n: 16 }), { inputDims: 2, classes: 2, nTrain: 420 });
    expect(cfg.k).toBe(32);
  });

  it('falls back to the default range when the ends are inconsistent, with a Spanish note', () => {
    expect(validate(DEFAULTS)).toEqual([]);
    const bad = { ...DEFAULTS, lrmin: 0.5, lrmax: 0.1 };
    expect(ladderProblem(validate(bad)[0])).toMatch(/mayor que la mínima/);
    const fixed = sanitize(bad);
    expect(fixed.settings).toMatchObject({ lrmin: DEFAULTS.lrmin, lrmax: DEFAULTS.lrmax });
    expect(fixed.notes).toHaveLength(1);
  });

  it('takes URL presets and ignores invalid values', () => {
    const p = parseQuery(DEMO_NAME, SCHEMA, 'demo=tasa-aprendizaje&n=12&lrmax=30&act=tanh&n=99');
    expect(p.settings).toMatchObject({ n: 12, lrmax: 30, act: 'tanh' });
    expect(p.notes).toHaveLength(1);
  });
});

describe('stability verdicts', () => {
  it('computes the class-prior loss from the labels', () => {
    expect(priorLoss([0, 1, 0, 1], 2)).toBeCloseTo(Math.log(2));
    expect(priorLoss([2, 2, 2], 3)).toBe(0);
    expect(priorLoss([0, 0, 0, 1], 2)).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)));
  });

  it('calls stable only a model that did not diverge and ended clearly below the prior loss', () => {
    const prior = Math.log(2);
    expect(isStable({ finalLoss: 0.1, diverged: false }, prior)).toBe(true);
    expect(isStable({ finalLoss: STABLE_FRACTION * prior + 1e-6, diverged: false }, prior)).toBe(false);
    expect(isStable({ finalLoss: 0.1, diverged: true }, prior)).toBe(false);
    expect(isStable({ finalLoss: Number.NaN, diverged: false }, prior)).toBe(false);
  });

  it('names the largest stable rate, or null', () => {
    const prior = Math.log(2);
    const rungs = [
      { lr: 0.1, finalLoss: 0.3, diverged: false },
      { lr: 1, finalLoss: 0.2, diverged: false },
      { lr: 3, finalLoss: 0.69, diverged: false },
      { lr: 10, finalLoss: 0.05, diverged: true },
    ];
    expect(maxStableLr(rungs, prior)).toBe(1);
    expect(maxStableLr(rungs.slice(2), prior)).toBeNull();
  });
});

describe('edges of the ladder and its verdicts', () => {
  it.each([
    [0, 1, 4],
    [-0.1, 1, 4],
    [0.01, 1, 1],
    [0.01, 1, 2.5],
  ])('ladder(%d, %d, %d) is not a ladder', (lo, hi, n) => {
    expect(() => ladder(lo, hi, n)).toThrow(expect.objectContaining({ message: 'ladder:not-a-ladder', problem: { code: 'not-a-ladder' } }));
  });

  it('two rungs are the two ends', () => {
    expect(ladder(0.01, 1, 2)).toEqual([0.01, 1]);
  });

  it('validate: equal ends are out of order; a too-narrow range is reported, not thrown', () => {
    expect(validate({ ...DEFAULTS, lrmin: 0.1, lrmax: 0.1 })).toEqual([{ code: 'ends-out-of-order', lrmin: 0.1, lrmax: 0.1 }]);
    expect(validate({ ...DEFAULTS, lrmin: 0.01, lrmax: 0.011, n: 16 })).toEqual([{ code: 'too-narrow', lo: 0.01, hi: 0.011, n: 16 }]);
    expect(new LadderError({ code: 'not-a-ladder' })).toBeInstanceOf(Error);
  });

  it('sanitize falls back to the default range and number of rungs together', () => {
    const fixed = sanitize({ ...DEFAULTS, lrmin: 0.01, lrmax: 0.011, n: 16, steps: 123 });
    expect(fixed.settings).toEqual({ ...DEFAULTS, steps: 123 });
    expect(sanitize(DEFAULTS).settings).toBe(DEFAULTS);
  });

  it('model ids, read-back interval and initial weights', () => {
    expect([modelId(true, 0), modelId(false, 3)]).toEqual(['bn-0', 'plain-3']);
    expect([evalEveryFor(60), evalEveryFor(300), evalEveryFor(3000)]).toEqual([5, 10, 100]);
    expect(buildSpec({ ...DEFAULTS, act: 'relu' }).init).toBe('he');
    expect(buildSpec({ ...DEFAULTS, act: 'tanh' }).init).toBe('glorot');
    expect(buildSpec(DEFAULTS).dataset).toEqual({ name: DEFAULTS.dataset, n: DATA.n, noise: DATA.noise, testFraction: DATA.testFraction, seed: DEFAULTS.seed });
  });

  it('the prior loss of the run’s own training split', () => {
    const { train } = makeSplit(buildSpec(DEFAULTS).dataset);
    expect(priorLossOf(DEFAULTS)).toBe(priorLoss(train.y, train.classes));
    expect(priorLossOf(DEFAULTS)).toBeCloseTo(Math.log(2), 2);
  });

  it('a loss of exactly the threshold is not stable; the largest stable rate wins whatever the order', () => {
    const prior = Math.log(2);
    expect(isStable({ finalLoss: STABLE_FRACTION * prior, diverged: false }, prior)).toBe(false);
    const rungs = [
      { lr: 1, finalLoss: 0.2, diverged: false },
      { lr: 0.1, finalLoss: 0.3, diverged: false },
    ];
    expect(maxStableLr(rungs, prior)).toBe(1);
  });
});
