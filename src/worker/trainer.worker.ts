/**
 * The trainer worker (a module worker). It owns tfjs: on the first message it loads the host (engine +
 * tfjs-core) with a dynamic import, and the host loads only the backend in use. Messages are handled
 * in order by TrainerHost (host.ts); see protocol.ts for the message types.
 */
/// <reference lib="webworker" />
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: FromWorker) => scope.postMessage(msg);

let host: Promise<{ handle(msg: ToWorker): Promise<void> }> | null = null;

function getHost() {
  host ??= Promise.all([import('./host'), import('./platform-browser')]).then(
    ([{ TrainerHost }, { browserPlatform }]) => new TrainerHost(post, browserPlatform(() => scope.close())),
  );
  return host;
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  getHost()
    .then((h) => h.handle(e.data))
    .catch((err: unknown) => {
      const detail = err instanceof Error ? err.message : String(err);
      post({ v: PROTOCOL_VERSION, type: 'error', message: `No se pudo cargar el entrenador: ${detail}` });
    });
};
