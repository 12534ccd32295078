/**
 * The engine's unrolled recurrent layer (src/engine/recurrent.ts) against the plain reference
 * (src/lib/rnn-reference.ts, itself checked by finite differences): a stack mixing a plain cell,
 * LayerNorm and RMSNorm on the digits read row by row gives each model the reference's loss and
 * gradients, and the hidden-norm probe the reference's ‖h_t‖ (blank rows past the image). Also the
 * initial recurrent weights (scale × orthogonal) and the specs a recurrent network refuses.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossAndGradients } from '../../src/engine/inspect';
import { resolveConfig } from '../../src/engine/config';
import { initialParams, makeLayout } from '../../src/engine/params';
import { SpecError } from '../../src/engine/problems';
import { StackedTrainer, type TrainerState } from '../../src/engine/trainer';
import { makeSplit, parseDigits } from '../../src/lib/datasets';
import type { ExperimentSpec, NormSpec } from '../../src/lib/experiments/types';
import { createRng } from '../../src/lib/random';
import { rnnHiddenNorms, rnnLossAndGrads, type RnnConfig, type RnnParams } from '../../src/lib/rnn-reference';
import { expectClose, spec as baseSpec, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const digits = parseDigits(readFileSync('public/data/digits.bin'));
const H = 6;
const norms: NormSpec[] = [{ kind: 'none' }, { kind: 'layer', position: 'before' }, { kind: 'rms', position: 'before' }];

function rnnSpec(overrides: Partial<ExperimentSpec> = {}): ExperimentSpec {
  return baseSpec({
    dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: 1 },
    hidden: [H],
    activation: 'relu',
    init: 'he',
    batchSize: 10,
    recurrent: { steps: 8, scale: 1.5 },
    models: norms.map((norm, i) => ({ id: `m${i}`, norm, learningRate: 0.1 })),
    probes: { hiddenNorms: { steps: 20, examples: 7 } },
    ...overrides,
  });
}

/** Reference parameters per model, γ and shifts away from 1 and 0 (γ = 1 for the plain cell: it has none). */
function referenceParams(seed: number, plain: boolean): RnnParams {
  const rng = createRng(seed);
  const fill = (n: number, sd: number, mean = 0) => Float32Array.from({ length: n }, () => mean + rng.normal(0, sd));
  return {
    wx: fill(8 * H, 0.5),
    wh: fill(H * H, 0.4),
    shift: fill(H, 0.2),
    gamma: plain ? new Float32Array(H).fill(1) : fill(H, 0.2, 1),
    wo: fill(H * 10, 0.4),
    bo: fill(10, 0.1),
  };
}

const ENGINE_NAMES: Record<keyof RnnParams, string> = { wx: 'w0', wh: 'wh0', shift: 'shift0', gamma: 'gamma0', wo: 'w1', bo: 'shift1' };

function stateOf(refs: RnnParams[]): TrainerState {
  const params: Record<string, Float32Array> = {};
  for (const [key, name] of Object.entries(ENGINE_NAMES) as [keyof RnnParams, string][]) {
    const size = refs[0][key].length;
    params[name] = new Float32Array(refs.length * size);
    refs.forEach((r, m) => params[name].set(r[key], m * size));
  }
  return { step: 0, params, slots: {}, active: new Uint8Array(refs.length).fill(1), divergedAt: new Float32Array(refs.length).fill(-1) };
}

