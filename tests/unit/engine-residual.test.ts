/**
 * The engine's residual blocks (src/engine/residual.ts) against the plain reference
 * (src/lib/residual-reference.ts, itself checked by finite differences): a stack mixing Pre-LN,
 * Post-LN, no normalisation and Pre-RMSNorm gives each model the reference's loss and gradients;
 * the gradient-norm probe reports every weight matrix; a linear warm-up scales the first steps'
 * updates; and the specs a residual network refuses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import { lossAndGradients } from '../../src/engine/inspect';
import { SpecError } from '../../src/engine/problems';
import { StackedTrainer, type TrainerState } from '../../src/engine/trainer';
import type { ExperimentSpec, NormSpec } from '../../src/lib/experiments/types';
import { createRng } from '../../src/lib/random';
import { resLossAndGrads, type ResConfig, type ResParams } from '../../src/lib/residual-reference';
import { expectClose, spec as baseSpec, split, useCpu } from './engine-fixtures';

beforeAll(useCpu);

const D = 5;
const BLOCKS = 2;
const norms: NormSpec[] = [
  { kind: 'layer', position: 'before' },
  { kind: 'layer', position: 'after' },
  { kind: 'none' },
  { kind: 'rms', position: 'before' },
];

const resSpec = (overrides: Partial<ExperimentSpec> = {}): ExperimentSpec =>
  baseSpec({
    hidden: [D],
    activation: 'relu',
    init: 'he',
    batchSize: 12,
    residual: { blocks: BLOCKS },
    models: norms.map((norm, i) => ({ id: `m${i}`, norm, learningRate: 0.1 })),
    probes: { gradNorms: true },
    ...overrides,
  });

function referenceParams(seed: number): ResParams {
  const rng = createRng(seed);
  const fill = (n: number, sd: number, mean = 0) => Float32Array.from({ length: n }, () => mean + rng.normal(0, sd));
  return {
    win: fill(2 * D, 0.6),
    bin: fill(D, 0.2),
    blocks: Array.from({ length: BLOCKS }, () => ({
      w1: fill(D * D, 0.5),
      b1: fill(D, 0.2),
      w2: fill(D * D, 0.5),
      b2: fill(D, 0.2),
      gamma: fill(D, 0.2, 1),
      beta: fill(D, 0.2),
    })),
    gammaF: fill(D, 0.2, 1),
    betaF: fill(D, 0.2),
    wout: fill(D * 2, 0.5),
    bout: fill(2, 0.1),
  };
}

/** The engine's name of each reference array of one model. */
function named(p: ResParams): Record<string, ArrayLike<number>> {
  const out: Record<string, ArrayLike<number>> = {
    w0: p.win,
    shift0: p.bin,
    gammaF: p.gammaF,
    betaF: p.betaF,
    [`w${2 * BLOCKS + 1}`]: p.wout,
    [`shift${2 * BLOCKS + 1}`]: p.bout,
  };
  p.blocks.forEach((b, l) => {
    Object.assign(out, {
      [`w${2 * l + 1}`]: b.w1,
      [`shift${2 * l + 1}`]: b.b1,
      [`w${2 * l + 2}`]: b.w2,
      [`shift${2 * l + 2}`]: b.b2,
      [`gamma${l}`]: b.gamma,
      [`beta${l}`]: b.beta,
    });
  });
  return out;
}

function stateOf(refs: ResParams[]): TrainerState {
  const params: Record<string, Float32Array> = {};
  for (const name of Object.keys(named(refs[0]))) {
    const size = named(refs[0])[name].length;
    params[name] = new Float32Array(refs.length * size);
    refs.forEach((r, m) => params[name].set(named(r)[name] as Float32Array, m * size));
  }
  return { step: 0, params, slots: {}, active: new Uint8Array(refs.length).fill(1), divergedAt: new Float32Array(refs.length).fill(-1) };
}

