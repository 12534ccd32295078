/** Spec validation (Spanish messages for the reader) and the float16 safeguards. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIVERGENCE_LOSS, F16_SAFE_EPSILON, resolveConfig } from '../../src/engine/config';
import { spec } from './engine-fixtures';

const data = { inputDims: 2, classes: 2, nTrain: 150 };

describe('resolveConfig', () => {
  it('keeps the spec numbers on float32 backends and fills the defaults', () => {
    const c = resolveConfig({ ...spec(), adamEpsilon: undefined }, data);
    expect(c.adamEpsilon).toBe(1e-7);
    expect(c.divergenceLoss).toBe(DEFAULT_DIVERGENCE_LOSS);
    expect(c.k).toBe(2);
    expect(c.norms).toEqual([{ kind: 'batch', position: 'before' }, { kind: 'none' }]);
  });

  it('raises Adam’s epsilon to a float16-safe value when the backend computes in float16', () => {
    expect(resolveConfig({ ...spec(), adamEpsilon: 1e-8 }, data, { float16: true }).adamEpsilon).toBe(F16_SAFE_EPSILON);
    expect(resolveConfig({ ...spec(), adamEpsilon: 1e-2 }, data, { float16: true }).adamEpsilon).toBe(1e-2);
    expect(F16_SAFE_EPSILON).toBeGreaterThanOrEqual(1e-4);
  });

  it.each([
    [{ batchSize: 0 }, /tamaño de batch/],
    [{ batchSize: 151 }, /tamaño de batch/],
    [{ steps: 1.5 }, /número de pasos/],
    [{ hidden: [8, 0] }, /ancho de la capa oculta 2/],
    [{ activation: 'gelu' }, /Activación desconocida/],
    [{ bnMomentum: { convention: 'pytorch', value: 0 } }, /momento de BN/],
    [{ bnMomentum: { convention: 'keras', value: 1 } }, /momento de BN/],
    [{ bnMomentum: 0.9 }, /convención/],
    [{ models: [] }, /ningún modelo/],
    [{ probes: { percentiles: { layer: 5, unit: 0 } } }, /capa a observar/],
  ])('rejects %o with a Spanish message', (patch, message) => {
    expect(() => resolveConfig({ ...spec(), ...patch } as never, data)).toThrow(message);
  });

  it('rejects repeated model ids and non-positive learning rates', () => {
    const s = spec();
    expect(() => resolveConfig({ ...s, models: [s.models[0], s.models[0]] }, data)).toThrow(/repetido/);
    expect(() => resolveConfig({ ...s, models: [{ ...s.models[0], learningRate: -1 }] }, data)).toThrow(/tasa de aprendizaje/);
  });

  it('a decision map needs 2-D data', () => {
    expect(() => resolveConfig({ ...spec(), probes: { decisionGrid: 10 } }, { ...data, inputDims: 64 })).toThrow(/2-D/);
  });
});
