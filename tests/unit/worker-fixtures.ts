/** A Node stand-in for the worker's browser platform: tfjs CPU behind the real backend policy. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { installFastCpuKernels } from '../../src/engine/cpu-kernels';
import { activateBackend, type BackendLoaders } from '../../src/worker/backend';
import { TrainerHost, type HostPlatform } from '../../src/worker/host';
import { PROTOCOL_VERSION, type BackendName, type FromWorker, type ToWorker } from '../../src/worker/protocol';

type Body<T> = T extends unknown ? Omit<T, 'v'> : never;

export interface FakeOptions {
  /** Backends that "exist" here; all of them really run on tfjs' CPU backend. */
  available?: BackendName[];
  webglFloat32?: boolean;
  /** The host's clock (default: performance.now). A fake clock makes time-based bookkeeping testable. */
  now?: () => number;
  /** Whether the platform reports the WebGL context as lost (default: never). */
  isContextLost?: () => boolean;
}

export function makeHost(opts: FakeOptions = {}) {
  tf.env().set('PROD', true);
  installFastCpuKernels();
  const available = opts.available ?? ['cpu'];
  const messages: FromWorker[] = [];
  let lost: (() => void) | null = null;
  let closed = false;
  const loaders: BackendLoaders = {
    probeWebGL: () => ({ webgl2: available.includes('webgl'), float32: opts.webglFloat32 ?? true }),
    async load(name) {
      if (!available.includes(name)) throw new Error(`${name} no existe en esta prueba`);
      return tf.setBackend('cpu');
    },
    webglFloat32: () => opts.webglFloat32 ?? true,
  };
  const platform: HostPlatform = {
    activate: (choice, o) => activateBackend(choice, loaders, o),
    loadDigits: async () => {
      throw new Error('sin red en las pruebas');
    },
    watchContextLoss: (cb) => void (lost = cb),
    isContextLost: opts.isContextLost ?? (() => false),
    loseContext: () => lost?.(),
    now: opts.now ?? (() => performance.now()),
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
