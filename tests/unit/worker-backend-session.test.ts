/**
 * The worker's backend session: one start per distinct request (choice and float16), the policy's
 * answer kept while the request stays the same, and WebGL excluded for good once its context was lost.
 */
import { describe, expect, it } from 'vitest';
import type { ActiveBackend } from '../../src/worker/backend';
import { BackendSession } from '../../src/worker/backend-session';
import type { HostPlatform } from '../../src/worker/platform';
import type { BackendChoice, BackendName } from '../../src/worker/protocol';
import { workerStrings } from '../../src/worker/strings';

function fakePlatform() {
  const calls: { choice: BackendChoice; forceFloat16: boolean; exclude: BackendName[] }[] = [];
  const watched: (() => void)[] = [];
  const platform = {
    async activate(choice, opts) {
      calls.push({ choice, ...opts });
      const name: BackendName = choice === 'auto' ? (opts.exclude.includes('webgl') ? 'wasm' : 'webgl') : choice === 'webgl' && opts.exclude.includes('webgl') ? 'wasm' : choice;
      return { name, float32: !opts.forceFloat16 } satisfies ActiveBackend;
    },
    watchContextLoss: (cb) => void watched.push(cb),
  } as Pick<HostPlatform, 'activate' | 'watchContextLoss'> as HostPlatform;
  let lost = 0;
  const session = new BackendSession(platform, () => lost++);
  return { session, calls, watched, lost: () => lost };
}

describe('BackendSession', () => {
  it('reports CPU until a backend starts, then the one running', async () => {
    const { session } = fakePlatform();
    expect(session.name).toBe('cpu');
    await session.ensure('wasm', {});
    expect(session.name).toBe('wasm');
  });

  it('starts a backend once per request: the same choice reuses it, float16 or another choice starts again', async () => {
    const { session, calls } = fakePlatform();
    const a = await session.ensure('wasm', {});
    expect(await session.ensure('wasm', { forceFloat16: false })).toBe(a);
    expect(calls).toEqual([{ choice: 'wasm', forceFloat16: false, exclude: [] }]);
    const b = await session.ensure('wasm', { forceFloat16: true });
    expect(b).not.toBe(a);
    expect(calls[1]).toEqual({ choice: 'wasm', forceFloat16: true, exclude: [] });
    await session.ensure('cpu', { forceFloat16: true });
    expect(calls).toHaveLength(3);
  });

  it('watches the context only when WebGL runs, and passes a loss on', async () => {
    const { session, watched, lost } = fakePlatform();
    await session.ensure('cpu', {});
    expect(watched).toHaveLength(0);
    await session.ensure('webgl', {});
    expect(watched).toHaveLength(1);
    watched[0]();
    expect(lost()).toBe(1);
  });

  it('after a lost context WebGL is excluded from every start, and asking for it says why', async () => {
    const { session, calls } = fakePlatform();
    await session.ensure('webgl', {});
    session.dropWebGL();
    expect(session.name).toBe('cpu');
    const auto = await session.ensure('webgl', {});
    expect(calls.at(-1)!.exclude).toEqual(['webgl']);
    expect(auto.name).toBe('wasm');
    expect(auto.fallbackReason).toBe(workerStrings.webglLostBefore);
    // The same request again is the running backend; another choice starts without a reason.
    expect(await session.ensure('webgl', {})).toBe(auto);
    const other = await session.ensure('auto', {});
    expect(other.fallbackReason).toBeUndefined();
    expect(calls.at(-1)).toEqual({ choice: 'auto', forceFloat16: false, exclude: ['webgl'] });
  });
});

describe('worker strings', () => {
  it.each([
    [workerStrings.fallback('webgl', 'wasm', 'sin contexto'), 'WebGL no está disponible; se entrena con WASM. (sin contexto)'],
    [workerStrings.fallback('wasm', 'cpu', ''), 'WASM no está disponible; se entrena con CPU (JavaScript).'],
    [workerStrings.noBackend(''), 'No se pudo iniciar ningún motor de cálculo (WebGL, WASM ni CPU).'],
    [workerStrings.contextLost('wasm', 40), 'Se perdió el contexto WebGL; el entrenamiento sigue con WASM desde el paso 40.'],
    [workerStrings.badVersion(1, 2), 'Versión de protocolo incompatible (1; se esperaba 2). Recarga la página.'],
    [workerStrings.unknownMessage('x'), 'Mensaje desconocido para el entrenador: x.'],
    [workerStrings.digitsFailed('404'), 'No se pudieron cargar los dígitos: 404'],
  ])('%s', (got, want) => expect(got).toBe(want));
});
