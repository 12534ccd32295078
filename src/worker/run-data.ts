/** The data a run trains on: the spec's dataset, split, plus the decision-map grid for 2-D data. */
import { decisionGrid } from '../lib/decision-grid';
import type { TrainerData } from '../engine/trainer';
import { makeSplit, type Dataset } from '../lib/datasets';
import type { ExperimentSpec } from '../lib/experiments/types';
import { readable, workerStrings as s } from './strings';

export type Extent = [number, number, number, number];

export async function loadRunData(
  spec: ExperimentSpec,
  loadDigits: () => Promise<Dataset>,
): Promise<{ data: TrainerData; extent: Extent | null }> {
  let digits: Dataset | undefined;
  if (spec.dataset.name === 'digitos') {
    try {
      digits = await loadDigits();
    } catch (e) {
      throw new Error(s.digitsFailed(readable(e)));
    }
  }
  const split = makeSplit(spec.dataset, digits);
  if (split.train.dims !== 2) return { data: split, extent: null };
  const g = spec.probes?.decisionGrid ?? 0;
  const grid = decisionGrid([split.train, split.test], Math.max(g, 1));
  return { data: g > 0 ? { ...split, grid: grid.points } : split, extent: grid.extent };
}
