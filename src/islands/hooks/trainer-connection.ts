/**
 * The one place where islands meet the worker client. `connectTrainer` loads the client module on
 * demand (a dynamic import: the worker and tfjs are fetched only when a run starts) and adapts it to
 * the small interface `useTrainer` needs.
 *
 * It also respects a page where WebGL is switched off. Chromium's `--disable-webgl` (like policies
 * that block WebGL) turns WebGL off for the page's canvases but not for OffscreenCanvas in workers
 * (measured with Chromium 156: the worker still gets a WebGL 2 context). A reader who disabled WebGL
 * did not mean "except in workers", so when the page itself has no WebGL, runs go to WASM and the
 * reader is told why.
 */
import type { ExperimentSpec } from '../../lib/experiments/types';
import { PROTOCOL_VERSION, type BackendChoice, type FromWorker, type StartOptions } from '../../worker/protocol';
import { common } from '../strings/common';

export interface TrainerConnection {
  start: (runId: number, spec: ExperimentSpec, backend: BackendChoice, options?: StartOptions) => void;
  pause: () => void;
  resume: () => void;
  step: (count: number) => void;
  setBackend: (backend: BackendChoice) => void;
  reset: () => void;
  dispose: () => void;
}

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

export async function connectTrainer(onMessage: (msg: FromWorker) => void): Promise<TrainerConnection> {
  const { createTrainer } = await import('../../worker/client');
  const t = createTrainer();
  t.onMessage(onMessage);
  /** The backend to ask the worker for, and tell the reader when WebGL is off for this page. */
  const allowed = (choice: BackendChoice, runId?: number): BackendChoice => {
    if (choice === 'wasm' || choice === 'cpu' || pageAllowsWebGL()) return choice;
    onMessage({ v: PROTOCOL_VERSION, type: 'backend', runId, backend: 'wasm', reason: common.backend.webglOff });
    return 'wasm';
  };
  let currentRun: number | undefined;
  return {
    start: (runId, spec, backend, options) => {
      currentRun = runId;
      t.start(runId, spec, allowed(backend, runId), options);
    },
    pause: () => t.pause(),
    resume: () => t.resume(),
    step: (count) => t.step(count),
    setBackend: (backend) => t.setBackend(allowed(backend, currentRun)),
    reset: () => t.reset(),
    dispose: () => t.dispose(),
  };
}
