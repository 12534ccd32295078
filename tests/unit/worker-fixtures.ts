/** A Node stand-in for the worker's browser platform: tfjs CPU behind the real backend policy. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { installFastCpuKernels } from '../../src/engine/cpu-kernels';
import { activateBackend, type BackendLoaders } from '../../src/worker/backend';
import { TIMED_STEPS } from '../../src/worker/backend-choice';
import { TrainerHost, type HostPlatform } from '../../src/worker/host';
import { PROTOCOL_VERSION, type BackendName, type FromWorker, type ToWorker } from '../../src/worker/protocol';

type Body<T> = T extends unknown ? Omit<T, 'v'> : never;

export interface FakeOptions {
  /** Backends that "exist" here; all of them really run on tfjs' CPU backend. */
  available?: BackendName[];
  webglFloat32?: boolean;
  /** The host's clock (default: performance.now). A fake clock makes time-based bookkeeping testable. */
  now?: () => number;
  /**
   * A clock that makes each backend take this many ms per timed step (the clock advances by the
   * active backend's cost × TIMED_STEPS at every reading, and «Automático» reads it twice around
   * its timed steps). Injected timings: no test depends on real speed.
   */
  stepMs?: Partial<Record<BackendName, number>>;
  /** Whether the platform reports the WebGL context as lost (default: never). */
  isContextLost?: () => boolean;
}

/**
 * «Automático» without timing: WebGL → WASM → CPU. Here every backend is tfjs' CPU, so timings say
 * nothing; tests of the fixed order and of the fallbacks use this, tests of the measurement do not.
 */
export const FIXED_ORDER = { measure: false } as const;

export function makeHost(opts: FakeOptions = {}) {
  tf.env().set('PROD', true);
  installFastCpuKernels();
  const available = opts.available ?? ['cpu'];
  const messages: FromWorker[] = [];
  let lost: (() => void) | null = null;
  let loaded: BackendName = 'cpu';
  let clock = 0;
  const stepMs = opts.stepMs;
  const now = stepMs ? () => (clock += (stepMs[loaded] ?? 1) * TIMED_STEPS) : (opts.now ?? (() => performance.now()));
  let closed = false;
  const loaders: BackendLoaders = {
    probeWebGL: () => ({ webgl2: available.includes('webgl'), float32: opts.webglFloat32 ?? true, renderer: available.includes('webgl') ? 'GPU de prueba' : '' }),
    async load(name) {
      if (!available.includes(name)) throw new Error(`${name} no existe en esta prueba`);
      loaded = name;
      return tf.setBackend('cpu');
    },
    webglFloat32: () => opts.webglFloat32 ?? true,
  };
  const platform: HostPlatform = {
    activate: (choice, o) => activateBackend(choice, loaders, o),
    probeWebGL: loaders.probeWebGL,
    device: () => ({ userAgent: 'prueba', cores: 2 }),
    loadDigits: async () => {
      throw new Error('sin red en las pruebas');
    },
    watchContextLoss: (cb) => void (lost = cb),
    isContextLost: opts.isContextLost ?? (() => false),
    loseContext: () => lost?.(),
    now,
    yieldToEvents: () => new Promise((r) => setImmediate(r)),
    close: () => void (closed = true),
  };
  const host = new TrainerHost((m) => messages.push(m), platform);
  const send = (msg: Body<ToWorker>) => host.handle({ v: PROTOCOL_VERSION, ...msg } as ToWorker);
  /** Resolve once a message of this type (and runId, if given) has arrived. */
  const waitFor = async <T extends FromWorker['type']>(type: T, pred: (m: Extract<FromWorker, { type: T }>) => boolean = () => true) => {
    for (let i = 0; i < 20000; i++) {
      const m = messages.find((x) => x.type === type && pred(x as Extract<FromWorker, { type: T }>));
      if (m) return m as Extract<FromWorker, { type: T }>;
      await new Promise((r) => setImmediate(r));
    }
    throw new Error(`no llegó ningún mensaje ${type}`);
  };
  const ofType = <T extends FromWorker['type']>(type: T) => messages.filter((m) => m.type === type) as Extract<FromWorker, { type: T }>[];
  return { host, send, messages, waitFor, ofType, isClosed: () => closed };
}