describe('a stack of a plain, a LayerNorm and an RMSNorm recurrent network', () => {
  const s = rnnSpec();
  const data = makeSplit(s.dataset, digits);
  const refs = norms.map((norm, m) => referenceParams(20 + m, norm.kind === 'none'));
  const cfgOf = (norm: NormSpec): RnnConfig => ({
    steps: 8,
    rowWidth: 8,
    hidden: H,
    classes: 10,
    activation: 'relu',
    norm,
    eps: s.bnEpsilon,
  });

  it('gives each model the reference loss and every gradient (backpropagation through time)', async () => {
    const trainer = StackedTrainer.create(s, data, {}, stateOf(refs));
    const rows = [3, 17, 40, 41, 99, 123, 200, 301, 402, 500];
    const x = new Float64Array(rows.length * 64);
    rows.forEach((r, i) => x.set(data.train.x.subarray(64 * r, 64 * r + 64), 64 * i));
    const y = rows.map((r) => data.train.y[r]);
    const got = await lossAndGradients(trainer, rows);
    norms.forEach((norm, m) => {
      const ref = rnnLossAndGrads(cfgOf(norm), refs[m], x, y, rows.length);
      expectClose([got.loss[m]], [ref.loss], 1e-5);
      for (const [key, name] of Object.entries(ENGINE_NAMES) as [keyof RnnParams, string][]) {
        const size = refs[0][key].length;
        const engine = got.grads[name].subarray(m * size, (m + 1) * size);
        // The plain cell's γ gets no gradient (masked): it stays 1.
        expectClose(engine, norm.kind === 'none' && key === 'gamma' ? new Float32Array(size) : ref.grads[key], 2e-4);
      }
    });
    trainer.dispose();
  });

  it('reports the reference ‖h_t‖ over the image rows and the blank rows after them', async () => {
    const trainer = StackedTrainer.create(s, data, {}, stateOf(refs));
    const snap = await trainer.evaluate();
    const x = Float64Array.from(data.test.x.subarray(0, 7 * 64));
    norms.forEach((norm, m) => {
      const expected = rnnHiddenNorms(cfgOf(norm), refs[m], x, 7, 20);
      expectClose(snap.models[m].hiddenNorms!, expected, 1e-4);
    });
    trainer.dispose();
  });

  it('trains: the loss of every model falls over 60 SGD steps', async () => {
    const trainer = StackedTrainer.create({ ...s, steps: 60 }, data);
    const before = await trainer.evaluate();
    trainer.train(60);
    const after = await trainer.evaluate();
    for (let m = 0; m < 3; m++) expect(after.models[m].loss).toBeLessThan(before.models[m].loss);
    trainer.dispose();
  });
});

it('starts the recurrent weights at scale × an orthogonal matrix (W_hᵀW_h = scale²·I), the same for every model with sameInit', () => {
  const s = rnnSpec({ recurrent: { steps: 8, scale: 2 } });
  const cfg = resolveConfig(s, { inputDims: 64, classes: 10, nTrain: 100, nTest: 50 });
  const layout = makeLayout(cfg);
  expect(layout.trainable.find((p) => p.name === 'w0')).toMatchObject({ rows: 8, cols: H });
  const wh = initialParams(cfg, layout).wh0;
  for (let m = 0; m < 3; m++) {
    const w = wh.subarray(m * H * H, (m + 1) * H * H);
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < H; j++) {
        let dot = 0;
        for (let r = 0; r < H; r++) dot += w[r * H + i] * w[r * H + j];
        expect(Math.abs(dot - (i === j ? 4 : 0))).toBeLessThan(1e-5);
      }
    }
  }
  expect(Array.from(wh.subarray(0, H * H))).toEqual(Array.from(wh.subarray(H * H, 2 * H * H)));
});

describe('specs a recurrent network refuses, each with its problem', () => {
  const bn: NormSpec = { kind: 'batch', position: 'before' };
  const cases: [string, Partial<ExperimentSpec>, string][] = [
    ['two hidden layers', { hidden: [6, 6] }, 'recurrent-layers'],
    ['rows that do not split 64 inputs', { recurrent: { steps: 7, scale: 1 } }, 'rows-do-not-divide'],
    ['a scale of 0', { recurrent: { steps: 8, scale: 0 } }, 'recurrent-scale'],
    ['BN in the cell', { models: [{ id: 'bn', norm: bn, learningRate: 0.1 }] }, 'recurrent-norm'],
    ['LayerNorm after g', { models: [{ id: 'ln', norm: { kind: 'layer', position: 'after' }, learningRate: 0.1 }] }, 'recurrent-norm'],
    [
      'standardised inputs',
      { models: [{ id: 's', norm: { kind: 'none' }, standardizeInputs: true, learningRate: 0.1 }] },
      'recurrent-input',
    ],
    ['an MLP probe', { probes: { gradNorms: true } }, 'probe-not-recurrent'],
    ['a hidden-norm probe without a recurrent network', { recurrent: undefined, hidden: [6] }, 'probe-needs-recurrent'],
    ['zero probe steps', { probes: { hiddenNorms: { steps: 0, examples: 4 } } }, 'not-an-integer'],
  ];
  it.each(cases)('%s', (_, overrides, code) => {
    try {
      resolveConfig(rnnSpec(overrides), { inputDims: 64, classes: 10, nTrain: 100, nTest: 50 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpecError);
      expect((e as SpecError).problem.code).toBe(code);
    }
  });
});
