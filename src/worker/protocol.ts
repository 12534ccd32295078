/**
 * The typed, versioned message protocol between an island (main thread) and the trainer worker.
 * Bump PROTOCOL_VERSION on any incompatible change; the worker answers other versions with an error.
 * Additive, optional fields do not need a bump.
 *
 * Lifecycle: start → ready → data? → progress* → done | paused (→ resume | step → …) ; reset → reset.
 * The run's phases and requests are the state machine of run-machine.ts.
 * A new `start` replaces whatever run was in progress (its messages stop; filter by runId).
 */
import type { ExperimentSpec } from '../lib/experiments/types';
import type { MeasuredChoice } from './backend-choice';

export const PROTOCOL_VERSION = 1;

/** Every backend, in the order a fixed fallback tries them. */
export const BACKEND_NAMES = ['webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
/**
 * `auto` = the fastest of WebGL 2 (real hardware, float32), WASM and CPU for this demo's stack on
 * this device, timed on first use and then remembered (backend-choice.ts).
 */
export type BackendChoice = BackendName | 'auto';

/** Optional knobs for tests, benchmarks and curious readers. */
export interface StartOptions {
  /** Make WebGL use float16 textures (as many phones do), to test the float16 safeguards. */
  forceFloat16?: boolean;
  /** Minimum time between progress messages (default 16 ms ≈ one animation frame). */
  progressIntervalMs?: number;
  /** Where to fetch the digits file (default: the site's data/digits.bin). Only for dataset 'digitos'. */
  digitsUrl?: string;
  /** `auto` times the backends (default true); false: the fixed order WebGL → WASM → CPU. */
  measure?: boolean;
  /** Choices `auto` measured before, by `${deviceKey} # ${stackKey}` (the page keeps them). */
  remembered?: Record<string, MeasuredChoice>;
}

export type ToWorker =
  /**
   * Start a run (replacing any other). `pauseAt`: pause once that many steps are done (0: before the
   * first step; 1: "Paso" from idle, one message); without it the run goes to the end.
   */
  | { v: number; type: 'start'; runId: number; spec: ExperimentSpec; backend: BackendChoice; options?: StartOptions; pauseAt?: number }
  | { v: number; type: 'pause' }
  | { v: number; type: 'resume' }
  /** While paused: train `count` more steps, report, stay paused. */
  | { v: number; type: 'step'; count: number }
  /** End the run now, as if its last step had come: read metrics back and send `done`. */
  | { v: number; type: 'stop' }
  /** Drop the run and free its tensors; answered by `reset`. */
  | { v: number; type: 'reset' }
  /** Free everything and close the worker. */
  | { v: number; type: 'dispose' }
  /** Move the current run to another backend without losing its progress (answered by `ready`). */
  | { v: number; type: 'setBackend'; backend: BackendChoice }
  /** Test hook: simulate the loss of the WebGL context (WEBGL_lose_context). */
  | { v: number; type: 'debug'; action: 'lose-context' };

/**
 * The metrics of one model at one read-back, and one read-back of every model for curves: declared
 * once in src/lib/metrics.ts (definitions there). `NaN` never appears: a diverged model freezes and
 * keeps its last values. `decision` travels only when it was recomputed since the last message, and
 * always in `done`.
 */
export type { CurvePoint, ModelSnapshot } from '../lib/metrics';
import type { CurvePoint, ModelSnapshot } from '../lib/metrics';

export interface Progress {
  runId: number;
  /** Steps done (the step of the latest read-back in `models`). */
  step: number;
  backend: BackendName;
  /** Training speed since the run (re)started, read-backs included. */
  stepsPerSec: number;
  /** Latest snapshot of every model (`decision` only when it was recomputed since the last message, and always in `done`). */
  models: ModelSnapshot[];
  /**
   * Every read-back since the previous message, oldest first (the last one is `models`). Messages are
   * throttled to about one per animation frame, so several read-backs can arrive together.
   */
  history: CurvePoint[];
}

/** Points of a 2-D dataset, for drawing it under the decision map. */
export interface DataView2D {
  runId: number;
  /** Row-major [n, 2]. */
  trainX: Float32Array;
  trainY: Uint8Array;
  testX: Float32Array;
  testY: Uint8Array;
  classes: number;
  /** [xmin, xmax, ymin, ymax] covered by the decision map. */
  extent: [number, number, number, number];
  /** Cells per side of the decision map (0 if none was requested). */
  grid: number;
}

export type FromWorker =
  /** The backend for this run is up. `note` (Spanish) explains a choice the reader may not expect. */
  | { v: number; type: 'ready'; runId?: number; backend: BackendName; float32: boolean; note?: string }
  /**
   * Backend changed on the worker's own initiative (fallback or lost context); `reason` is Spanish,
   * for the reader. Training resumed from `resumeStep`: drop curve points after it.
   */
  | { v: number; type: 'backend'; runId?: number; backend: BackendName; reason: string; resumeStep?: number }
  /** `auto` timed the backends for this device and stack: the page may remember `choice` under `key`. */
  | { v: number; type: 'measured'; runId?: number; key: string; choice: MeasuredChoice }
  | ({ v: number; type: 'data' } & DataView2D)
  | ({ v: number; type: 'progress' } & Progress)
  /** The run ended (all steps, or `stop`). `tensors` = tf.memory().numTensors in the worker now. */
  | ({ v: number; type: 'done'; tensors: number; elapsedMs: number; firstStepMs: number } & Progress)
  | { v: number; type: 'paused'; runId: number; step: number }
  | { v: number; type: 'reset'; tensors: number }
  /** `message` is Spanish, for the reader. */
  | { v: number; type: 'error'; runId?: number; message: string };
