/** The specs of lesson 7.2's demos (src/lib/experiments/ln-*.ts) at their defaults and edges. */
import { describe, expect, it } from 'vitest';
import * as batchDeUno from '../../src/lib/experiments/ln-batch-de-uno';
import * as companeros from '../../src/lib/experiments/ln-companeros';
import * as escala from '../../src/lib/experiments/ln-escala';

describe('ln-batch-de-uno', () => {
  const specs = batchDeUno.buildSpecs(batchDeUno.DEFAULTS);

  it('one spec per batch size, each seeing the same examples with the rate scaled with b', () => {
    expect(specs.map((s) => s.batchSize)).toEqual([...batchDeUno.BATCH_SIZES]);
    for (const s of specs) {
      expect(s.batchSize * s.steps).toBe(batchDeUno.DEFAULTS.examples);
      expect(s.models.map((m) => m.learningRate / s.batchSize)).toEqual(s.models.map(() => expect.closeTo(batchDeUno.DEFAULTS.lr / 32, 6)));
      expect(s.evalEvery).toBe(s.steps);
      expect(s.probes?.trainModeAcc).toBe(true);
    }
  });

  it('the four methods in every stack, BN collapsing on a batch of one instead of refusing it', () => {
    for (const s of specs)
      expect(s.models.map((m) => [m.id, m.norm.kind])).toEqual([
        ['none', 'none'],
        ['bn', 'batch'],
        ['ln', 'layer'],
        ['rms', 'rms'],
      ]);
    expect(batchDeUno.NORMS.bn).toMatchObject({ singleExample: 'collapse' });
  });

  it('accuracies: one per size, null for sizes not finished yet', () => {
    const snap = (v: number) => Object.fromEntries(batchDeUno.METHODS.map((m) => [m, { testAcc: v }]));
    const r = batchDeUno.accuracies([snap(0.1), snap(0.5), snap(0.9)], 2);
    expect(r.batchSizes).toEqual([1, 4, 32]);
    expect(r.acc.ln).toEqual([0.1, 0.5, null]);
  });
});

describe('ln-companeros', () => {
  it('BN and LN on batches of 32, then the batch-mates probe with the small size', () => {
    const s = companeros.buildSpec(companeros.DEFAULTS);
    expect(s.batchSize).toBe(companeros.BATCH);
    expect(s.models.map((m) => m.norm.kind)).toEqual(['batch', 'layer']);
    expect(s.probes?.mates).toEqual({ batch: companeros.BATCH, small: companeros.DEFAULTS.small });
  });

  it.each([
    [4, 4, false],
    [16, 16, false],
    [12, companeros.DEFAULTS.small, true],
  ])('sanitize: small %i → %i (replaced: %s)', (small, used, replaced) => {
    const r = companeros.sanitize({ ...companeros.DEFAULTS, small });
    expect([r.settings.small, r.smallReplaced]).toEqual([used, replaced]);
  });
});

describe('ln-escala', () => {
  it('four methods in one stack with the scan of every scale and shift, including the identity', () => {
    const s = escala.buildSpec(escala.DEFAULTS);
    expect(s.models.map((m) => m.id)).toEqual([...escala.METHODS]);
    expect(s.probes?.scan).toEqual({ scales: escala.SCALES, shifts: escala.SHIFTS });
    expect(escala.SCALES).toContain(1);
    expect(escala.SHIFTS).toContain(0);
  });

  it('spread: the largest distance from the loss at a = 1 and at c = 0', () => {
    const at1 = escala.SCALES.indexOf(1);
    const at0 = escala.SHIFTS.indexOf(0);
    const scaleLoss = escala.SCALES.map((_, i) => (i === at1 ? 0.2 : 0.2 + 0.01 * i));
    const shiftLoss = escala.SHIFTS.map((_, i) => (i === at0 ? 0.3 : 0.1));
    const s = escala.spread({ scaleLoss, shiftLoss });
    expect(s.scale).toBeCloseTo(0.01 * (escala.SCALES.length - 1), 10);
    expect(s.shift).toBeCloseTo(0.2, 10);
  });
});
