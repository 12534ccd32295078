/**
 * The run's bookkeeping and the host's recovery paths, with a fake clock and injected faults:
 * paused time is not training time; a lost WebGL context resumes from the last checkpoint (not from
 * step 0) and the curve the island rebuilds has every read-back exactly once; the decision map travels
 * in progress messages, not only in `done`; an engine failure on WebGL moves the run, one elsewhere
 * ends it with a Spanish error.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StackedTrainer } from '../../src/engine/trainer';
import type { CurvePoint, FromWorker } from '../../src/worker/protocol';
import { spec } from './engine-fixtures';
import { FIXED_ORDER, makeHost } from './worker-fixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => vi.restoreAllMocks());

const s = spec({ steps: 60, evalEvery: 10, probes: {} });

/** A clock that moves only when told to, plus `tick` ms on every reading. */
function fakeClock(tick = 0) {
  let t = 1000;
  return { now: () => (t += tick), advance: (ms: number) => void (t += ms) };
}

/** The curve an island keeps: every history point, minus those after a `backend` message's resumeStep. */
function islandCurve(messages: FromWorker[]): number[] {
  let points: CurvePoint[] = [];
  for (const m of messages) {
    if (m.type === 'progress' || m.type === 'done') points.push(...m.history);
    if (m.type === 'backend' && m.resumeStep !== undefined) points = points.filter((p) => p.step <= m.resumeStep!);
  }
  return points.map((p) => p.step);
}

describe('time', () => {
  it('elapsed time leaves out the time spent paused', async () => {
    const clock = fakeClock();
    const w = makeHost({ now: clock.now });
    void w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu' });
    void w.send({ type: 'pause' });
    await w.waitFor('paused');
    clock.advance(50_000);
    await w.send({ type: 'resume' });
    const done = await w.waitFor('done');
    expect(done.elapsedMs).toBeLessThan(50_000);
    expect(done.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('steps per second come from the steps and the clock', async () => {
    const clock = fakeClock(1); // every reading of the clock is 1 ms later
    const w = makeHost({ now: clock.now });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu' });
    const done = await w.waitFor('done');
    expect(done.stepsPerSec).toBeGreaterThan(0);
    expect(done.stepsPerSec).toBeLessThan(60_000); // at least 1 ms per step with this clock
  });
});

describe('recovery', () => {
  it('a lost context resumes from the last checkpoint, and the rebuilt curve has each read-back once', async () => {
    const clock = fakeClock(400); // > 1 s between boundaries: a checkpoint at every read-back
    const w = makeHost({ available: ['webgl', 'cpu'], now: clock.now });
    void w.send({ type: 'start', runId: 1, spec: { ...s, steps: 120 }, backend: 'auto', options: { ...FIXED_ORDER, progressIntervalMs: 0 } });
    await w.waitFor('progress', (m) => m.step >= 30);
    await w.send({ type: 'debug', action: 'lose-context' });
    const moved = await w.waitFor('backend');
    expect(moved.resumeStep).toBeGreaterThanOrEqual(30);
    expect(moved.resumeStep! % 10).toBe(0);
    await w.waitFor('done');
    expect(islandCurve(w.messages)).toEqual(Array.from({ length: 13 }, (_, i) => 10 * i));
  });

  it('with progress held back, the resumed run still delivers every read-back exactly once', async () => {
    // The context is lost in the middle of the run, while every read-back is still unsent.
    let readings = 0;
    const clock = fakeClock(400);
    const now = () => {
      if (++readings === 60) void w.send({ type: 'debug', action: 'lose-context' });
      return clock.now();
    };
    const w = makeHost({ available: ['webgl', 'cpu'], now });
    void w.send({ type: 'start', runId: 1, spec: { ...s, steps: 120, evalEvery: 5 }, backend: 'auto', options: { ...FIXED_ORDER, progressIntervalMs: 1e12 } });
    await w.waitFor('done');
    const moved = w.ofType('backend').find((m) => m.resumeStep !== undefined);
    expect(moved).toBeDefined();
    expect(islandCurve(w.messages)).toEqual(Array.from({ length: 25 }, (_, i) => 5 * i));
  });

  it('an engine failure on WebGL moves the run to another backend from its checkpoint', async () => {
    const clock = fakeClock(400);
    const w = makeHost({ available: ['webgl', 'cpu'], now: clock.now });
    const real = StackedTrainer.prototype.train;
    let calls = 0;
    vi.spyOn(StackedTrainer.prototype, 'train').mockImplementation(function (this: StackedTrainer, n: number) {
      if (++calls === 12) throw new Error('fallo inyectado');
      return real.call(this, n);
    });
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'auto', options: FIXED_ORDER });
    const done = await w.waitFor('done');
    const moved = w.ofType('backend').find((m) => m.resumeStep !== undefined)!;
    expect(moved.backend).toBe('cpu');
    expect(moved.reason).toMatch(/WebGL falló \(fallo inyectado\)/);
    expect(moved.resumeStep).toBeGreaterThan(0);
    expect(done.step).toBe(60);
  });

  it('an engine failure elsewhere ends the run with a Spanish error', async () => {
    const w = makeHost();
    vi.spyOn(StackedTrainer.prototype, 'train').mockImplementation(() => {
      throw new Error('fallo inyectado');
    });
    await w.send({ type: 'start', runId: 5, spec: s, backend: 'cpu' });
    const err = await w.waitFor('error');
    expect(err).toMatchObject({ runId: 5 });
    expect(err.message).toMatch(/El entrenamiento falló: fallo inyectado/);
    expect(w.ofType('done')).toHaveLength(0);
  });

  it('a checkpoint read while the context was already lost is not used', async () => {
    const clock = fakeClock(400);
    let lost = false;
    const w = makeHost({ available: ['webgl', 'cpu'], now: clock.now, isContextLost: () => lost });
    void w.send({ type: 'start', runId: 1, spec: { ...s, steps: 200 }, backend: 'auto', options: { ...FIXED_ORDER, progressIntervalMs: 0 } });
    await w.waitFor('progress', (m) => m.step >= 20);
    lost = true; // the next checkpoint reads garbage: it must be dropped, and the run moved
    const moved = await w.waitFor('backend');
    expect(moved.resumeStep).toBeGreaterThanOrEqual(20);
    const done = await w.waitFor('done');
    expect(done.step).toBe(200);
  });
});

describe('decision maps', () => {
  it('travel with progress messages while training, not only in done', async () => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 1, spec: { ...s, steps: 200, probes: { decisionGrid: 4 } }, backend: 'cpu', options: { progressIntervalMs: 0 } });
    await w.waitFor('done');
    const withMap = w.ofType('progress').filter((p) => p.models.every((m) => m.decision?.length === 16));
    expect(withMap.length).toBeGreaterThanOrEqual(2);
    // and not in every message: they are recomputed every few read-backs only
    expect(withMap.length).toBeLessThan(w.ofType('progress').length);
  });
});

