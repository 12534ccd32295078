/**
 * The bookkeeping of one run (src/worker/run.ts), driven directly with a stand-in trainer: which
 * read-backs carry the decision map, what a progress message holds, the adaptive chunk, time with
 * pauses, and the curve points kept for the next message.
 */
import { describe, expect, it } from 'vitest';
import type { StackedTrainer } from '../../src/engine/trainer';
import type { ModelSnapshot } from '../../src/lib/metrics';
import { DECISION_EVERY, Run } from '../../src/worker/run';
import { spec } from './engine-fixtures';

const s = spec({ steps: 100, evalEvery: 10 });
const model = (id: string, loss: number, decision?: number[]): ModelSnapshot => ({ id, loss, trainAcc: 0.5, testAcc: 0.5, diverged: false, ...(decision ? { decision } : {}) });

/** A trainer stand-in: a step, a grid or not, and a decision map on demand. */
function fakeTrainer(step: number, grid: boolean, maps = [[0.1], [0.2]]) {
  let decisions = 0;
  const t = {
    step,
    data: { grid: grid ? {} : null },
    decision: async () => {
      decisions++;
      return maps;
    },
    evaluate: async () => ({ step: t.step, models: [model('withBN', 0.3, [0.9]), model('withoutBN', 0.4, [0.8])] }),
  };
  return { trainer: t as unknown as StackedTrainer, calls: () => decisions };
}

describe('decision maps', () => {
  it.each([
    // step, pending request, pauseAt → due
    [0, null, null, true],
    [10, null, null, false],
    [10 * DECISION_EVERY, null, null, true],
    [20, 'pause', null, true],
    [20, 'stop', null, true],
    [30, null, 30, true],
    [100, null, null, true],
  ] as const)('at step %d (pending %s, pauseAt %s) the read-back includes the map: %s', (step, pending, pauseAt, due) => {
    const run = new Run(1, s, {}, 0, pauseAt);
    run.ready();
    if (pending) run.request(pending);
    run.trainer = fakeTrainer(step, true).trainer;
    expect(run.decisionDue()).toBe(due);
  });

  it('a progress message carries the map only when it changed; done always does', () => {
    const run = new Run(1, s, {}, 0);
    run.record({ step: 10, models: [model('a', 1, [0.5])] });
    expect(run.progress('cpu', 1000).models[0].decision).toEqual([0.5]);
    run.record({ step: 20, models: [model('a', 0.9)] });
    // Still the old map in `latest` only if the snapshot had one: here it has none.
    expect(run.progress('cpu', 1000).models[0].decision).toBeUndefined();
    run.latest = { step: 20, models: [model('a', 0.9, [0.5])] };
    expect(run.progress('cpu', 1000).models[0].decision).toBeUndefined();
    expect(run.progress('cpu', 1000, true).models[0].decision).toEqual([0.5]);
  });

  it('refreshDecision fills a snapshot that skipped the map, only at the trainer’s step and only with a grid', async () => {
    const run = new Run(1, s, {}, 0);
    const f = fakeTrainer(20, true);
    run.trainer = f.trainer;
    run.record({ step: 20, models: [model('withBN', 1), model('withoutBN', 1)] });
    run.progress('cpu', 0);
    expect(await run.refreshDecision()).toBe(true);
    expect(run.latest?.models.map((m) => m.decision)).toEqual([[0.1], [0.2]]);
    expect(run.progress('cpu', 0).models[0].decision).toEqual([0.1]);
    expect(await run.refreshDecision()).toBe(false); // already full
    run.record({ step: 10, models: [model('withBN', 1), model('withoutBN', 1)] });
    expect(await run.refreshDecision()).toBe(false); // the trainer has moved on
    const noGrid = new Run(1, s, {}, 0);
    noGrid.trainer = fakeTrainer(20, false).trainer;
    noGrid.record({ step: 20, models: [model('withBN', 1)] });
    expect(await noGrid.refreshDecision()).toBe(false);
    expect(f.calls()).toBe(1);
  });

  it('completeLatest reads back when the trainer is past the latest snapshot, else only fills the map', async () => {
    const run = new Run(1, s, {}, 0);
    const f = fakeTrainer(37, true);
    run.trainer = f.trainer;
    run.record({ step: 30, models: [model('withBN', 1), model('withoutBN', 1)] });
    await run.completeLatest();
    expect(run.latest?.step).toBe(37);
    expect(run.latest?.models[0].loss).toBe(0.3);
    expect(f.calls()).toBe(0);
  });
});

describe('progress', () => {
  it('drains the unsent points (a repeated step replaces its point) and measures steps per second', () => {
    const run = new Run(7, s, {}, 0);
    run.rateFrom(0, 1000);
    run.record({ step: 10, models: [model('a', 1)] });
    run.record({ step: 20, models: [model('a', 0.8)] });
    run.record({ step: 20, models: [model('a', 0.7)] });
    const p = run.progress('wasm', 3000);
    expect(p).toMatchObject({ runId: 7, step: 20, backend: 'wasm', stepsPerSec: 10 });
    expect(p.history.map((h) => [h.step, h.loss[0]])).toEqual([
      [10, 1],
      [20, 0.7],
    ]);
    expect(run.progress('wasm', 3000).history).toEqual([]);
    expect(run.progress('wasm', 1000).stepsPerSec).toBe(0); // no time has passed
  });
});

describe('the chunk of steps between two yields', () => {
  it('doubles while chunks are quick (up to 256), halves when slow (down to 1), ignores short chunks', () => {
    const run = new Run(1, s, {}, 0);
    expect(run.chunk).toBe(1);
    run.adaptChunk(1, 1);
    expect(run.chunk).toBe(2);
    for (let i = 0; i < 20; i++) run.adaptChunk(run.chunk, 1);
    expect(run.chunk).toBe(256);
    run.adaptChunk(10, 100); // cut short by a read-back boundary: says little
    expect(run.chunk).toBe(256);
    run.adaptChunk(256, 100);
    expect(run.chunk).toBe(128);
    run.adaptChunk(128, 12); // on target: unchanged
    expect(run.chunk).toBe(128);
    for (let i = 0; i < 20; i++) run.adaptChunk(run.chunk, 100);
    expect(run.chunk).toBe(1);
  });
});

describe('time', () => {
  it('elapsed time excludes every pause, including one still going on', () => {
    const run = new Run(1, s, {}, 100);
    expect(run.elapsed(600)).toBe(500);
    run.pausedAt = 600;
    expect(run.elapsed(1600)).toBe(500);
    run.resumed(1600);
    expect(run.elapsed(2100)).toBe(1000);
    run.pausedAt = 2100;
    run.resumed(2600);
    expect(run.elapsed(3100)).toBe(1500);
    run.resumed(4000); // not paused: nothing to add
    expect(run.elapsed(4000)).toBe(2400);
  });

  it('a rewind keeps the points up to the checkpoint’s step, that one included, and restarts the rate there', () => {
    const run = new Run(1, s, {}, 0);
    run.rateFrom(0, 0);
    for (const step of [10, 20, 30]) run.record({ step, models: [model('a', 1)] });
    run.rewind(20);
    // The resumed run reaches step 30 again, 2 s after the rate's start: 10 steps in 2 s.
    run.record({ step: 30, models: [model('a', 0.5)] });
    const p = run.progress('cpu', 2000);
    expect(p.history.map((h) => h.step)).toEqual([10, 20, 30]);
    expect(p.history[2].loss).toEqual([0.5]);
    expect(p.stepsPerSec).toBe(5);
  });
});
