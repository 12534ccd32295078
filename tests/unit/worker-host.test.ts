/** The worker's message handling, driven in Node through TrainerHost (no real Worker needed). */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CurvePoint } from '../../src/worker/protocol';
import { spec } from './engine-fixtures';
import { FIXED_ORDER, makeHost } from './worker-fixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const s = spec({ steps: 40, evalEvery: 10, probes: { decisionGrid: 6, gradNorms: true, percentiles: { layer: 1, unit: 2 } } });

describe('a full run', () => {
  it('start → ready → data → progress… → done, with every read-back delivered once and in order', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 7, spec: s, backend: 'auto', options: FIXED_ORDER });
    const done = await w.waitFor('done');
    expect(w.messages.every((m) => m.v === 1)).toBe(true);
    const types = w.messages.map((m) => m.type);
    expect(types[0]).toBe('ready');
    expect(types).toContain('data');
    expect(types[types.length - 1]).toBe('done');
    // auto found neither WebGL nor WASM here: it says so, in Spanish, and runs on the CPU.
    const backend = w.ofType('backend')[0];
    expect(backend).toMatchObject({ backend: 'cpu' });
    expect(backend.reason).toMatch(/WASM no está disponible/);
    const history: CurvePoint[] = [...w.ofType('progress').flatMap((p) => p.history), ...done.history];
    expect(history.map((p) => p.step)).toEqual([0, 10, 20, 30, 40]);
    expect(done).toMatchObject({ runId: 7, step: 40, backend: 'cpu' });
    expect(done.models.map((m) => m.id)).toEqual(['withBN', 'withoutBN']);
    for (const m of done.models) {
      expect(m.testAcc).toBeGreaterThanOrEqual(0);
      expect(m.testAcc).toBeLessThanOrEqual(1);
      expect(m.percentiles).toHaveLength(3);
    }
    expect(history[4].gradNorms?.[0]).toHaveLength(3);
    expect(done.firstStepMs).toBeGreaterThan(0);
    expect(done.elapsedMs).toBeGreaterThanOrEqual(done.firstStepMs);
    const data = w.ofType('data')[0];
    expect(data.trainX.length).toBe(2 * data.trainY.length);
    expect(data.grid).toBe(6);
    // The decision map travels once per read-back at most, and the last one is in `done`.
    expect(done.models[0].decision).toHaveLength(36);
  });

  it('a second run replaces the first and does not grow the tensor count; reset frees everything', async () => {
    const before = tf.memory().numTensors;
    const w = makeHost();
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu' });
    const first = await w.waitFor('done', (m) => m.runId === 1);
    await w.send({ type: 'start', runId: 2, spec: s, backend: 'cpu' });
    const second = await w.waitFor('done', (m) => m.runId === 2);
    expect(second.tensors).toBe(first.tensors);
    expect(second.models).toEqual(first.models); // same seed, same curves
    await w.send({ type: 'reset' });
    const reset = await w.waitFor('reset');
    expect(reset.tensors).toBe(before);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('controls', () => {
  it('pause right after start, step while paused, then resume to the end', async () => {
    const w = makeHost();
    void w.send({ type: 'start', runId: 3, spec: s, backend: 'cpu' });
    void w.send({ type: 'pause' });
    expect((await w.waitFor('paused')).step).toBe(0);
    await w.send({ type: 'step', count: 3 });
    const paused = w.ofType('paused');
    expect(paused[paused.length - 1]).toMatchObject({ runId: 3, step: 3 });
    const progress = w.ofType('progress');
    expect(progress[progress.length - 1].step).toBe(3);
    void w.send({ type: 'resume' });
    expect((await w.waitFor('done')).step).toBe(40);
  });

  it('stop ends a run early with done', async () => {
    const w = makeHost();
    void w.send({ type: 'start', runId: 4, spec: { ...s, steps: 100000, evalEvery: 5 }, backend: 'cpu' });
    await w.waitFor('progress', (m) => m.step >= 5);
    await w.send({ type: 'stop' });
    const done = await w.waitFor('done');
    expect(done.step).toBeGreaterThanOrEqual(5);
    expect(done.step).toBeLessThan(100000);
    await w.send({ type: 'reset' });
  });

  it('progress is throttled: with a long interval the read-backs come together', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 5, spec: { ...s, steps: 60, evalEvery: 2 }, backend: 'cpu', options: { progressIntervalMs: 1e9 } });
    const done = await w.waitFor('done');
    const progress = w.ofType('progress');
    expect(progress.length).toBeLessThanOrEqual(1);
    const steps = [...progress.flatMap((p) => p.history), ...done.history].map((p) => p.step);
    expect(steps).toEqual(Array.from({ length: 31 }, (_, i) => 2 * i));
    await w.send({ type: 'dispose' });
    expect(w.isClosed()).toBe(true);
  });
});

