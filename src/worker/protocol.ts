/**
 * The typed, versioned message protocol between an island (main thread) and the trainer worker.
 * Bump PROTOCOL_VERSION on any incompatible change; the worker rejects other versions with an error.
 */
import type { ExperimentSpec } from '../lib/experiments/types';

export const PROTOCOL_VERSION = 1;

export type BackendName = 'webgl' | 'wasm' | 'cpu';
/** `auto` = WebGL 2 if it renders float32, else WASM, else CPU. */
export type BackendChoice = BackendName | 'auto';

export type ToWorker =
  | { v: number; type: 'start'; runId: number; spec: ExperimentSpec; backend: BackendChoice }
  | { v: number; type: 'pause' }
  | { v: number; type: 'resume' }
  | { v: number; type: 'step'; count: number }
  | { v: number; type: 'stop' }
  | { v: number; type: 'reset' }
  | { v: number; type: 'dispose' };

/** Metrics of one stacked model at one read-back. `NaN` loss never appears: a diverged model freezes. */
export interface ModelSnapshot {
  id: string;
  loss: number;
  trainAcc: number;
  /** Accuracy on the test split, eval mode (running statistics). */
  testAcc: number;
  diverged: boolean;
  /** Step at which the model diverged, if it did. */
  divergedAt?: number;
  /** [p15, p50, p85] of the probed pre-activation, if requested. */
  percentiles?: [number, number, number];
  /** Per hidden+output layer gradient L2 norms, if requested. */
  gradNorms?: number[];
  /** grid×grid P(class 1), row-major, y from top, if requested (2-D data only). */
  decision?: number[];
}

export interface Progress {
  runId: number;
  step: number;
  backend: BackendName;
  stepsPerSec: number;
  models: ModelSnapshot[];
}

export type FromWorker =
  | { v: number; type: 'ready'; backend: BackendName; float32: boolean }
  /** Backend changed (fallback or lost context); `reason` is Spanish, shown to the reader. */
  | { v: number; type: 'backend'; backend: BackendName; reason: string }
  | ({ v: number; type: 'progress' } & Progress)
  | ({ v: number; type: 'done'; tensors: number; elapsedMs: number; firstStepMs: number } & Progress)
  | { v: number; type: 'paused'; runId: number; step: number }
  | { v: number; type: 'reset'; tensors: number }
  /** `message` is Spanish, for the reader. */
  | { v: number; type: 'error'; runId?: number; message: string };
