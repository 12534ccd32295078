/** The backend policy (auto / explicit choices and their fallbacks), with fake loaders. */
import { describe, expect, it } from 'vitest';
import { activateBackend, candidates, type BackendLoaders } from '../../src/worker/backend';
import type { BackendName } from '../../src/worker/protocol';

function loaders(works: BackendName[], probe = { webgl2: true, float32: true }, float32 = true) {
  const tried: BackendName[] = [];
  const l: BackendLoaders = {
    probeWebGL: () => probe,
    load: async (name) => {
      tried.push(name);
      if (!works.includes(name)) throw new Error(`sin ${name}`);
      return true;
    },
    webglFloat32: () => float32,
  };
  return { l, tried };
}

describe('candidates', () => {
  it('auto prefers WebGL only when it renders float32 on real hardware', () => {
    expect(candidates('auto', { webgl2: true, float32: true })).toEqual(['webgl', 'wasm', 'cpu']);
    expect(candidates('auto', { webgl2: true, float32: false })).toEqual(['wasm', 'cpu']);
    expect(candidates('auto', { webgl2: false, float32: false })).toEqual(['wasm', 'cpu']);
  });
  it('an explicit choice falls back down the list; excluded backends are skipped', () => {
    expect(candidates('webgl', null)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(candidates('wasm', null)).toEqual(['wasm', 'cpu']);
    expect(candidates('cpu', null)).toEqual(['cpu']);
    expect(candidates('webgl', null, ['webgl'])).toEqual(['wasm', 'cpu']);
  });
});

describe('activateBackend', () => {
  it('auto on a float32 GPU: WebGL, no note', async () => {
    const { l } = loaders(['webgl', 'wasm', 'cpu']);
    expect(await activateBackend('auto', l)).toEqual({ name: 'webgl', float32: true, note: undefined, fallbackReason: undefined });
  });
  it('auto without float32 WebGL: WASM, and a note saying why', async () => {
    const { l, tried } = loaders(['webgl', 'wasm', 'cpu'], { webgl2: true, float32: false });
    const got = await activateBackend('auto', l);
    expect(got.name).toBe('wasm');
    expect(got.note).toMatch(/float32/);
    expect(tried).toEqual(['wasm']);
  });
  it('explicit WebGL on a float16 device: WebGL in float16, with a note', async () => {
    const { l } = loaders(['webgl'], { webgl2: true, float32: false }, false);
    const got = await activateBackend('webgl', l, { forceFloat16: true });
    expect(got).toMatchObject({ name: 'webgl', float32: false });
    expect(got.note).toMatch(/float16/);
  });
  it('a backend that fails to start falls back, with a Spanish reason', async () => {
    const { l, tried } = loaders(['cpu']);
    const got = await activateBackend('webgl', l);
    expect(tried).toEqual(['webgl', 'wasm', 'cpu']);
    expect(got.name).toBe('cpu');
    expect(got.fallbackReason).toMatch(/^WebGL no está disponible; se entrena con CPU/);
  });
  it('nothing works: a Spanish error', async () => {
    const { l } = loaders([]);
    await expect(activateBackend('auto', l)).rejects.toThrow(/No se pudo iniciar ningún motor/);
  });
});
