/** The host's answers to every control in the phases where it matters (a fake platform, CPU tfjs). */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type ToWorker } from '../../src/worker/protocol';
import { spec } from './engine-fixtures';
import { makeHost } from './worker-fixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const s = spec({ steps: 40, evalEvery: 10, probes: {} });

describe('while paused', () => {
  it('stop ends the run where it is, with done', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu', pauseAt: 7 });
    await w.waitFor('paused');
    await w.send({ type: 'stop' });
    const done = await w.waitFor('done');
    expect(done.step).toBe(7);
    expect(done.models).toHaveLength(2);
    expect(done.history.at(-1)?.step).toBe(7); // the last snapshot is at the stopping step
  });

  it('steps past the end finish the run', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu', pauseAt: 35 });
    await w.waitFor('paused');
    await w.send({ type: 'step', count: 100 });
    expect((await w.waitFor('done')).step).toBe(40);
  });

  it('a paused-and-resumed run ends exactly like an uninterrupted one', async () => {
    const a = makeHost();
    await a.send({ type: 'start', runId: 1, spec: s, backend: 'cpu' });
    const whole = await a.waitFor('done');
    const b = makeHost();
    await b.send({ type: 'start', runId: 1, spec: s, backend: 'cpu', pauseAt: 13 });
    await b.waitFor('paused');
    await b.send({ type: 'step', count: 2 });
    await b.send({ type: 'resume' });
    const resumed = await b.waitFor('done');
    expect(resumed.models.map((m) => [m.loss, m.testAcc])).toEqual(whole.models.map((m) => [m.loss, m.testAcc]));
  });

  it('a stop before the trainer is ready ends at step 0', async () => {
    const w = makeHost();
    void w.send({ type: 'start', runId: 4, spec: s, backend: 'cpu' });
    void w.send({ type: 'stop' });
    const done = await w.waitFor('done');
    expect(done).toMatchObject({ runId: 4, step: 0 });
  });
});

describe('without a run, or with a finished one', () => {
  it('setBackend with no run starts that backend and says so', async () => {
    const w = makeHost({ available: ['wasm', 'cpu'] });
    await w.send({ type: 'setBackend', backend: 'wasm' });
    expect(w.ofType('ready')[0]).toMatchObject({ backend: 'wasm', float32: true });
    expect(w.ofType('ready')[0].runId).toBeUndefined();
  });

  it('asking for a backend that is not there falls back with a reason', async () => {
    const w = makeHost({ available: ['cpu'] });
    await w.send({ type: 'start', runId: 2, spec: s, backend: 'cpu', pauseAt: 0 });
    await w.waitFor('paused');
    await w.send({ type: 'setBackend', backend: 'wasm' });
    const moved = w.ofType('backend').at(-1);
    expect(moved).toMatchObject({ runId: 2, backend: 'cpu' });
    expect(moved?.reason).toMatch(/WASM no está disponible/);
  });

  it('controls after done change nothing', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 3, spec: s, backend: 'cpu' });
    await w.waitFor('done');
    const count = w.messages.length;
    for (const type of ['pause', 'resume', 'stop'] as const) await w.send({ type });
    await w.send({ type: 'step', count: 1 });
    expect(w.messages.length).toBe(count);
    expect(w.ofType('done')).toHaveLength(1);
  });
});

describe('reset and dispose', () => {
  it('reset during a run drops it: no done for it, tensors back to where they were', async () => {
    const before = tf.memory().numTensors;
    const w = makeHost();
    void w.send({ type: 'start', runId: 5, spec: { ...s, steps: 100000 }, backend: 'cpu', options: { progressIntervalMs: 0 } });
    await w.waitFor('progress', (m) => m.step >= 10);
    await w.send({ type: 'reset' });
    const reset = await w.waitFor('reset');
    expect(reset.tensors).toBe(before);
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(w.ofType('done')).toHaveLength(0);
    expect(w.ofType('progress').every((p) => p.step < 100000)).toBe(true);
  });

  it('dispose frees everything and closes the worker', async () => {
    const before = tf.memory().numTensors;
    const w = makeHost();
    await w.send({ type: 'start', runId: 6, spec: s, backend: 'cpu', pauseAt: 3 });
    await w.waitFor('paused');
    await w.send({ type: 'dispose' });
    expect(w.isClosed()).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('bad messages get a Spanish error and change nothing', () => {
  it.each([
    ['no object', null, /Versión de protocolo incompatible/],
    ['no version', { type: 'pause' }, /Versión de protocolo incompatible \(undefined/],
    ['an older version', { v: PROTOCOL_VERSION - 1, type: 'pause' }, /Versión de protocolo incompatible/],
    ['an unknown type', { v: PROTOCOL_VERSION, type: 'fly' }, /Mensaje desconocido para el entrenador: fly/],
  ])('%s', async (_, msg, error) => {
    const w = makeHost();
    await w.host.handle(msg as unknown as ToWorker);
    expect(w.ofType('error')[0].message).toMatch(error);
    expect(w.messages).toHaveLength(1);
  });
});
