/**
 * Shared pieces of the exploration scripts (scripts/explore-<demo>.ts): the settings grid from the
 * command line, the backend (EXPLORE_BACKEND=cpu|wasm) and one run to the end with its curve.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { installFastCpuKernels } from '../src/engine/cpu-kernels';
import type { ModelMetrics, Snapshot } from '../src/engine/metrics';
import { makeSplit, type Dataset } from '../src/lib/datasets';
import { StackedTrainer, type TrainerData } from '../src/engine/trainer';
import type { ExperimentSpec } from '../src/lib/experiments/types';

export type Grid<S> = Partial<Record<keyof S, unknown[]>>;

/** Every combination of the grid's values, as partial settings. */
export function combinations<S>(grid: Grid<S>): Partial<S>[] {
  let out: Partial<S>[] = [{}];
  for (const [key, values] of Object.entries(grid) as [string, unknown[]][]) {
    out = out.flatMap((c) => (values ?? []).map((v) => ({ ...c, [key]: v })));
  }
  return out;
}

/** argv: JSON grid (default {}) and comma-separated seeds (default 1..5). */
export function parseArgs<S>(): { grid: Grid<S>; seeds: number[] } {
  const grid = JSON.parse(process.argv[2] ?? '{}') as Grid<S>;
  const seeds = (process.argv[3] ?? '1,2,3,4,5').split(',').map(Number);
  return { grid, seeds };
}

export async function useBackend(): Promise<string> {
  tf.env().set('PROD', true);
  const name = process.env.EXPLORE_BACKEND ?? 'cpu';
  if (name === 'wasm') {
    setWasmPaths(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  } else installFastCpuKernels();
  await tf.setBackend(name);
  await tf.ready();
  return name;
}

/** Train to spec.steps, reading back every spec.evalEvery steps; every snapshot and the wall time. */
export async function runToEnd(spec: ExperimentSpec, data: TrainerData): Promise<{ snaps: Snapshot[]; ms: number }> {
  const t0 = performance.now();
  const trainer = StackedTrainer.create(spec, data);
  const snaps = [await trainer.evaluate()];
  while (trainer.step < spec.steps) {
    trainer.train(Math.min(spec.evalEvery, spec.steps - trainer.step));
    snaps.push(await trainer.evaluate());
  }
  trainer.dispose();
  return { snaps, ms: performance.now() - t0 };
}

/** mean [min–max] of a list, to 3 decimals. */
export function summary(xs: number[]): string {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `${mean.toFixed(3)} [${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}]`;
}

/** Values collected by row name (one per seed), to print as summaries. */
export function tally(): { rows: Record<string, number[]>; push: (key: string, v: number) => void } {
  const rows: Record<string, number[]> = {};
  return { rows, push: (key, v) => void (rows[key] ??= []).push(v) };
}

/**
 * A demo's series (one spec after another, each on its own split of the digits) to the end: the
 * final snapshot's models of each spec, and the total wall time.
 */
export async function runSeries(specs: readonly ExperimentSpec[], digits: Dataset): Promise<{ finals: ModelMetrics[][]; ms: number }> {
  const finals: ModelMetrics[][] = [];
  let ms = 0;
  for (const spec of specs) {
    const { snaps, ms: dt } = await runToEnd(spec, makeSplit(spec.dataset, digits));
    ms += dt;
    finals.push(snaps[snaps.length - 1].models);
  }
  return { finals, ms };
}

/** One reading of every model by id, per spec of a series. */
export const readings = (finals: ModelMetrics[][], read: (m: ModelMetrics) => number): Record<string, number>[] =>
  finals.map((models) => Object.fromEntries(models.map((m) => [m.id, read(m)])));
