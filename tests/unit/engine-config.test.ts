/**
 * Spec validation and the float16 safeguards. A bad spec throws a typed problem; what the reader
 * reads is that problem in Spanish (src/worker/strings.ts), and that is what is checked here.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIVERGENCE_LOSS, F16_SAFE_EPSILON, resolveConfig } from '../../src/engine/config';
import { SpecError } from '../../src/engine/problems';
import { readable } from '../../src/worker/strings';
import { spec } from './engine-fixtures';

/** The Spanish message a reader would see for what `f` throws. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return readable(e);
  }
  throw new Error('no error was thrown');
}

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
    expect(messageOf(() => resolveConfig({ ...spec(), ...patch } as never, data))).toMatch(message);
  });

  it('rejects repeated model ids and non-positive learning rates', () => {
    const s = spec();
    expect(messageOf(() => resolveConfig({ ...s, models: [s.models[0], s.models[0]] }, data))).toMatch(/repetido/);
    expect(messageOf(() => resolveConfig({ ...s, models: [{ ...s.models[0], learningRate: -1 }] }, data))).toMatch(/tasa de aprendizaje/);
  });

  it('a decision map needs 2-D data', () => {
    expect(messageOf(() => resolveConfig({ ...spec(), probes: { decisionGrid: 10 } }, { ...data, inputDims: 64 }))).toMatch(/2-D/);
  });
});

it('normalisations that cannot work on this batch or layer are refused, each with its reason', () => {
  const one = (norm: object, patch: object = {}) => messageOf(() => resolveConfig({ ...spec(), ...patch, models: [{ id: 'm', norm, learningRate: 0.1 } as never] }, data));
  expect(one({ kind: 'batch', position: 'before' }, { batchSize: 1 })).toMatch(/al menos 2 ejemplos.*«m»|«m».*al menos 2 ejemplos/);
  expect(one({ kind: 'batch', position: 'before', ghostBatch: 3 }, { batchSize: 16 })).toMatch(/múltiplo/);
  expect(one({ kind: 'batch', position: 'before', ghostBatch: 1 }, { batchSize: 16 })).toMatch(/al menos 2 ejemplos/);
  expect(one({ kind: 'group', position: 'before', groups: 3 })).toMatch(/grupos \(3\) debe dividir/);
  expect(one({ kind: 'instance', position: 'before' })).toMatch(/Normalización desconocida/);
  expect(one({ kind: 'layer', position: 'middle' })).toMatch(/Posición/);
  // LayerNorm and GroupNorm do not depend on the batch: a batch of one is fine.
  expect(resolveConfig({ ...spec(), batchSize: 1, models: [{ id: 'ln', norm: { kind: 'layer', position: 'before' }, learningRate: 0.1 }] }, data).batchSize).toBe(1);
});

it('the momentum names its convention; the engine converts it to the weight of the new batch', () => {
  expect(resolveConfig({ ...spec(), bnMomentum: { convention: 'pytorch', value: 0.1 } }, data).runningWeight).toBeCloseTo(0.1, 12);
  expect(resolveConfig({ ...spec(), bnMomentum: { convention: 'keras', value: 0.9 } }, data).runningWeight).toBeCloseTo(0.1, 12);
  expect(resolveConfig({ ...spec(), bnMomentum: { convention: 'keras', value: 0.99 } }, data).runningWeight).toBeCloseTo(0.01, 12);
});
