/** A series of specs shown as one run (src/islands/hooks/series-view.ts). */
import { describe, expect, it } from 'vitest';
import { seriesResults, seriesView, type FinishedRun } from '../../src/islands/hooks/series-view';
import { initialView, type TrainerView } from '../../src/islands/hooks/trainer-view';

const view = (over: Partial<TrainerView>): TrainerView => ({ ...initialView(), runId: 1, ...over });
const snap = (id: string, testAcc: number) => ({ [id]: { id, diverged: false, loss: 1, trainAcc: testAcc, testAcc } });
const finished = (acc: number, notes: string[] = []): FinishedRun => ({ latest: snap('m', acc), elapsedMs: 100, firstStepMs: 7, notes });
const STEPS = [300, 100, 25];

describe('seriesView', () => {
  it('is the run itself for a single spec', () => {
    const raw = view({ state: 'done', step: 40, totalSteps: 40, elapsedMs: 12 });
    expect(seriesView(raw, 0, [40], [], 5)).toBe(raw);
  });

  it.each([
    ['done, more to come', 'done', 0, 'running'],
    ['the next spec loading', 'loading', 1, 'running'],
    ['the first spec loading', 'loading', 0, 'loading'],
    ['paused inside a spec', 'paused', 1, 'paused'],
    ['the last spec done', 'done', 2, 'done'],
    ['an error', 'error', 1, 'error'],
  ] as const)('state while %s', (_, state, index, expected) => {
    const done = Array.from({ length: index }, () => finished(0.5));
    expect(seriesView(view({ state }), index, STEPS, done, 1).state).toBe(expected);
  });

  it('counts steps across specs and adds up the time only when the last one is done', () => {
    const mid = seriesView(view({ state: 'running', step: 30, totalSteps: 100, elapsedMs: null, runId: 8 }), 1, STEPS, [finished(0.5)], 3);
    expect([mid.step, mid.totalSteps, mid.elapsedMs, mid.runId]).toEqual([330, 425, null, 3]);
    const end = seriesView(
      view({ state: 'done', step: 25, totalSteps: 25, elapsedMs: 50, firstStepMs: 3 }),
      2,
      STEPS,
      [finished(0.5), finished(0.6)],
      3,
    );
    expect([end.step, end.elapsedMs, end.firstStepMs]).toEqual([425, 250, 7]);
  });

  it('keeps every note once', () => {
    const v = seriesView(view({ state: 'running', notes: ['b', 'c'] }), 1, STEPS, [finished(0.5, ['a', 'b'])], 1);
    expect(v.notes).toEqual(['a', 'b', 'c']);
  });
});

describe('seriesResults', () => {
  it('lists finished specs then the one in progress; nothing while idle', () => {
    expect(seriesResults(view({ state: 'idle' }), [])).toEqual([]);
    const r = seriesResults(view({ state: 'running', latest: snap('m', 0.9) }), [finished(0.5)]);
    expect(r.map((x) => x.m.testAcc)).toEqual([0.5, 0.9]);
  });
});
