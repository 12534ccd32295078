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
    [{ batchSize: 0 }, /tamaño del batch/],
    [{ batchSize: 151 }, /tamaño del batch/],
    [{ steps: 1.5 }, /número de pasos/],
    [{ hidden: [8, 0] }, /ancho de la capa oculta 2/],
    [{ activation: 'gelu' }, /Activación desconocida/],
    [{ bnMomentum: { convention: 'pytorch', value: 0 } }, /momentum de BN/],
    [{ bnMomentum: { convention: 'keras', value: 1 } }, /momentum de BN/],
    [{ bnMomentum: 0.9 }, /convención/],
    [{ models: [] }, /ningún modelo/],
    [{ probes: { percentiles: { layer: 5, unit: 0 } } }, /^La capa a observar \(5\) no existe\.$/],
    [{ probes: { percentiles: { layer: 1, unit: 8 } } }, /^La unidad a observar \(8\) no existe en la capa 1\.$/],
    [{ models: Array.from({ length: 65 }, (_, i) => ({ id: `m${i}`, norm: { kind: 'none' }, learningRate: 0.1 })) }, /^Demasiados modelos apilados \(65\); el máximo es 64\.$/],
    [{ hidden: Array(13).fill(4) }, /^Las capas ocultas deben ser una lista de hasta 12 anchos\.$/],
    [{ init: 'lecun' }, /^Inicialización desconocida: lecun\.$/],
    [{ optimizer: 'rmsprop' }, /^Optimizador desconocido: rmsprop\.$/],
    [{ seed: Number.NaN }, /^La semilla debe ser un número finito\.$/],
    [{ bnMomentum: { convention: 'pytorch', value: 1.5 } }, /^El momentum de BN debe estar en \(0, 1\); se recibió 1\.5 \(convención pytorch\)\.$/],
    [{ bnEpsilon: 0 }, /^El épsilon de la normalización debe estar en \(0, 1\); se recibió 0\.$/],
    [{ adamEpsilon: 2 }, /^El épsilon de Adam debe estar en \(0, 1\); se recibió 2\.$/],
    [{ divergenceLoss: -1 }, /^El umbral de divergencia debe ser positivo; se recibió -1\.$/],
    [{ evalEvery: 0 }, /^La frecuencia de evaluación \(evalEvery\) debe ser un entero entre 1 y 1000000; se recibió 0\.$/],
    [{ hidden: [8, 0] }, /^El ancho de la capa oculta 2 debe ser un entero entre 1 y 1024; se recibió 0\.$/],
    [{ probes: { decisionGrid: 1000 } }, /^La resolución del mapa de decisión debe ser un entero entre 1 y 256; se recibió 1000\.$/],
    [{ models: [{ id: 'g', norm: { kind: 'group', position: 'before', groups: 0 }, learningRate: 0.1 }] }, /^El número de grupos de «g» debe ser un entero entre 1 y 1024; se recibió 0\.$/],
    [{ models: [{ id: 'h', norm: { kind: 'batch', position: 'before', ghostBatch: 0.5 }, learningRate: 0.1 }] }, /^El tamaño de los sub-batches de «h» debe ser un entero entre 1 y 1000000; se recibió 0\.5\.$/],
    [{ models: [{ id: 'a', learningRate: 0.1 }] }, /^El modelo «a» no dice qué normalización usa\.$/],
    [{ models: [{ id: 'b', norm: { kind: 'weight' }, learningRate: 0.1 }] }, /^Normalización desconocida en «b»: weight\.$/],
    [{ models: [{ id: 'c', norm: { kind: 'layer', position: 'middle' }, learningRate: 0.1 }] }, /^Posición de la normalización desconocida en «c»: middle\.$/],
    [{ hidden: [], models: [{ id: 'd', norm: { kind: 'layer', position: 'before' }, learningRate: 0.1 }] }, /^«d» normaliza sus capas ocultas, pero no tiene ninguna\.$/],
    [{ models: [{ id: '', norm: { kind: 'none' }, learningRate: 0.1 }] }, /^Identificador de modelo no válido o repetido: \.$/],
    [{ models: [{ id: 'e', norm: { kind: 'none' }, learningRate: 0 }] }, /^La tasa de aprendizaje de «e» debe ser positiva; se recibió 0\.$/],
  ])('rejects %o with a Spanish message', (patch, message) => {
    expect(messageOf(() => resolveConfig({ ...spec(), ...patch } as never, data))).toMatch(message);
  });

  it('rejects repeated model ids and non-positive learning rates', () => {
    const s = spec();
    expect(messageOf(() => resolveConfig({ ...s, models: [s.models[0], s.models[0]] }, data))).toMatch(/repetido/);
    expect(messageOf(() => resolveConfig({ ...s, models: [{ ...s.models[0], learningRate: -1 }] }, data))).toMatch(/tasa de aprendizaje/);
  });

  it('a decision map needs 2-D data', () => {
    expect(messageOf(() => resolveConfig({ ...spec(), probes: { decisionGrid: 10 } }, { ...data, inputDims: 64 }))).toBe(
      'El mapa de decisión solo existe para datos en 2-D.',
    );
  });
});

