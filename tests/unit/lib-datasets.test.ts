import { describe, expect, it } from 'vitest';
import {
  Batcher,
  GENERATORS,
  featureStats,
  makeDataset,
  makeSplit,
  splitTrainTest,
  type Dataset,
} from '../../src/lib/datasets';
import type { Dataset2DName, DatasetSpec } from '../../src/lib/experiments/types';

const NAMES = Object.keys(GENERATORS) as Dataset2DName[];

/** Leave-one-out 1-nearest-neighbour accuracy: high when labels follow the geometry. */
function nnAccuracy(d: Dataset): number {
  let correct = 0;
  for (let i = 0; i < d.n; i++) {
    let best = Infinity;
    let label = -1;
    for (let k = 0; k < d.n; k++) {
      if (k === i) continue;
      const dist = (d.x[2 * i] - d.x[2 * k]) ** 2 + (d.x[2 * i + 1] - d.x[2 * k + 1]) ** 2;
      if (dist < best) [best, label] = [dist, d.y[k]];
    }
    if (label === d.y[i]) correct++;
  }
  return correct / d.n;
}

describe.each(NAMES)('2-D generator %s', (name) => {
  const gen = GENERATORS[name];

  it('returns n×2 standardised features and balanced binary labels', () => {
    const d = gen(301, 0.2, 1);
    expect(d).toMatchObject({ n: 301, dims: 2, classes: 2 });
    expect(d.x).toBeInstanceOf(Float32Array);
    expect(d.x).toHaveLength(602);
    expect(d.y).toHaveLength(301);
    expect(d.x.every(Number.isFinite)).toBe(true);
    expect(new Set(d.y)).toEqual(new Set([0, 1]));
    const ones = d.y.reduce((s, v) => s + v, 0);
    expect(ones).toBe(150);
    const { mean, std } = featureStats(d.x, d.n, 2);
    for (let j = 0; j < 2; j++) {
      expect(Math.abs(mean[j])).toBeLessThan(1e-5);
      expect(Math.abs(std[j] - 1)).toBeLessThan(1e-5);
    }
  });

  it('is deterministic in the seed', () => {
    expect(gen(200, 0.3, 5)).toEqual(gen(200, 0.3, 5));
    expect(gen(200, 0.3, 5).x).not.toEqual(gen(200, 0.3, 6).x);
  });

  it('has labels that follow the shape when clean, and overlap more with noise', () => {
    const clean = nnAccuracy(gen(400, 0, 2));
    const noisy = nnAccuracy(gen(400, 1, 2));
    expect(clean).toBeGreaterThan(0.95);
    expect(noisy).toBeLessThan(clean);
  });

  it('rejects bad sizes and noise levels', () => {
    expect(() => gen(1, 0.1, 1)).toThrow(/number of points/);
    expect(() => gen(10.5, 0.1, 1)).toThrow(/number of points/);
    expect(() => gen(100, -0.1, 1)).toThrow(/noise must/);
    expect(() => gen(100, 1.5, 1)).toThrow(/noise must/);
    expect(() => gen(100, NaN, 1)).toThrow(/noise must/);
  });
});

describe('shapes of the clean datasets', () => {
  it('circulos: the label-0 disk lies inside the label-1 ring', () => {
    const d = GENERATORS.circulos(400, 0, 3);
    const r = (i: number) => Math.hypot(d.x[2 * i], d.x[2 * i + 1]);
    let maxInner = 0;
    let minOuter = Infinity;
    for (let i = 0; i < d.n; i++) {
      if (d.y[i] === 0) maxInner = Math.max(maxInner, r(i));
      else minOuter = Math.min(minOuter, r(i));
    }
    expect(maxInner).toBeLessThan(minOuter);
  });

  it('xor: the label is the sign of x₁·x₂ (up to the small shift of standardising)', () => {
    const d = GENERATORS.xor(400, 0, 4);
    let agree = 0;
    for (let i = 0; i < d.n; i++) if ((d.x[2 * i] * d.x[2 * i + 1] > 0 ? 0 : 1) === d.y[i]) agree++;
    expect(agree / d.n).toBeGreaterThan(0.95);
  });

  // Standardising maps each feature by x → (x − m)/s with s > 0: orders and ratios of ranges survive.
  const rowsOf = (d: Dataset, label: number) => Array.from({ length: d.n }, (_, i) => i).filter((i) => d.y[i] === label);
  const ofLabel = (d: Dataset, label: number, j: number) => rowsOf(d, label).map((i) => d.x[2 * i + j]);
  const range = (v: number[]) => Math.max(...v) - Math.min(...v);
  const avg = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

  it('circulos: the ring spans 0.7 ≤ r ≤ 1, no further', () => {
    const d = GENERATORS.circulos(400, 0, 3);
    const r = rowsOf(d, 1).map((i) => Math.hypot(d.x[2 * i], d.x[2 * i + 1]));
    expect(Math.max(...r) / Math.min(...r)).toBeLessThan(1.6);
  });

  it('lunas: moon 0 is the upper one, and both moons are one unit tall (t ∈ [0, π])', () => {
    const d = GENERATORS.lunas(600, 0, 5);
    expect(avg(ofLabel(d, 0, 1))).toBeGreaterThan(avg(ofLabel(d, 1, 1)));
    expect(avg(ofLabel(d, 0, 0))).toBeLessThan(avg(ofLabel(d, 1, 0)));
    expect(range(ofLabel(d, 0, 1)) / range(ofLabel(d, 1, 1))).toBeCloseTo(1, 1);
  });

  it('espirales: each arm winds 1.75 turns around the centre', () => {
    const d = GENERATORS.espirales(2000, 0, 6);
    const arm = rowsOf(d, 0)
      .map((i) => ({ r: Math.hypot(d.x[2 * i], d.x[2 * i + 1]), a: Math.atan2(d.x[2 * i + 1], d.x[2 * i]) }))
      .sort((p, q) => p.r - q.r);
    let turned = 0;
    for (let i = 1; i < arm.length; i++) {
      let da = arm[i].a - arm[i - 1].a;
      if (da > Math.PI) da -= 2 * Math.PI;
      if (da < -Math.PI) da += 2 * Math.PI;
      turned += da;
    }
    expect(Math.abs(turned) / (2 * Math.PI)).toBeGreaterThan(1.5);
    expect(Math.abs(turned) / (2 * Math.PI)).toBeLessThan(2);
  });

  it('xor: points keep away from the axes', () => {
    const d = GENERATORS.xor(400, 0, 4);
    const [sx, sy] = [0, 1].map((j) => Math.min(...Array.from({ length: d.n }, (_, i) => Math.abs(d.x[2 * i + j]))));
    expect(Math.min(sx, sy)).toBeGreaterThan(0.02);
  });

  it('accepts 2 and 1,000,000 points and refuses 1,000,001', () => {
    expect(GENERATORS.xor(2, 0.1, 1).n).toBe(2);
    expect(GENERATORS.xor(1_000_000, 0, 1).n).toBe(1_000_000);
    expect(() => GENERATORS.xor(1_000_001, 0, 1)).toThrow(/number of points/);
  });
});

