/**
 * The one trainer interface of the main thread (framework-free): a typed wrapper around the trainer
 * worker. Creating it starts the worker; tfjs itself loads inside the worker on the first `start`.
 * Islands load this module on demand (a dynamic import), so nothing of it is fetched before a run.
 *
 *   const t = createTrainer();
 *   const off = t.onMessage((msg) => { … });
 *   t.start(1, spec, 'auto');
 *   …
 *   t.dispose();
 *
 * It also respects a page where WebGL is switched off. Chromium's `--disable-webgl` (like policies
 * that block WebGL) turns WebGL off for the page's canvases but not for OffscreenCanvas in workers
 * (measured with Chromium 156: the worker still gets a WebGL 2 context). A reader who disabled WebGL
 * did not mean "except in workers", so when the page itself has no WebGL, runs go to WASM and the
 * reader is told why (a `backend` message, as if the worker had said it).
 *
 * «Automático» measures the backends on a device's first run of a stack; the client keeps what it
 * measured (backend-memory.ts) and hands it back on later runs.
 *
 * The page's check creates a WebGL context, which costs hundreds of milliseconds of main thread while
 * the GPU process starts (measured: 210 ms at 4× CPU slowdown). So it runs only once the worker has
 * its own WebGL backend up (the GPU process is running then, and the check takes a few ms); if the
 * page has no WebGL, the run moves to WASM, keeping its progress.
 */
import type { ExperimentSpec } from '../lib/experiments/types';
import { common } from '../islands/strings/common';
import { loadChoices, saveChoice } from './backend-memory';
import { PROTOCOL_VERSION, type BackendChoice, type FromWorker, type StartOptions, type ToWorker } from '../worker/protocol';

export interface StartRequest {
  /** Pause once this many steps are done (0: before the first); see the protocol's `start`. */
  pauseAt?: number;
  /** Knobs for tests and benchmarks (float16, progress interval, digits URL). */
  options?: StartOptions;
}

export interface TrainerClient {
  start(runId: number, spec: ExperimentSpec, backend: BackendChoice, request?: StartRequest): void;
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

let pageWebGL: boolean | null = null;

/** Whether this page may use WebGL 2 at all (checked once; the probe context is released at once). */
export function pageAllowsWebGL(): boolean {
  if (pageWebGL !== null) return pageWebGL;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    pageWebGL = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    pageWebGL = false;
  }
  return pageWebGL;
}

/** The page's answer if it was already checked (null: not yet). */
export const knownPageWebGL = (): boolean | null => pageWebGL;

export function createTrainer(): TrainerClient {
  const worker = new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Set<(msg: FromWorker) => void>();
  let closed = false;
  const emit = (msg: FromWorker) => {
    for (const l of [...listeners]) l(msg);
  };
  const send = (msg: Body<ToWorker>) => {
    if (!closed) worker.postMessage({ v: PROTOCOL_VERSION, ...msg } as ToWorker);
  };
  let currentRun: number | undefined;
  const toWasm = () => emit({ v: PROTOCOL_VERSION, type: 'backend', runId: currentRun, backend: 'wasm', reason: common.backend.webglOff });
  /** The backend to ask the worker for: WASM for WebGL when the page is known to have none. */
  const allowed = (choice: BackendChoice): BackendChoice => {
    if (choice === 'wasm' || choice === 'cpu' || knownPageWebGL() !== false) return choice;
    toWasm();
    return 'wasm';
  };
  let checking = false;
  /** The worker runs on WebGL: check the page (in a task of its own) and move the run if it has none. */
  const checkPage = () => {
    if (checking || knownPageWebGL() !== null) return;
    checking = true;
    setTimeout(() => {
      if (closed || pageAllowsWebGL()) return;
      toWasm();
      send({ type: 'setBackend', backend: 'wasm' });
    }, 0);
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const msg = e.data;
    if ((msg.type === 'ready' || msg.type === 'backend') && msg.backend === 'webgl') checkPage();
    if (msg.type === 'measured') saveChoice(msg.key, msg.choice);
    emit(msg);
  };
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    emit({ v: PROTOCOL_VERSION, type: 'error', message: common.errors.workerStopped(e.message) });
  };
  return {
    start: (runId, spec, backend, request = {}) => {
      currentRun = runId;
      const choice = allowed(backend);
      // «Automático» starts at once with what it measured on an earlier visit.
      const options = choice === 'auto' ? { remembered: loadChoices(), ...request.options } : request.options;
      send({ type: 'start', runId, spec, backend: choice, options, pauseAt: request.pauseAt });
    },
    pause: () => send({ type: 'pause' }),
    resume: () => send({ type: 'resume' }),
    step: (count = 1) => send({ type: 'step', count }),
    stop: () => send({ type: 'stop' }),
    reset: () => send({ type: 'reset' }),
    setBackend: (backend) => send({ type: 'setBackend', backend: allowed(backend) }),
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