it('normalisations that cannot work on this batch or layer are refused, each with its reason', () => {
  const one = (norm: object, patch: object = {}) => messageOf(() => resolveConfig({ ...spec(), ...patch, models: [{ id: 'm', norm, learningRate: 0.1 } as never] }, data));
  expect(one({ kind: 'batch', position: 'before' }, { batchSize: 1 })).toBe(
    'En «m»: BN en entrenamiento necesita batches de al menos 2 ejemplos (con 1, la varianza del batch es 0 y la salida sería siempre β).',
  );
  expect(one({ kind: 'batch', position: 'before', ghostBatch: 3 }, { batchSize: 16 })).toBe(
    'En «m»: el tamaño del batch (16) debe ser múltiplo del de los sub-batches (3).',
  );
  expect(one({ kind: 'group', position: 'before', groups: 3 })).toBe('En «m»: el número de grupos (3) debe dividir el ancho de cada capa (8).');
  expect(messageOf(() => resolveConfig(null as never, data))).toBe('La configuración del experimento falta o no es válida.');
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

describe('the edges of each range', () => {
  const model = (patch: object) => ({ models: [{ id: 'm', norm: { kind: 'none' }, learningRate: 0.1, ...patch }] });
  it.each([
    ['the whole training split as one batch', { batchSize: 150 }],
    ['64 stacked models', { models: Array.from({ length: 64 }, (_, i) => ({ id: `m${i}`, norm: { kind: 'none' }, learningRate: 0.1 })) }],
    ['12 hidden layers', { hidden: Array(12).fill(4) }],
    ['no hidden layers for a model without normalisation', { hidden: [], ...model({}) }],
    ['a decision map of 0 (none)', { probes: { decisionGrid: 0 } }],
    ['a probe on the last hidden layer', { probes: { percentiles: { layer: 1, unit: 7 } } }],
    ['a learning rate just under a million', model({ learningRate: 999_999 })],
  ])('accepts %s', (_name, patch) => {
    expect(() => resolveConfig({ ...spec(), ...patch } as never, data)).not.toThrow();
  });

  it.each([
    ['a spec that is a string', 'abc', /falta o no es válida/],
    ['a momentum of null', { bnMomentum: null }, /convención/],
    ['a momentum without a known convention', { bnMomentum: { convention: 'tf', value: 0.1 } }, /convención/],
    ['a BN epsilon of 1', { bnEpsilon: 1 }, /épsilon de la normalización/],
    ['an Adam epsilon of 0', { adamEpsilon: 0 }, /épsilon de Adam/],
    ['an Adam epsilon of 1', { adamEpsilon: 1 }, /épsilon de Adam/],
    ['a divergence bound of 0', { divergenceLoss: 0 }, /umbral de divergencia/],
    ['a numeric model id', model({ id: 5 }), /Identificador de modelo/],
    ['a learning rate of a million', model({ learningRate: 1e6 }), /tasa de aprendizaje/],
    ['a learning rate that is not a number', model({ learningRate: NaN }), /tasa de aprendizaje/],
    ['a probe on a layer past the last', { probes: { percentiles: { layer: 2, unit: 0 } } }, /capa a observar \(2\)/],
    ['a probe on layer −1', { probes: { batchMean: { layer: -1, unit: 0 } } }, /capa a observar/],
    ['a probe on layer 0.5', { probes: { batchMean: { layer: 0.5, unit: 0 } } }, /capa a observar/],
    ['a probe on unit −1', { probes: { percentiles: { layer: 0, unit: -1 } } }, /unidad a observar/],
    ['a probe on unit 1.5', { probes: { percentiles: { layer: 0, unit: 1.5 } } }, /unidad a observar/],
    ['a normalisation given as a string', model({ norm: 'batch' }), /no dice qué normalización/],
    ['BN on the inputs with a batch of one', { batchSize: 1, ...model({ inputNorm: true }) }, /al menos 2 ejemplos/],
    ['GN on the inputs in groups that do not divide them', model({ inputNorm: { kind: 'group', groups: 3 } }), /número de grupos \(3\)/],
    ['an input normalisation of an unknown kind', model({ inputNorm: { kind: 'layer' } }), /Normalización desconocida/],
  ])('refuses %s', (_name, patch, message) => {
    const s = typeof patch === 'string' ? patch : { ...spec(), ...patch };
    expect(messageOf(() => resolveConfig(s as never, data))).toMatch(message);
  });

  it('measures training mode only when asked, and with exactly one test batch', () => {
    expect(resolveConfig(spec(), { ...data, nTest: 10 }).trainModeAcc).toBe(false);
    expect(resolveConfig({ ...spec(), probes: { trainModeAcc: true } }, { ...data, nTest: 16 }).trainModeAcc).toBe(true);
    expect(resolveConfig(spec(), data).decisionGrid).toBe(0);
  });
});