describe('splitTrainTest', () => {
  const data = GENERATORS.lunas(101, 0.1, 7);
  const key = (d: Dataset, i: number) => `${d.x[2 * i]},${d.x[2 * i + 1]},${d.y[i]}`;

  it('splits into disjoint parts of the expected sizes that cover every row', () => {
    const { train, test } = splitTrainTest(data, 0.2, 1);
    expect(test.n).toBe(20);
    expect(train.n).toBe(81);
    expect(train.x).toHaveLength(162);
    expect(test.y).toHaveLength(20);
    const all = new Set(Array.from({ length: data.n }, (_, i) => key(data, i)));
    const seen = [
      ...Array.from({ length: train.n }, (_, i) => key(train, i)),
      ...Array.from({ length: test.n }, (_, i) => key(test, i)),
    ];
    expect(new Set(seen)).toEqual(all);
    expect(seen).toHaveLength(data.n);
  });

  it('is deterministic in its seed and accepts an empty test part', () => {
    expect(splitTrainTest(data, 0.3, 2)).toEqual(splitTrainTest(data, 0.3, 2));
    expect(splitTrainTest(data, 0.3, 2).test.x).not.toEqual(splitTrainTest(data, 0.3, 3).test.x);
    const { train, test } = splitTrainTest(data, 0, 1);
    expect([train.n, test.n]).toEqual([101, 0]);
  });

  it('rejects fractions outside [0, 1)', () => {
    for (const f of [-0.1, 1, 2, NaN]) expect(() => splitTrainTest(data, f, 1)).toThrow(/test fraction/);
  });
});

describe('makeDataset / makeSplit', () => {
  const spec: DatasetSpec = { name: 'espirales', n: 200, noise: 0.1, testFraction: 0.25, seed: 9 };

  it('dispatches on the name and is deterministic in spec.seed', () => {
    for (const name of NAMES) {
      const d = makeDataset({ ...spec, name });
      expect(d.n).toBe(200);
      expect(d.dims).toBe(2);
    }
    expect(makeDataset(spec)).toEqual(makeDataset(spec));
    expect(makeDataset(spec).x).not.toEqual(makeDataset({ ...spec, seed: 10 }).x);
    expect(makeDataset(spec).x).not.toEqual(makeDataset({ ...spec, name: 'lunas' }).x);
    const split = makeSplit(spec);
    expect([split.train.n, split.test.n]).toEqual([150, 50]);
  });

  it('needs the parsed file for digits', () => {
    expect(() => makeDataset({ ...spec, name: 'digitos' })).toThrow(/parseDigits/);
    const fake = GENERATORS.xor(10, 0, 1);
    expect(makeDataset({ ...spec, name: 'digitos' }, fake)).toBe(fake);
  });
});

describe('Batcher', () => {
  it('visits every row once per epoch, in a seeded order', () => {
    const b = new Batcher(10, 4, 1, false);
    const epoch = [...b.next(), ...b.next(), ...b.next()];
    expect(epoch).toHaveLength(10);
    expect([...epoch].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(b.epoch).toBe(0);
    b.next();
    expect(b.epoch).toBe(1);
    const again = new Batcher(10, 4, 1, false);
    expect([...again.next()]).toEqual(epoch.slice(0, 4));
    const other = new Batcher(10, 4, 2, false);
    expect([...other.next(), ...other.next()]).not.toEqual(epoch.slice(0, 8));
  });

  it('drops the short tail by default so every batch has the same size', () => {
    const b = new Batcher(10, 4, 1);
    const sizes = Array.from({ length: 7 }, () => b.next().length);
    expect(sizes).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(b.epoch).toBe(3);
    expect(() => new Batcher(10, 11, 1)).toThrow();
    expect(() => new Batcher(10, 0, 1)).toThrow();
  });
});
