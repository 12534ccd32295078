/** The spec and the verdicts of the `ln-recurrente` demo (src/lib/experiments/ln-recurrente.ts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import * as rec from '../../src/lib/experiments/ln-recurrente';
import { STABLE_FRACTION } from '../../src/lib/experiments/tasa-aprendizaje';

describe('ln-recurrente', () => {
  const spec = rec.buildSpec(rec.DEFAULTS);

  it('a recurrent network reading the 8 rows of each digit, every rate without normalisation and with LN', () => {
    expect(spec.recurrent).toEqual({ steps: 8, scale: rec.DEFAULTS.escala });
    expect(spec.hidden).toEqual([rec.UNITS]);
    expect(spec.models.map((m) => [m.id, m.norm.kind, m.learningRate])).toEqual([
      ...rec.RATES.map((lr, i) => [`none-${i}`, 'none', lr]),
      ...rec.RATES.map((lr, i) => [`ln-${i}`, 'layer', lr]),
    ]);
    expect(spec.sameInit).toBe(true);
    // Two read-backs: at the start (the hidden norms at initialisation) and at the end (the ladder).
    expect(spec.evalEvery).toBe(spec.steps);
    expect(spec.probes).toEqual({ hiddenNorms: { steps: rec.NORM_STEPS, examples: rec.NORM_EXAMPLES } });
  });

  it('is a spec the engine accepts, at the edges of the scale slider too', () => {
    for (const escala of [rec.SCHEMA.escala.min, rec.DEFAULTS.escala, rec.SCHEMA.escala.max]) {
      const cfg = resolveConfig(rec.buildSpec({ ...rec.DEFAULTS, escala }), { inputDims: 64, classes: 10, nTrain: 1257, nTest: 540 });
      expect(cfg.recurrent).toEqual({ steps: 8, scale: escala });
      expect(cfg.hiddenNorms).toEqual({ steps: 64, examples: rec.NORM_EXAMPLES });
    }
  });

  it("the ladder's verdicts: stable below 0.8 × ln 10 and not diverged; the largest stable rate per method", () => {
    const threshold = STABLE_FRACTION * rec.UNIFORM_LOSS;
    // Without normalisation stable up to 0.03 (then one that stalls and three that diverge); with LN up to 0.3.
    const losses = { none: [0.5, 0.6, threshold + 0.01, 9, 9], ln: [0.4, 0.3, 0.35, threshold - 0.01, 3] };
    const diverged = { none: [false, false, false, true, true], ln: [false, false, false, false, true] };
    const models = rec.METHODS.flatMap((m) =>
      rec.RATES.map((_, i) => ({ id: rec.modelId(m, i), loss: losses[m][i], testAcc: 0.5, diverged: diverged[m][i] })),
    );
    const s = rec.ladderSummary(models, rec.UNIFORM_LOSS);
    expect(s.stable.none).toEqual([true, true, false, false, false]);
    expect(s.stable.ln).toEqual([true, true, true, true, false]);
    expect(s.maxStable).toEqual({ none: 0.03, ln: 0.3 });
    expect(
      rec.ladderSummary(
        models.map((m) => ({ ...m, diverged: true })),
        rec.UNIFORM_LOSS,
      ).maxStable,
    ).toEqual({ none: null, ln: null });
  });

  it('the hidden norms at initialisation are those of the first model of each method', () => {
    const models = rec.METHODS.flatMap((m) => rec.RATES.map((_, i) => ({ id: rec.modelId(m, i), hiddenNorms: [m === 'ln' ? 4 : 100, i] })));
    expect(rec.initialNorms(models)).toEqual({ none: [100, 0], ln: [4, 0] });
    expect(rec.initialNorms([])).toEqual({ none: [], ln: [] });
  });
});
