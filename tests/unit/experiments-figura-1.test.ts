import { describe, expect, it } from 'vitest';
import {
  buildSpec,
  DEFAULTS,
  DEMO_NAME,
  DEPTH,
  evalEveryFor,
  indexAtFraction,
  PAPER,
  POINTS,
  probedUnit,
  SCHEMA,
  trackSummary,
  type Triple,
} from '../../src/lib/experiments/figura-1';
import { resolveConfig } from '../../src/engine/config';
import { parseQuery } from '../../src/lib/query';

describe('figura-1 spec', () => {
  it('builds the paper’s two models: same init, same batches, BN before the sigmoid or none', () => {
    const spec = buildSpec(DEFAULTS);
    expect(spec.dataset.name).toBe('digitos');
    expect(spec.hidden).toEqual(Array(DEPTH).fill(DEFAULTS.width));
    expect(spec.activation).toBe('sigmoid');
    expect(spec.batchSize).toBe(PAPER.batch);
    expect(spec.sameInit).toBe(true);
    expect(spec.models.map((m) => [m.id, m.norm.kind === 'none' ? 'none' : m.norm.position])).toEqual([
      ['withBN', 'before'],
      ['withoutBN', 'none'],
    ]);
    expect(new Set(spec.models.map((m) => m.learningRate))).toEqual(new Set([DEFAULTS.lr]));
    // The probe follows one unit of the LAST hidden layer.
    expect(spec.probes?.percentiles).toEqual({ layer: DEPTH - 1, unit: 0 });
  });

  it('is accepted by the engine for the digits (64 inputs, 10 classes)', () => {
    const cfg = resolveConfig(buildSpec({ ...DEFAULTS, width: 100, unit: 100 }), { inputDims: 64, classes: 10, nTrain: 1348 });
    expect(cfg.k).toBe(2);
    expect(cfg.percentiles).toEqual({ layer: 2, unit: 99 });
  });

  it('keeps the probed unit inside a narrower layer', () => {
    expect(probedUnit({ unit: 80, width: 50 })).toBe(49);
    expect(probedUnit({ unit: 3, width: 50 })).toBe(2);
  });

  it('reads metrics back about POINTS times per run, never more often than every 5 steps', () => {
    for (const steps of [20, 100, 300, 2400]) {
      const every = evalEveryFor(steps);
      expect(every).toBeGreaterThanOrEqual(5);
      expect(Math.ceil(steps / every)).toBeLessThanOrEqual(POINTS + 1);
    }
  });

  it('takes URL presets and ignores invalid values with a note', () => {
    const ok = parseQuery(DEMO_NAME, SCHEMA, 'demo=figura-1&width=100&opt=sgd&lr=1&steps=1200');
    expect(ok.settings).toMatchObject({ width: 100, opt: 'sgd', lr: 1, steps: 1200 });
    const bad = parseQuery(DEMO_NAME, SCHEMA, 'demo=figura-1&unit=0&opt=rmsprop&width=1000');
    expect(bad.settings).toEqual(DEFAULTS);
    expect(bad.notes).toHaveLength(3);
  });
});

describe('figura-1 track summaries', () => {
  const t = (p50: number, spread: number): Triple => [p50 - spread / 2, p50, p50 + spread / 2];

  it('skips the first tenth of the run and null points', () => {
    const track: (Triple | null)[] = [t(10, 10), ...Array.from({ length: 8 }, (_, i) => t(i, 1 + i)), null];
    const s = trackSummary(track);
    expect(s?.median[0]).toBeCloseTo(0);
    expect(s?.median[1]).toBeCloseTo(7);
    expect(s?.spread[0]).toBeCloseTo(1);
    expect(s?.spread[1]).toBeCloseTo(8);
  });

  it('is null when nothing is left', () => {
    expect(trackSummary([])).toBeNull();
    expect(trackSummary([null, null])).toBeNull();
  });

  it('finds the first read-back at a fraction of the run', () => {
    expect(indexAtFraction([0, 15, 30, 45, 60], 60, 0.25)).toBe(1);
    expect(indexAtFraction([0, 15], 60, 0.5)).toBe(-1);
  });
});
