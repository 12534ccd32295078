/** «Automático» by measurement: the pure policy with injected timings, then the worker's flow. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidates } from '../../src/worker/backend';
import { deviceKey, fastest, stackKey, usable, type BackendTiming } from '../../src/worker/backend-choice';
import { workerStrings } from '../../src/worker/strings';
import { spec } from './engine-fixtures';
import { makeHost } from './worker-fixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const t = (name: BackendTiming['name'], msPerStep: number | null): BackendTiming => ({ name, msPerStep });

describe('fastest', () => {
  it.each([
    ['the quickest wins', [t('webgl', 9), t('wasm', 2), t('cpu', 5)], 'wasm'],
    ['WebGL when it is quicker', [t('webgl', 1.5), t('wasm', 2), t('cpu', 5)], 'webgl'],
    ['a tie goes to the earlier one', [t('wasm', 3), t('cpu', 3)], 'wasm'],
    ['failures do not count', [t('webgl', null), t('wasm', null), t('cpu', 8)], 'cpu'],
    ['nor do times that are not positive and finite', [t('webgl', 0), t('wasm', NaN), t('cpu', Infinity), t('cpu', 4)], 'cpu'],
  ] as [string, BackendTiming[], string][])('%s', (_name, timings, winner) => {
    const got = fastest(timings);
    expect(got?.backend).toBe(winner);
    expect(got?.timings).toBe(timings);
  });

  it('is null when nothing ran', () => {
    expect(fastest([t('wasm', null), t('cpu', -1)])).toBeNull();
    expect(fastest([])).toBeNull();
  });
});

describe('the backends «Automático» times (backend.ts candidates)', () => {
  it.each([
    [{ webgl2: true, float32: true }, [], ['webgl', 'wasm', 'cpu']],
    [{ webgl2: true, float32: false }, [], ['wasm', 'cpu']],
    [{ webgl2: false, float32: true }, [], ['wasm', 'cpu']],
    [{ webgl2: true, float32: true }, ['webgl'], ['wasm', 'cpu']],
  ] as const)('%j without %j → %j', (probe, exclude, list) => {
    expect(candidates('auto', probe, [...exclude])).toEqual(list);
  });
});

describe('keys', () => {
  const device = { renderer: 'Adreno 740', userAgent: 'Chrome/156', cores: 8 };
  it('tell devices apart by GPU, browser and cores', () => {
    const keys = new Set([
      deviceKey(device),
      deviceKey({ ...device, renderer: 'Mali-G710' }),
      deviceKey({ ...device, renderer: '' }),
      deviceKey({ ...device, userAgent: 'Chrome/157' }),
      deviceKey({ ...device, cores: 4 }),
    ]);
    expect(keys.size).toBe(5);
    expect(deviceKey({ ...device, renderer: '' })).toMatch(/^sin WebGL/);
  });

  it('tell stacks apart by shape, not by learning rate or seed', () => {
    const base = spec();
    const key = stackKey(base);
    expect(stackKey({ ...base, seed: base.seed + 1, models: base.models.map((m) => ({ ...m, learningRate: 0.9 })) })).toBe(key);
    expect(stackKey({ ...base, batchSize: base.batchSize * 2 })).not.toBe(key);
    expect(stackKey({ ...base, hidden: [...base.hidden, 4] })).not.toBe(key);
    expect(stackKey({ ...base, models: [...base.models, { ...base.models[0], id: 'otro' }] })).not.toBe(key);
    expect(stackKey({ ...base, dataset: { ...base.dataset, name: 'digitos' } })).not.toBe(key);
  });

  it('a remembered choice counts only if its backend can run', () => {
    const choice = { backend: 'webgl' as const, timings: [t('webgl', 1)] };
    expect(usable(choice, ['webgl', 'wasm'])).toBe(true);
    expect(usable(choice, ['wasm', 'cpu'])).toBe(false);
    expect(usable(undefined, ['wasm'])).toBe(false);
  });
});

describe('what the reader is told', () => {
  const choice = { backend: 'wasm' as const, timings: [t('webgl', null), t('wasm', 2.14), t('cpu', 5.3)] };
  it('names the winner and every timing, in Spanish', () => {
    const note = workerStrings.measured(choice, true);
    expect(note).toMatch(/^Automático eligió WASM: .*el más rápido/);
    expect(note).toContain('WebGL no arrancó · WASM 2,1 ms · CPU (JavaScript) 5,3 ms');
    expect(note).not.toMatch(/no se midió/);
    expect(workerStrings.measured(choice, false)).toMatch(/WebGL no se midió: .*aceleración por hardware/);
    expect(workerStrings.remembered(choice)).toMatch(/^Automático usa WASM: fue el más rápido cuando se midió/);
  });
});

describe('in the worker', () => {
  const s = spec({ steps: 20, evalEvery: 10 });

  it('times each backend on the run’s stack, runs the fastest, says why and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const w = makeHost({ available: ['webgl', 'wasm', 'cpu'], stepMs: { webgl: 9, wasm: 2, cpu: 5 } });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'auto' });
    const measured = await w.waitFor('measured');
    expect(measured.choice).toEqual({ backend: 'wasm', timings: [t('webgl', 9), t('wasm', 2), t('cpu', 5)] });
    expect(measured.key).toContain('GPU de prueba');
    expect(measured.key).toContain(stackKey(s));
    const ready = await w.waitFor('ready');
    expect(ready.backend).toBe('wasm');
    expect(ready.note).toMatch(/Automático eligió WASM.*WebGL 9 ms · WASM 2 ms · CPU \(JavaScript\) 5 ms/);
    expect(w.messages.findIndex((m) => m.type === 'measured')).toBeLessThan(w.messages.findIndex((m) => m.type === 'ready'));
    const done = await w.waitFor('done');
    expect(done).toMatchObject({ step: 20, backend: 'wasm' });
    await w.send({ type: 'reset' });
    expect(w.ofType('reset')[0].tensors).toBe(before);
  });

  it('without hardware WebGL it times WASM and CPU only, and a backend that cannot start counts as failed', async () => {
    const w = makeHost({ available: ['cpu'], stepMs: { cpu: 4 } });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'auto' });
    const measured = await w.waitFor('measured');
    expect(measured.choice).toEqual({ backend: 'cpu', timings: [t('wasm', null), t('cpu', 4)] });
    expect((await w.waitFor('ready')).note).toMatch(/WASM no arrancó.*WebGL no se midió/);
    expect((await w.waitFor('done')).backend).toBe('cpu');
  });

  it('a choice remembered for this device and stack starts at once; one it cannot use is measured again', async () => {
    const key = `${deviceKey({ renderer: 'GPU de prueba', userAgent: 'prueba', cores: 2 })} # ${stackKey(s)}`;
    const remembered = { [key]: { backend: 'cpu' as const, timings: [t('webgl', 7), t('wasm', 6), t('cpu', 1)] } };
    const w = makeHost({ available: ['webgl', 'wasm', 'cpu'], stepMs: { webgl: 9, wasm: 2, cpu: 5 } });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'auto', options: { remembered } });
    const ready = await w.waitFor('ready');
    expect(ready.backend).toBe('cpu');
    expect(ready.note).toMatch(/Automático usa CPU \(JavaScript\): fue el más rápido cuando se midió/);
    expect(w.ofType('measured')).toHaveLength(0);

    // The same memory on a device where that choice's backend is gone (here: WebGL remembered, none now).
    const w2 = makeHost({ available: ['wasm', 'cpu'], stepMs: { wasm: 2, cpu: 5 } });
    const webglKey = `${deviceKey({ renderer: '', userAgent: 'prueba', cores: 2 })} # ${stackKey(s)}`;
    await w2.send({
      type: 'start',
      runId: 1,
      spec: s,
      backend: 'auto',
      options: { remembered: { [webglKey]: { backend: 'webgl', timings: [t('webgl', 1)] } } },
    });
    expect((await w2.waitFor('measured')).choice.backend).toBe('wasm');
  });

  it('a backend the reader picks is not measured', async () => {
    const w = makeHost({ available: ['webgl', 'wasm', 'cpu'], stepMs: { webgl: 9, wasm: 2, cpu: 5 } });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'webgl' });
    expect((await w.waitFor('done')).backend).toBe('webgl');
    expect(w.ofType('measured')).toHaveLength(0);
  });
});
