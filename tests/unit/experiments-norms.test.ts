/** The shared pieces of the experiment specs (src/lib/experiments/norms.ts). */
import { describe, expect, it } from 'vitest';
import { bnAt, COMPARISON, digitsMlp, NO_NORM, PYTORCH_MOMENTUM } from '../../src/lib/experiments/norms';

describe('shorthands', () => {
  it('bnAt: none is no normalisation, else BN at that position', () => {
    expect(bnAt('none')).toEqual({ kind: 'none' });
    expect(bnAt('none')).toBe(NO_NORM);
    expect(bnAt('after')).toEqual({ kind: 'batch', position: 'after' });
  });

  it('comparisons share the initial weights and PyTorch’s BN defaults', () => {
    expect(COMPARISON).toEqual({ sameInit: true, bnMomentum: { convention: 'pytorch', value: 0.1 }, bnEpsilon: 1e-5 });
    expect(PYTORCH_MOMENTUM).toEqual({ convention: 'pytorch', value: 0.1 });
  });
});

describe('digitsMlp', () => {
  const models = [{ id: 'm', norm: NO_NORM, learningRate: 0.05 }];
  it('a 2-hidden-layer ReLU MLP on the digits with 30 % held out', () => {
    const spec = digitsMlp({ seed: 3, width: 32, batchSize: 64, steps: 200, readbacks: 20, models });
    expect(spec).toEqual({
      dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: 3 },
      hidden: [32, 32],
      activation: 'relu',
      init: 'he',
      optimizer: 'momentum',
      batchSize: 64,
      steps: 200,
      seed: 3,
      ...COMPARISON,
      models,
      evalEvery: 10,
    });
  });

  it('reads back `readbacks` times, never more often than every 10 steps', () => {
    const every = (steps: number, readbacks: number) => digitsMlp({ seed: 1, width: 8, batchSize: 8, steps, readbacks, models }).evalEvery;
    expect([every(1000, 20), every(50, 20), every(300, 4)]).toEqual([50, 10, 75]);
  });
});
