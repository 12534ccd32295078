/** The run's state machine: every request in every phase, and the loop's decisions (table-driven). */
import { describe, expect, it } from 'vitest';
import { nextMove, onRequest, type Effect, type Pending, type Request, type RunStatus } from '../../src/worker/run-machine';

type Row = [RunStatus, Pending, Request, RunStatus, Pending, Effect];

const requests: Row[] = [
  // status, pending, request → status, pending, effect
  ['starting', null, 'pause', 'starting', 'pause', 'none'],
  ['running', null, 'pause', 'running', 'pause', 'none'],
  ['running', 'stop', 'pause', 'running', 'stop', 'none'],
  ['running', 'switch', 'pause', 'running', 'pause', 'none'],
  ['paused', null, 'pause', 'paused', null, 'none'],
  ['done', null, 'pause', 'done', null, 'none'],
  ['paused', null, 'resume', 'running', null, 'loop'],
  ['running', 'pause', 'resume', 'running', null, 'none'],
  ['starting', 'pause', 'resume', 'starting', null, 'none'],
  ['running', 'stop', 'resume', 'running', 'stop', 'none'],
  ['done', null, 'resume', 'done', null, 'none'],
  ['starting', null, 'stop', 'starting', 'stop', 'none'],
  ['running', 'pause', 'stop', 'running', 'stop', 'none'],
  ['running', 'switch', 'stop', 'running', 'stop', 'none'],
  ['paused', null, 'stop', 'paused', null, 'finish'],
  ['done', null, 'stop', 'done', null, 'none'],
  ['error', null, 'stop', 'error', null, 'none'],
  ['running', null, 'switch', 'running', 'switch', 'switch'],
  ['running', 'pause', 'switch', 'running', 'pause', 'switch'],
  ['paused', null, 'switch', 'paused', null, 'switch'],
  ['starting', null, 'switch', 'starting', 'switch', 'switch'],
  ['paused', null, 'step', 'paused', null, 'step'],
  ['running', null, 'step', 'running', null, 'none'],
  ['done', null, 'step', 'done', null, 'none'],
];

describe('requests', () => {
  it.each(requests)('%s (pending %s) + %s → %s (pending %s), effect %s', (status, pending, req, nextStatus, nextPending, effect) => {
    expect(onRequest({ status, pending }, req)).toEqual({ phase: { status: nextStatus, pending: nextPending }, effect });
  });
});

describe('the loop', () => {
  it.each([
    // status, pending, steps left, pause due → move, status after, pending after
    ['running', null, 10, false, 'train', 'running', null],
    ['running', null, 0, false, 'finish', 'done', null],
    ['running', 'stop', 10, false, 'finish', 'done', null],
    ['running', 'pause', 10, false, 'pause', 'paused', null],
    ['running', 'pause', 0, false, 'finish', 'done', null],
    ['running', null, 10, true, 'pause', 'paused', null],
    ['running', 'switch', 10, false, 'yield', 'running', null],
    ['paused', null, 10, false, 'exit', 'paused', null],
    ['starting', null, 10, false, 'exit', 'starting', null],
  ] as const)('%s (pending %s, %d left, pause due %s) → %s', (status, pending, left, due, move, nextStatus, nextPending) => {
    expect(nextMove({ status, pending }, left, due)).toEqual({ move, phase: { status: nextStatus, pending: nextPending } });
  });
});
