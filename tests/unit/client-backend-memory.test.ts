/** The page's memory of «Automático»'s measured choices (a fake Storage; no browser). */
import { describe, expect, it } from 'vitest';
import { loadChoices, MAX_ENTRIES, saveChoice, STORAGE_KEY } from '../../src/client/backend-memory';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}
const choice = (backend: 'webgl' | 'wasm' | 'cpu', ms = 2) => ({ backend, timings: [{ name: backend, msPerStep: ms }] });

describe('backend memory', () => {
  it('keeps a choice and gives it back', () => {
    const st = fakeStorage();
    saveChoice('gpu A # 2d K2', choice('wasm'), st);
    saveChoice('gpu A # digitos K16', choice('webgl', 1.5), st);
    expect(loadChoices(st)).toEqual({ 'gpu A # 2d K2': choice('wasm'), 'gpu A # digitos K16': choice('webgl', 1.5) });
  });

  it('replaces a key, and drops the oldest entries beyond the cap', () => {
    const st = fakeStorage();
    for (let i = 0; i < MAX_ENTRIES + 3; i++) saveChoice(`k${i}`, choice('cpu', i + 1), st);
    saveChoice('k5', choice('wasm'), st);
    const all = loadChoices(st);
    expect(Object.keys(all)).toHaveLength(MAX_ENTRIES);
    expect(all.k0).toBeUndefined();
    expect(all.k5).toEqual(choice('wasm'));
    // The replaced key counts as the newest.
    expect(Object.keys(all).at(-1)).toBe('k5');
  });

  it.each([
    ['not JSON', '{nope'],
    ['an array', '[1, 2]'],
    ['null', 'null'],
  ])('ignores storage holding %s', (_name, raw) => {
    expect(loadChoices(fakeStorage({ [STORAGE_KEY]: raw }))).toEqual({});
  });

  it('keeps only entries of the right shape', () => {
    const raw = JSON.stringify({
      good: choice('wasm'),
      badBackend: { backend: 'gpu', timings: [] },
      badTiming: { backend: 'cpu', timings: [{ name: 'cpu', msPerStep: 'rápido' }] },
      noTimings: { backend: 'cpu' },
      failed: {
        backend: 'cpu',
        timings: [
          { name: 'webgl', msPerStep: null },
          { name: 'cpu', msPerStep: 3 },
        ],
      },
    });
    expect(Object.keys(loadChoices(fakeStorage({ [STORAGE_KEY]: raw })))).toEqual(['good', 'failed']);
  });

  it('a storage that throws, or none at all, is simply not used', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadChoices(throwing)).toEqual({});
    expect(() => saveChoice('k', choice('cpu'), throwing)).not.toThrow();
    expect(loadChoices(null)).toEqual({});
    expect(() => saveChoice('k', choice('cpu'), null)).not.toThrow();
  });
});
