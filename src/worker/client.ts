/**
 * A small typed wrapper around the trainer worker for islands (framework-free). Creating it starts the
 * worker; tfjs itself loads inside the worker on the first `start`.
 *
 *   const t = createTrainer();
 *   const off = t.onMessage((msg) => { … });
 *   t.start(1, spec, 'auto');
 *   …
 *   t.dispose();
 */
import type { ExperimentSpec } from '../lib/experiments/types';
import { PROTOCOL_VERSION, type BackendChoice, type FromWorker, type StartOptions, type ToWorker } from './protocol';

export interface TrainerClient {
  start(runId: number, spec: ExperimentSpec, backend: BackendChoice, options?: StartOptions): void;
  pause(): void;
  resume(): void;
  /** While paused: train `count` more steps, report, stay paused. */
  step(count?: number): void;
  /** End the run now and get `done`. */
  stop(): void;
  /** Drop the run and free its tensors (answered by `reset`). */
  reset(): void;
  /** Move the current run to another backend, keeping its progress. */
  setBackend(backend: BackendChoice): void;
  /** Test hook: simulate a lost WebGL context. */
  loseContext(): void;
  /** Free everything and terminate the worker. The client is unusable afterwards. */
  dispose(): void;
  /** Subscribe to worker messages; returns the unsubscribe function. */
  onMessage(listener: (msg: FromWorker) => void): () => void;
}

/** Distributive Omit, so each variant of the union keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'v'> : never;

export function createTrainer(): TrainerClient {
  const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Set<(msg: FromWorker) => void>();
  let closed = false;
  const emit = (msg: FromWorker) => {
    for (const l of [...listeners]) l(msg);
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => emit(e.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    emit({ v: PROTOCOL_VERSION, type: 'error', message: `El entrenador se detuvo: ${e.message || 'error desconocido'}.` });
  };
  const send = (msg: Body<ToWorker>) => {
    if (!closed) worker.postMessage({ v: PROTOCOL_VERSION, ...msg } as ToWorker);
  };
  return {
    start: (runId, spec, backend, options) => send({ type: 'start', runId, spec, backend, options }),
    pause: () => send({ type: 'pause' }),
    resume: () => send({ type: 'resume' }),
    step: (count = 1) => send({ type: 'step', count }),
    stop: () => send({ type: 'stop' }),
    reset: () => send({ type: 'reset' }),
    setBackend: (backend) => send({ type: 'setBackend', backend }),
    loseContext: () => send({ type: 'debug', action: 'lose-context' }),
    dispose() {
      if (closed) return;
      send({ type: 'dispose' });
      closed = true;
      listeners.clear();
      // Give the worker a moment to free its tensors, then make sure it is gone.
      setTimeout(() => worker.terminate(), 1000);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