describe('errors, in Spanish', () => {
  it('another protocol version is refused', async () => {
    const w = makeHost();
    await w.host.handle({ v: 99, type: 'pause' } as never);
    expect(w.ofType('error')[0].message).toMatch(/Versión de protocolo incompatible/);
  });

  it('a bad spec reports the engine message with the runId', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 9, spec: { ...s, batchSize: 0 }, backend: 'cpu' });
    const err = await w.waitFor('error');
    expect(err.runId).toBe(9);
    expect(err.message).toMatch(/tamaño del batch/);
  });

  it('digits that cannot be fetched give a readable error', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 10, spec: { ...s, dataset: { ...s.dataset, name: 'digitos' }, probes: {} }, backend: 'cpu' });
    expect((await w.waitFor('error')).message).toMatch(/No se pudieron cargar los dígitos/);
  });

  it('step without a run says what to do', async () => {
    const w = makeHost();
    await w.send({ type: 'step', count: 1 });
    expect((await w.waitFor('error')).message).toMatch(/Entrenar/);
  });
});

describe('backends', () => {
  it('a lost WebGL context moves the run to another backend and it still ends with the same result', async () => {
    const ref = makeHost({ available: ['cpu'] });
    const long = { ...s, steps: 120, evalEvery: 10, probes: {} };
    await ref.send({ type: 'start', runId: 1, spec: long, backend: 'cpu' });
    const expected = await ref.waitFor('done');

    const w = makeHost({ available: ['webgl', 'cpu'] });
    void w.send({ type: 'start', runId: 1, spec: long, backend: 'auto', options: FIXED_ORDER });
    expect((await w.waitFor('ready')).backend).toBe('webgl');
    await w.waitFor('progress', (m) => m.step >= 20);
    await w.send({ type: 'debug', action: 'lose-context' });
    const moved = await w.waitFor('backend');
    expect(moved.backend).toBe('cpu');
    expect(moved.reason).toMatch(/Se perdió el contexto WebGL/);
    expect(moved.resumeStep).toBeGreaterThanOrEqual(0);
    const done = await w.waitFor('done');
    expect(done.backend).toBe('cpu');
    expect(done.step).toBe(120);
    expect(done.models).toEqual(expected.models);
  });

  it('the reader can move a paused run to another backend without losing its step', async () => {
    const w = makeHost({ available: ['webgl', 'wasm', 'cpu'], webglFloat32: false });
    void w.send({ type: 'start', runId: 2, spec: s, backend: 'webgl' });
    void w.send({ type: 'pause' });
    const ready = await w.waitFor('ready');
    expect(ready).toMatchObject({ backend: 'webgl', float32: false });
    expect(ready.note).toMatch(/float16/);
    await w.waitFor('paused');
    await w.send({ type: 'step', count: 4 });
    await w.send({ type: 'setBackend', backend: 'wasm' });
    expect(w.ofType('ready')[1]).toMatchObject({ backend: 'wasm', float32: true });
    await w.send({ type: 'step', count: 2 });
    const paused = w.ofType('paused');
    expect(paused[paused.length - 1].step).toBe(6);
  });

  it('a switch asked for while the run is still starting happens before it trains to the end', async () => {
    // The page's late WebGL check (trainer-client.ts) sends setBackend right after `ready`.
    const w = makeHost({ available: ['webgl', 'wasm', 'cpu'] });
    void w.send({ type: 'start', runId: 3, spec: s, backend: 'webgl' });
    void w.send({ type: 'setBackend', backend: 'wasm' });
    const done = await w.waitFor('done');
    expect(w.ofType('ready').map((r) => r.backend)).toEqual(['webgl', 'wasm']);
    expect(done).toMatchObject({ step: 40, backend: 'wasm' });
    // Every read-back but the first (taken before the loop) came from WASM.
    const after = w.ofType('progress').filter((p) => p.step > 0);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((p) => p.backend === 'wasm')).toBe(true);
  });
});