describe('a stack of Pre-LN, Post-LN, plain and Pre-RMSNorm residual MLPs', () => {
  const s = resSpec();
  const data = split(s);
  // A model without a place for a norm sees its γ as 1 and β as 0 there: give the plain model those.
  const refs = norms.map((norm, m) => {
    const r = referenceParams(30 + m);
    if (norm.kind === 'none') for (const b of [...r.blocks, { gamma: r.gammaF, beta: r.betaF }]) (b.gamma.fill(1), b.beta.fill(0));
    if (norm.kind !== 'none' && norm.position === 'after') (r.gammaF.fill(1), r.betaF.fill(0));
    return r;
  });
  const cfgOf = (norm: NormSpec): ResConfig => ({
    inputs: 2,
    width: D,
    blocks: BLOCKS,
    classes: 2,
    activation: 'relu',
    norm,
    eps: s.bnEpsilon,
  });

  it('gives each model the reference loss and every gradient; pieces a model does not use get none', async () => {
    const trainer = StackedTrainer.create(s, data, {}, stateOf(refs));
    const rows = Array.from({ length: 12 }, (_, i) => 7 * i + 3);
    const x = Float64Array.from(rows.flatMap((r) => [data.train.x[2 * r], data.train.x[2 * r + 1]]));
    const y = rows.map((r) => data.train.y[r]);
    const got = await lossAndGradients(trainer, rows);
    norms.forEach((norm, m) => {
      const ref = resLossAndGrads(cfgOf(norm), refs[m], x, y, rows.length);
      expectClose([got.loss[m]], [ref.loss], 1e-5);
      const expected = named(ref.grads);
      for (const [name, value] of Object.entries(expected)) {
        const size = value.length;
        expectClose(got.grads[name].subarray(m * size, (m + 1) * size), value, 2e-4);
      }
    });
    trainer.dispose();
  });

  it('reports a gradient norm for every weight matrix (input layer, two per block, output), at step 0 those the first step sees', async () => {
    const trainer = StackedTrainer.create(s, data, {}, stateOf(refs));
    const atStart = await trainer.evaluate();
    trainer.train(1);
    const snap = await trainer.evaluate();
    snap.models.forEach((m, i) => {
      expect(m.gradNorms).toHaveLength(2 * BLOCKS + 2);
      expect(m.gradNorms!.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
      expectClose(atStart.models[i].gradNorms!, m.gradNorms!, 1e-5);
    });
    trainer.dispose();
  });
});

it('a linear warm-up over w steps scales the SGD update of step t by t/w', async () => {
  const models = [
    { id: 'now', norm: norms[0], learningRate: 0.1 },
    { id: 'warm', norm: norms[0], learningRate: 0.1, warmupSteps: 4 },
  ];
  const s = resSpec({ models, optimizer: 'sgd', probes: {} });
  const trainer = StackedTrainer.create(s, split(s));
  const before = Float32Array.from(await trainer.theta.data());
  trainer.train(1);
  const after = Float32Array.from(await trainer.theta.data());
  const p = trainer.layout.p;
  const delta = (m: number) => Array.from({ length: p }, (_, i) => after[m * p + i] - before[m * p + i]);
  expectClose(
    delta(1),
    delta(0).map((v) => v / 4),
    1e-6,
  );
  trainer.dispose();
});

describe('specs a residual network refuses, each with its problem', () => {
  const cases: [string, Partial<ExperimentSpec>, string][] = [
    ['two widths', { hidden: [5, 5] }, 'residual-layers'],
    ['no blocks', { residual: { blocks: 0 } }, 'not-an-integer'],
    ['BN', { models: [{ id: 'bn', norm: { kind: 'batch', position: 'before' }, learningRate: 0.1 }] }, 'residual-norm'],
    [
      'standardised inputs',
      { models: [{ id: 's', norm: { kind: 'none' }, standardizeInputs: true, learningRate: 0.1 }] },
      'residual-input',
    ],
    ['a probe it has no meaning for', { probes: { trainModeAcc: true } }, 'probe-not-residual'],
    ['a warm-up longer than the run', { models: [{ id: 'w', norm: norms[0], learningRate: 0.1, warmupSteps: 31 }] }, 'not-an-integer'],
  ];
  it.each(cases)('%s', (_, overrides, code) => {
    try {
      resolveConfig(resSpec(overrides), { inputDims: 2, classes: 2, nTrain: 150, nTest: 50 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpecError);
      expect((e as SpecError).problem.code).toBe(code);
    }
  });
});
