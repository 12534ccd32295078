/**
 * The training session of a demo island, as a Preact hook. It owns one trainer worker (created on the
 * first `start`, so no worker and no tfjs code load before the reader asks for them), turns the
 * worker's messages into a demo state (`idle → loading → running ⇄ paused → done`, or `error`; see
 * trainer-view.ts) and keeps the history of read-backs for the charts. Re-renders are batched: at
 * most one per `minFrameMs` (pass a larger value under prefers-reduced-motion), each in a task of its
 * own; state changes render at once. While the demo (`root`) is off screen, progress is kept but not
 * rendered; it renders when the demo comes back. While the page is hidden
 * (another tab, the phone's screen off) a running run is paused, and resumed when the page returns.
 *
 *   const [run, ctl] = useTrainer({ minFrameMs: reduced ? 500 : 0, root });
 *   ctl.start(spec, 'auto');   // run.state: 'loading' … 'running' … 'done'; run.history for curves
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExperimentSpec } from '../../lib/experiments/types';
import type { TrainerClient } from '../../client/trainer-client';
import type { BackendChoice, FromWorker, StartOptions } from '../../worker/protocol';
import { common } from '../strings/common';
import { applyMessage, initialView, type TrainerView } from './trainer-view';

export type { RunHistory, TrainerView } from './trainer-view';

export interface TrainerControls {
  /**
   * Start a fresh run (replacing any run in progress). `pauseAt: n` pauses it once n steps are done
   * (0: before the first); `options` go to the worker (float16 tests, progress interval, digits URL).
   */
  start: (spec: ExperimentSpec, backend: BackendChoice, opts?: { pauseAt?: number; options?: StartOptions }) => void;
  pause: () => void;
  resume: () => void;
  /** Advance `count` steps (default 1) while paused. */
  step: (count?: number) => void;
  /** Move the current run to another backend without losing its progress. */
  setBackend: (backend: BackendChoice) => void;
  /** Drop the run and free its tensors; back to idle. */
  reset: () => void;
}

export function useTrainer(opts: { minFrameMs?: number; root?: RefObject<Element> } = {}): [TrainerView, TrainerControls] {
  const [view, setView] = useState<TrainerView>(initialView);
  const viewRef = useRef<TrainerView>(view);
  const connRef = useRef<TrainerClient | null>(null);
  const connecting = useRef<Promise<TrainerClient> | null>(null);
  const runIdRef = useRef(0);
  const scheduled = useRef(false);
  const lastFlush = useRef(0);
  const minFrame = useRef(0);
  minFrame.current = opts.minFrameMs ?? 0;
  const onScreen = useRef(true);
  const held = useRef(false);

  /** Publish viewRef to Preact: now when the state changed, else at most once per minFrameMs. */
  const publish = useCallback((urgent: boolean) => {
    const run = () => {
      scheduled.current = false;
      held.current = false;
      lastFlush.current = performance.now();
      setView(viewRef.current);
    };
    if (urgent) return run();
    if (!onScreen.current) {
      held.current = true;
      return;
    }
    if (scheduled.current) return;
    scheduled.current = true;
    // A task of its own, not an animation-frame callback: Preact's render then runs apart from the
    // browser's style, layout and paint of the frame that shows it, so neither adds to the other's
    // task on a slow phone (the frame's callbacks run inside its rendering task).
    const wait = Math.max(0, lastFlush.current + minFrame.current - performance.now());
    setTimeout(() => scheduled.current && run(), wait);
  }, []);

  const set = useCallback(
    (next: TrainerView) => {
      const prev = viewRef.current;
      if (next === prev) return;
      viewRef.current = next;
      publish(next.state !== prev.state);
    },
    [publish],
  );

  const onMessage = useCallback((msg: FromWorker) => set(applyMessage(viewRef.current, msg)), [set]);

  /** The trainer client, loaded on demand: the worker and tfjs are fetched only when a run starts. */
  const connection = useCallback((): Promise<TrainerClient> => {
    if (connRef.current) return Promise.resolve(connRef.current);
    connecting.current ??= import('../../client/trainer-client').then(({ createTrainer }) => {
      const c = createTrainer();
      c.onMessage(onMessage);
      return (connRef.current = c);
    });
    return connecting.current;
  }, [onMessage]);

  const start = useCallback<TrainerControls['start']>(
    (spec, backend, o = {}) => {
      const runId = ++runIdRef.current;
      const prev = viewRef.current;
      set({ ...initialView(), state: 'loading', runId, ids: spec.models.map((m) => m.id), totalSteps: spec.steps, tensors: prev.tensors });
      connection()
        .then((c) => {
          if (runId !== runIdRef.current) return;
          c.start(runId, spec, backend, { pauseAt: o.pauseAt, options: o.options });
        })
        .catch((e: unknown) => {
          connecting.current = null;
          if (runId !== runIdRef.current) return;
          const detail = e instanceof Error ? e.message : String(e);
          set({ ...viewRef.current, state: 'error', error: `${common.errors.worker} ${detail}`.trim() });
        });
    },
    [connection, set],
  );

  const pause = useCallback(() => connRef.current?.pause(), []);
  const resume = useCallback(() => {
    if (!connRef.current || viewRef.current.state !== 'paused') return;
    connRef.current.resume();
    set({ ...viewRef.current, state: 'running' });
  }, [set]);
  const step = useCallback((count = 1) => connRef.current?.step(count), []);
  const setBackend = useCallback((backend: BackendChoice) => connRef.current?.setBackend(backend), []);
  const reset = useCallback(() => {
    runIdRef.current++;
    const prev = viewRef.current;
    connRef.current?.reset();
    set({ ...initialView(), runId: runIdRef.current, backend: prev.backend, tensors: prev.tensors });
  }, [set]);

  // Off screen: hold progress back; on screen again: render what was held.
  useEffect(() => {
    const el = opts.root?.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      onScreen.current = entries[entries.length - 1].isIntersecting;
      if (onScreen.current && held.current) publish(false);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [opts.root, publish]);

  // A hidden page trains for nobody: pause, and resume on return (only a run this hook paused).
  useEffect(() => {
    let autoPaused = false;
    const onVisibility = () => {
      const state = viewRef.current.state;
      if (document.visibilityState === 'hidden' && state === 'running') {
        autoPaused = true;
        connRef.current?.pause();
      } else if (document.visibilityState === 'visible' && autoPaused) {
        autoPaused = false;
        if (viewRef.current.state === 'paused') resume();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [resume]);

  // Free the worker when the island goes away.
  useEffect(
    () => () => {
      connRef.current?.dispose();
      connRef.current = null;
    },
    [],
  );

  return [view, { start, pause, resume, step, setBackend, reset }];
}
