/**
 * The life of one run as a pure state machine: a status, and at most one request waiting for the
 * training loop to reach a point where it can act on it (the loop only checks between chunks of
 * steps). Every transition is in the two tables below; the host (host.ts) carries out the effects.
 *
 *   starting ──ready──▶ running ⇄ paused        running/paused ──stop──▶ done;  any ──failure──▶ error
 *
 * Pending requests, by priority: stop (nothing replaces it), then pause, then switch. A switch is
 * carried out by an operation the host queues at once; `switch` pending only makes the running loop
 * yield so that the operation can run (then the loop carries on). A pause also makes the loop yield,
 * so it may replace a pending switch: the queued switch then runs while paused. (A resume that
 * cancels such a pause before the loop saw it leaves the switch to run when the loop next stops.)
 */
export type RunStatus = 'starting' | 'running' | 'paused' | 'done' | 'error';
export type Pending = 'pause' | 'stop' | 'switch' | null;
export interface RunPhase {
  status: RunStatus;
  pending: Pending;
}
export type Request = 'pause' | 'resume' | 'stop' | 'switch' | 'step';
/** What the host does after a request: nothing, (re)start the loop, end the run, switch backend, or train a few steps while paused. */
export type Effect = 'none' | 'loop' | 'finish' | 'switch' | 'step';

const RANK: Record<Exclude<Pending, null>, number> = { switch: 1, pause: 2, stop: 3 };

/** `pending` unless `want` outranks it. */
function ask(pending: Pending, want: Exclude<Pending, null>): Pending {
  return pending && RANK[pending] >= RANK[want] ? pending : want;
}

/** A request from the reader (a protocol message) in a given phase. */
export function onRequest(p: RunPhase, req: Request): { phase: RunPhase; effect: Effect } {
  const same = { phase: p, effect: 'none' as Effect };
  const live = p.status === 'starting' || p.status === 'running';
  switch (req) {
    case 'pause':
      return live ? { phase: { ...p, pending: ask(p.pending, 'pause') }, effect: 'none' } : same;
    case 'resume':
      if (p.status === 'paused') return { phase: { status: 'running', pending: null }, effect: 'loop' };
      return live && p.pending === 'pause' ? { phase: { ...p, pending: null }, effect: 'none' } : same;
    case 'stop':
      if (live) return { phase: { ...p, pending: 'stop' }, effect: 'none' };
      return p.status === 'paused' ? { phase: p, effect: 'finish' } : same;
    case 'switch':
      // A running (or about to run) loop must yield first; otherwise the switch can happen at once.
      if (live && !p.pending) return { phase: { ...p, pending: 'switch' }, effect: 'switch' };
      return { phase: p, effect: 'switch' };
    case 'step':
      return p.status === 'paused' ? { phase: p, effect: 'step' } : same;
  }
}

/** What the training loop does next. */
export type Move = 'train' | 'pause' | 'finish' | 'yield' | 'exit';

/**
 * The loop's decision between chunks: `stepsLeft` to the run's end, `pauseDue` when the run was
 * started to pause at this step. Returns the move and the phase after it.
 */
export function nextMove(p: RunPhase, stepsLeft: number, pauseDue = false): { move: Move; phase: RunPhase } {
  if (p.status !== 'running') return { move: 'exit', phase: p };
  if (p.pending === 'stop' || stepsLeft <= 0) return { move: 'finish', phase: { status: 'done', pending: null } };
  if (p.pending === 'switch') return { move: 'yield', phase: { status: 'running', pending: null } };
  if (p.pending === 'pause' || pauseDue) return { move: 'pause', phase: { status: 'paused', pending: null } };
  return { move: 'train', phase: p };
}
