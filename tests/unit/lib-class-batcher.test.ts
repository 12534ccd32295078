/** Mini-batches from k classes each (src/lib/datasets/class-batcher.ts), and the engine's use of them. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { StackedTrainer } from '../../src/engine/trainer';
import { makeSplit, parseDigits } from '../../src/lib/datasets';
import { ClassBatcher } from '../../src/lib/datasets/class-batcher';
import { digitsMlp } from '../../src/lib/experiments/norms';
import { useCpu } from './engine-fixtures';

/** 10 classes of uneven sizes: class c has 20 + 3c rows, in a scrambled order. */
const labels = Uint8Array.from(
  Array.from({ length: 10 }, (_, c) => Array(20 + 3 * c).fill(c))
    .flat()
    .sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13)),
);
const data = { y: labels, n: labels.length, classes: 10 };

describe('ClassBatcher', () => {
  it.each([1, 2, 3, 10])('k = %i: every batch of 32 holds exactly k classes, as evenly as 32/k allows', (k) => {
    const b = new ClassBatcher(data, 32, k, 1);
    for (let i = 0; i < 50; i++) {
      const rows = b.next();
      expect(rows.length).toBe(32);
      const counts = new Map<number, number>();
      for (const r of rows) counts.set(labels[r], (counts.get(labels[r]) ?? 0) + 1);
      expect(counts.size).toBe(k);
      const sizes = [...counts.values()];
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('over many batches every class is drawn about as often, and within a class no row repeats before all have come', () => {
    const b = new ClassBatcher(data, 32, 1, 7);
    const perClass = new Array(10).fill(0);
    const seen = new Map<number, Set<number>>();
    for (let i = 0; i < 100; i++) {
      const rows = [...b.next()];
      const c = labels[rows[0]];
      perClass[c]++;
      if (i < 10) {
        const s = seen.get(c) ?? new Set<number>();
        for (const r of rows.slice(0, Math.min(32, 20))) s.add(r);
        seen.set(c, s);
      }
    }
    // The classes come in shuffled rounds of ten: after 100 batches, ten each.
    expect(perClass).toEqual(new Array(10).fill(10));
    // The first batch of each class (20 or more rows) takes 20 distinct rows of it.
    for (const s of seen.values()) expect(s.size).toBe(20);
  });

  it('the same seed gives the same batches; another seed others', () => {
    const a = new ClassBatcher(data, 16, 2, 3);
    const b = new ClassBatcher(data, 16, 2, 3);
    const c = new ClassBatcher(data, 16, 2, 4);
    const take = (x: ClassBatcher) => Array.from({ length: 5 }, () => [...x.next()]);
    const [ta, tb, tc] = [take(a), take(b), take(c)];
    expect(ta).toEqual(tb);
    expect(tc).not.toEqual(ta);
  });

  it('rejects a class count it cannot meet', () => {
    expect(() => new ClassBatcher(data, 32, 0, 1)).toThrow(/from 1 to 10/);
    expect(() => new ClassBatcher(data, 32, 11, 1)).toThrow(/from 1 to 10/);
    expect(() => new ClassBatcher(data, 2, 3, 1)).toThrow(/at least 3/);
  });
});

describe('the engine with batchClasses', () => {
  beforeAll(useCpu);
  const digits = parseDigits(readFileSync('public/data/digits.bin'));

  it.each([
    [1, 1],
    [2, 2],
    [undefined, 5],
  ])('batchClasses %s: the training batches hold %s classes or more', (k, atLeast) => {
    const spec = {
      ...digitsMlp({
        seed: 1,
        width: 8,
        batchSize: 32,
        steps: 3,
        readbacks: 1,
        models: [{ id: 'a', norm: { kind: 'none' as const }, learningRate: 0.1 }],
      }),
      batchClasses: k,
    };
    const split = makeSplit(spec.dataset, digits);
    const t = StackedTrainer.create(spec, split);
    for (let s = 0; s < 3; s++) {
      t.train(1);
      const classes = new Set([...t.latestBatch()].map((r) => split.train.y[r]));
      if (k === undefined) expect(classes.size).toBeGreaterThanOrEqual(atLeast);
      else expect(classes.size).toBe(k);
    }
    t.dispose();
  });
});
