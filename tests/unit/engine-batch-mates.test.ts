/**
 * The batch-mates and input-scan probes, and BN on a batch of one:
 * - mateBatches (src/lib/batch-mates.ts) puts the same images in every kind of batch;
 * - the engine's `mates` metric against the plain reference MLP run batch by batch in training mode;
 * - LN's logits are the same bit for bit whatever the batch (here on the CPU backend);
 * - `scan` against the reference on rescaled and shifted inputs;
 * - BN with singleExample 'collapse' trains at batch 1 without error and its layers below get no gradient.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MATE_KINDS, mateBatches, matesProblem } from '../../src/lib/batch-mates';
import type { NormSpec } from '../../src/lib/experiments/types';
import { mlpForward } from '../../src/lib/mlp-reference';
import { StackedTrainer } from '../../src/engine/trainer';
import { readable } from '../../src/worker/strings';
import { spec, split, useCpu } from './engine-fixtures';
import { probeNet, stateFrom } from './reference-fixtures';

beforeAll(useCpu);

const hidden = [6, 5];
const MATES = { batch: 8, small: 2 };

describe('mateBatches', () => {
  const labels = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 2, 2, 0, 1, 0, 1];
  const m = mateBatches(labels, 3, { batch: 4, small: 2 }, 3);

  it('takes the first perClass rows of every class, class-major, as many as whole batches allow', () => {
    expect(m.perClass).toBe(4);
    expect(Array.from(m.rows)).toEqual([0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]);
  });

  it('every kind holds every image once; one-class batches are one class; random and small share a shuffle', () => {
    for (const kind of MATE_KINDS) expect([...m.orders[kind]].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    const classOf = (i: number) => labels[m.rows[m.orders.oneClass[i]]];
    for (let from = 0; from < 12; from += 4) expect(new Set([0, 1, 2, 3].map((j) => classOf(from + j))).size).toBe(1);
    expect(m.orders.small).toEqual(m.orders.random);
    expect(Array.from(m.orders.random)).not.toEqual([...Array(12).keys()]);
    expect([m.sizes.random, m.sizes.small, m.sizes.oneClass]).toEqual([4, 2, 4]);
  });

  it.each([
    [
      { batch: 4, small: 3 },
      { code: 'small-does-not-divide', batch: 4, small: 3 },
    ],
    [
      { batch: 8, small: 2 },
      { code: 'class-smaller-than-batch', batch: 8, fewest: 6 },
    ],
    [{ batch: 4, small: 2 }, null],
  ])('matesProblem(%j)', (s, problem) => {
    expect(matesProblem(labels, 3, s)).toEqual(problem);
  });

  it('the trainer refuses a probe the test split cannot fill, in Spanish', () => {
    const s = spec({ hidden, probes: { mates: { batch: 64, small: 2 } } }, [
      { id: 'bn', norm: { kind: 'batch', position: 'before' }, learningRate: 0.1 },
    ]);
    let message = '';
    try {
      StackedTrainer.create(s, split(s));
    } catch (e) {
      message = readable(e);
    }
    expect(message).toMatch(/^Cada clase del test necesita al menos 64 imágenes/);
  });
});

const referenceNet = (norm: NormSpec) => probeNet(norm, hidden);
const argmax2 = (logits: ArrayLike<number>, i: number) => (logits[2 * i + 1] > logits[2 * i] ? 1 : 0);

describe.each([
  ['BN', { kind: 'batch', position: 'before' } as NormSpec],
  ['LN', { kind: 'layer', position: 'before' } as NormSpec],
])('mates with %s, against the reference batch by batch', (name, norm) => {
  const s = spec({ hidden, probes: { mates: MATES } }, [{ id: 'm', norm, learningRate: 1e-12 }]);
  const data = split(s);

  it('accuracy per kind, agreement with eval mode, and the largest logit change', async () => {
    const mlp = referenceNet(norm);
    const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
    const got = (await t.evaluate()).models[0].mates!;
    const m = mateBatches(data.test.y, 2, MATES, s.seed);
    const x = (order: Int32Array, i: number) => [0, 1].map((d) => data.test.x[2 * m.rows[order[i]] + d]);
    const evalLogits = mlpForward(
      mlp,
      Float32Array.from(Array.from(m.rows).flatMap((r) => [data.test.x[2 * r], data.test.x[2 * r + 1]])),
      m.rows.length,
      'eval',
    ).logits;
    let shift = 0;
    for (const kind of MATE_KINDS) {
      const order = m.orders[kind];
      const b = m.sizes[kind];
      let hits = 0;
      let same = 0;
      for (let from = 0; from < order.length; from += b) {
        const xb = Float32Array.from({ length: 2 * b }, (_, i) => x(order, from + (i >> 1))[i & 1]);
        const logits = mlpForward(mlp, xb, b, 'train').logits;
        for (let i = 0; i < b; i++) {
          const img = order[from + i];
          hits += argmax2(logits, i) === data.test.y[m.rows[img]] ? 1 : 0;
          same += argmax2(logits, i) === argmax2(evalLogits, img) ? 1 : 0;
          for (const c of [0, 1]) shift = Math.max(shift, Math.abs(logits[2 * i + c] - evalLogits[2 * img + c]));
        }
      }
      expect(got.acc[kind], kind).toBeCloseTo(hits / order.length, 6);
      expect(got.sameAsEval[kind], kind).toBeCloseTo(same / order.length, 6);
    }
    expect(got.maxLogitShift).toBeCloseTo(shift, 4);
    if (name === 'LN') expect(got.maxLogitShift).toBe(0);
    else expect(got.maxLogitShift).toBeGreaterThan(0.01);
    t.dispose();
  });
});

it('scan: eval-mode loss and accuracy on rescaled and shifted test inputs, as the reference computes them', async () => {
  const norm: NormSpec = { kind: 'layer', position: 'before' };
  const scan = { scales: [0.5, 3], shifts: [-0.2, 0.4] };
  const s = spec({ hidden, probes: { scan } }, [{ id: 'm', norm, learningRate: 1e-12 }]);
  const data = split(s);
  const mlp = referenceNet(norm);
  const t = StackedTrainer.create(s, data, {}, stateFrom(mlp));
  const got = (await t.evaluate()).models[0].scan!;
  const want = (f: (v: number) => number) => {
    const logits = mlpForward(mlp, data.test.x.map(f), data.test.n, 'eval').logits;
    let loss = 0;
    let hits = 0;
    for (let i = 0; i < data.test.n; i++) {
      const [a, b] = [logits[2 * i], logits[2 * i + 1]];
      const mx = Math.max(a, b);
      loss += Math.log(Math.exp(a - mx) + Math.exp(b - mx)) - ((data.test.y[i] === 1 ? b : a) - mx);
      hits += argmax2(logits, i) === data.test.y[i] ? 1 : 0;
    }
    return [loss / data.test.n, hits / data.test.n];
  };
  scan.scales.forEach((a, i) => {
    const [loss, acc] = want((v) => v * a);
    expect(got.scaleLoss[i]).toBeCloseTo(loss, 4);
    expect(got.scaleAcc[i]).toBeCloseTo(acc, 6);
  });
  scan.shifts.forEach((c, i) => {
    const [loss, acc] = want((v) => v + c);
    expect(got.shiftLoss[i]).toBeCloseTo(loss, 4);
    expect(got.shiftAcc[i]).toBeCloseTo(acc, 6);
  });
  t.dispose();
});

describe('BN on a batch of one', () => {
  const models = (single?: 'collapse') => [
    { id: 'bn', norm: { kind: 'batch', position: 'before', ...(single ? { singleExample: single } : {}) } as NormSpec, learningRate: 0.1 },
    { id: 'ln', norm: { kind: 'layer', position: 'before' } as NormSpec, learningRate: 0.1 },
  ];

  it('is refused by default, in Spanish, as PyTorch refuses it', () => {
    const s = spec({ hidden, batchSize: 1 }, models());
    let message = '';
    try {
      StackedTrainer.create(s, split(s));
    } catch (e) {
      message = readable(e);
    }
    expect(message).toMatch(/BN en entrenamiento necesita batches de al menos 2 ejemplos/);
  });

  it("with 'collapse' it trains: the first layer's weights of BN never move (no gradient through x̂ = 0), LN's do; the running variance goes to 0", async () => {
    const s = spec({ hidden, batchSize: 1, steps: 40 }, models('collapse'));
    const t = StackedTrainer.create(s, split(s));
    const before = (await t.exportState()).params;
    t.train(40);
    const after = (await t.exportState()).params;
    const snap = await t.evaluate();
    const w0 = (p: typeof before, k: number) => Array.from(p.w0.subarray(k * 2 * hidden[0], (k + 1) * 2 * hidden[0]));
    expect(w0(after, 0)).toEqual(w0(before, 0));
    expect(w0(after, 1)).not.toEqual(w0(before, 1));
    expect(Math.max(...Array.from(after.var0.subarray(0, hidden[0])))).toBeLessThan(0.9 ** 40 * 1.01);
    expect(snap.models.every((m) => Number.isFinite(m.loss))).toBe(true);
    t.dispose();
  });
});
