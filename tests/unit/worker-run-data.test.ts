/** The data a run trains on: the split, the decision map's extent for 2-D data, its grid only when asked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionGrid } from '../../src/lib/decision-grid';
import { makeSplit, parseDigits } from '../../src/lib/datasets';
import { loadRunData } from '../../src/worker/run-data';
import { spec } from './engine-fixtures';

const noDigits = () => Promise.reject(new Error('no se deben cargar'));

describe('loadRunData', () => {
  it('2-D data without a map: the split and the extent of train and test, no grid', async () => {
    const s = spec({ probes: {} });
    const { data, extent } = await loadRunData(s, noDigits);
    const split = makeSplit(s.dataset);
    expect(data.train.x).toEqual(split.train.x);
    expect(data.grid).toBeUndefined();
    expect(extent).toEqual(decisionGrid([split.train, split.test], 1).extent);
  });

  it('2-D data with a map of g × g: the grid points over that extent', async () => {
    const s = spec({ probes: { decisionGrid: 5 } });
    const { data, extent } = await loadRunData(s, noDigits);
    const split = makeSplit(s.dataset);
    const g = decisionGrid([split.train, split.test], 5);
    expect(data.grid).toEqual(g.points);
    expect(data.grid).toHaveLength(2 * 25);
    expect(extent).toEqual(g.extent);
  });

  it('digits: loaded once through the callback, no extent; a failed load says so in Spanish', async () => {
    const digits = parseDigits(readFileSync('public/data/digits.bin'));
    const s = spec({ dataset: { name: 'digitos', n: 0, noise: 0, testFraction: 0.3, seed: 1 }, probes: {} });
    let calls = 0;
    const { data, extent } = await loadRunData(s, async () => (calls++, digits));
    expect(calls).toBe(1);
    expect(extent).toBeNull();
    expect(data.train.dims).toBe(64);
    await expect(loadRunData(s, () => Promise.reject(new Error('404')))).rejects.toThrow('No se pudieron cargar los dígitos: 404');
  });
});
