/**
 * The host's less travelled paths: float16 WebGL (the engine is told to use its float16 safeguards,
 * on start, on a reader's switch and not after a fall back to CPU), the decision map of a paused
 * step, and a backend switch while paused that must not restart the loop.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StackedTrainer } from '../../src/engine/trainer';
import { spec } from './engine-fixtures';
import { makeHost } from './worker-fixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => vi.restoreAllMocks());

const s = spec({ steps: 40, evalEvery: 10, probes: {} });
const float16Of = (create: { mock: { calls: unknown[][] } }) => create.mock.calls.map((c) => (c[2] as { float16?: boolean } | undefined)?.float16);

describe('float16 WebGL', () => {
  it('a run on float16 WebGL says so and tells the engine; after a lost context, CPU is float32', async () => {
    const create = vi.spyOn(StackedTrainer, 'create');
    const w = makeHost({ available: ['webgl', 'cpu'], webglFloat32: false });
    void w.send({ type: 'start', runId: 3, spec: { ...s, steps: 200 }, backend: 'webgl', options: { progressIntervalMs: 0 } });
    const ready = await w.waitFor('ready');
    expect(ready).toMatchObject({ runId: 3, backend: 'webgl', float32: false });
    await w.waitFor('progress', (m) => m.step >= 10);
    await w.send({ type: 'debug', action: 'lose-context' });
    await w.waitFor('done');
    expect(float16Of(create)).toEqual([true, false]);
  });

  it('a reader switching a run to float16 WebGL rebuilds it with the safeguards and says which run', async () => {
    const create = vi.spyOn(StackedTrainer, 'create');
    const w = makeHost({ available: ['webgl', 'cpu'], webglFloat32: false });
    await w.send({ type: 'start', runId: 8, spec: s, backend: 'cpu', pauseAt: 10 });
    await w.waitFor('paused');
    await w.send({ type: 'setBackend', backend: 'webgl' });
    const readies = w.ofType('ready');
    expect(readies.at(-1)).toMatchObject({ runId: 8, backend: 'webgl', float32: false });
    expect(float16Of(create)).toEqual([false, true]);
  });
});

describe('pause', () => {
  it('a run paused at a step off the map schedule still has the decision map of that step', async () => {
    const w = makeHost();
    const withMap = spec({ steps: 40, evalEvery: 5, probes: { decisionGrid: 4 } });
    await w.send({ type: 'start', runId: 1, spec: withMap, backend: 'cpu', pauseAt: 15, options: { progressIntervalMs: 0 } });
    const paused = await w.waitFor('paused');
    expect(paused.step).toBe(15);
    const at15 = w.ofType('progress').filter((m) => m.step === 15);
    expect(at15.length).toBeGreaterThan(0);
    for (const m of at15.at(-1)!.models) expect(m.decision).toHaveLength(16);
  });

  it('switching the backend of a paused run keeps it paused until resumed', async () => {
    const w = makeHost({ available: ['wasm', 'cpu'] });
    await w.send({ type: 'start', runId: 2, spec: s, backend: 'cpu', pauseAt: 20 });
    await w.waitFor('paused');
    await w.send({ type: 'setBackend', backend: 'wasm' });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    const moved = w.messages.filter((m) => (m.type === 'progress' || m.type === 'done') && m.step > 20);
    expect(moved).toHaveLength(0);
    expect(w.ofType('paused')).toHaveLength(1);
    await w.send({ type: 'resume' });
    expect((await w.waitFor('done')).step).toBe(40);
  });

  it('a step of 0 (or junk) while paused before the first step trains nothing', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 6, spec: s, backend: 'cpu', pauseAt: 0 });
    expect((await w.waitFor('paused')).step).toBe(0);
    await w.send({ type: 'step', count: 0 });
    await w.send({ type: 'step', count: Number.NaN });
    expect(w.ofType('paused').map((m) => m.step)).toEqual([0, 0, 0]);
    await w.send({ type: 'step', count: 2.7 });
    expect(w.ofType('paused').at(-1)!.step).toBe(2);
  });
});
