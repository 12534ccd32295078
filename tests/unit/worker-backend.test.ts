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

describe('what the policy tells the reader, and what it passes on', () => {
  it('auto on a machine without hardware WebGL 2 says so and runs WASM', async () => {
    const { l, tried } = loaders(['webgl', 'wasm', 'cpu'], { webgl2: false, float32: false });
    const got = await activateBackend('auto', l);
    expect(got).toMatchObject({ name: 'wasm', float32: true, fallbackReason: undefined });
    expect(got.note).toMatch(/WebGL 2 con aceleración/);
    expect(tried).toEqual(['wasm']);
  });

  it('auto with WebGL excluded (a lost context) gives no WebGL note and does not probe it away', async () => {
    const { l, tried } = loaders(['webgl', 'wasm', 'cpu'], { webgl2: false, float32: false });
    const got = await activateBackend('auto', l, { exclude: ['webgl'] });
    expect(got.note).toBeUndefined();
    expect(tried).toEqual(['wasm']);
  });

  it('a loader that resolves false counts as a failure, and every failure is named in the reason', async () => {
    const tried: BackendName[] = [];
    const l: BackendLoaders = {
      probeWebGL: () => ({ webgl2: true, float32: true }),
      load: async (name) => {
        tried.push(name);
        if (name === 'webgl') return false;
        if (name === 'wasm') throw new Error('sin wasm');
        return true;
      },
      webglFloat32: () => true,
    };
    const got = await activateBackend('auto', l);
    expect(got.name).toBe('cpu');
    expect(got.fallbackReason).toMatch(/WebGL no está disponible; se entrena con CPU/);
    expect(got.fallbackReason).toMatch(/WebGL: no se pudo iniciar\./);
    expect(got.fallbackReason).toMatch(/WASM: sin wasm\./);
  });

  it('the float16 request reaches the loader; WebGL in float32 has no note', async () => {
    const seen: boolean[] = [];
    const l: BackendLoaders = {
      probeWebGL: () => ({ webgl2: true, float32: true }),
      load: async (_name, o) => {
        seen.push(o.forceFloat16);
        return true;
      },
      webglFloat32: () => true,
    };
    await activateBackend('webgl', l, { forceFloat16: true });
    const plain = await activateBackend('webgl', l);
    expect(seen).toEqual([true, false]);
    expect(plain).toEqual({ name: 'webgl', float32: true, note: undefined, fallbackReason: undefined });
  });

  it('with nothing working, the error lists each backend that failed', async () => {
    const { l } = loaders([]);
    await expect(activateBackend('webgl', l)).rejects.toThrow(/WebGL: sin webgl\. WASM: sin wasm\. CPU \(JavaScript\): sin cpu\./);
  });
});

describe('the reasons the reader reads', () => {
  it('a backend whose loader answers false counts as failed, with that reason', async () => {
    const l: BackendLoaders = { probeWebGL: () => ({ webgl2: true, float32: true }), load: async (name) => name !== 'webgl', webglFloat32: () => true };
    const got = await activateBackend('webgl', l);
    expect(got.name).toBe('wasm');
    expect(got.fallbackReason).toBe('WebGL no está disponible; se entrena con WASM. (WebGL: no se pudo iniciar.)');
  });

  it('with every backend failing, the error lists each one', async () => {
    const { l } = loaders([]);
    await expect(activateBackend('webgl', l)).rejects.toThrow(
      'No se pudo iniciar ningún motor de cálculo (WebGL, WASM ni CPU). WebGL: sin webgl. WASM: sin wasm. CPU (JavaScript): sin cpu.',
    );
  });

  it('auto with WebGL excluded after a lost context gives no note about the probe', async () => {
    const { l, tried } = loaders(['wasm', 'cpu'], { webgl2: false, float32: false });
    const got = await activateBackend('auto', l, { exclude: ['webgl'] });
    expect(got).toEqual({ name: 'wasm', float32: true, note: undefined, fallbackReason: undefined });
    expect(tried).toEqual(['wasm']);
  });

  it('forcing float16 reaches the loader', async () => {
    const seen: boolean[] = [];
    const l: BackendLoaders = { probeWebGL: () => ({ webgl2: true, float32: true }), load: async (_, o) => (seen.push(o.forceFloat16), true), webglFloat32: () => false };
    expect(await activateBackend('webgl', l, { forceFloat16: true })).toMatchObject({ name: 'webgl', float32: false });
    expect(await activateBackend('wasm', l)).toMatchObject({ name: 'wasm', float32: true });
    expect(seen).toEqual([true, false]);
  });
});