describe('starting paused', () => {
  it.each([0, 1, 7])('a run started with pauseAt %d pauses there, in one message, and resumes to the end', async (pauseAt) => {
    const w = makeHost();
    await w.send({ type: 'start', runId: 1, spec: s, backend: 'cpu', pauseAt });
    const paused = await w.waitFor('paused');
    expect(paused.step).toBe(pauseAt);
    expect(w.ofType('done')).toHaveLength(0);
    await w.send({ type: 'resume' });
    expect((await w.waitFor('done')).step).toBe(60);
  });

  it('a backend switch while running lets the loop yield, then it carries on to the end', async () => {
    const w = makeHost({ available: ['wasm', 'cpu'] });
    void w.send({ type: 'start', runId: 1, spec: { ...s, steps: 400, evalEvery: 5 }, backend: 'cpu', options: { progressIntervalMs: 0 } });
    await w.waitFor('progress', (m) => m.step >= 10);
    await w.send({ type: 'setBackend', backend: 'wasm' });
    expect(w.ofType('ready').at(-1)?.backend).toBe('wasm');
    const done = await w.waitFor('done');
    expect(done.step).toBe(400);
    expect(done.backend).toBe('wasm');
  });
});

it('a pause right after a backend switch is not lost: the run switches and stays paused', async () => {
  const w = makeHost({ available: ['wasm', 'cpu'] });
  void w.send({ type: 'start', runId: 1, spec: { ...s, steps: 100000, evalEvery: 5 }, backend: 'cpu', options: { progressIntervalMs: 0 } });
  await w.waitFor('progress', (m) => m.step >= 10);
  void w.send({ type: 'setBackend', backend: 'wasm' });
  void w.send({ type: 'pause' });
  const paused = await w.waitFor('paused');
  expect(paused.step).toBeLessThan(100000);
  await w.waitFor('ready', (m) => m.backend === 'wasm');
  expect(w.ofType('done')).toHaveLength(0);
  await w.send({ type: 'reset' });
});
