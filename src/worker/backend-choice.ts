/**
 * «Automático» by measurement. For nets this small, the fixed cost of each WebGL kernel can make a
 * real GPU slower than WASM, and WASM slower or faster than plain JavaScript depending on the device,
 * so the first time a demo's stack runs on a device, a few steps of it are timed on each backend that
 * can run there, and the fastest wins. The choice is remembered per device (GPU renderer, browser and
 * core count) and per stack shape, so later runs start at once. Pure: the timing itself lives in
 * host.ts, the memory in the page (src/client/backend-memory.ts); tests inject timings.
 */
import type { ExperimentSpec } from '../lib/experiments/types';
import type { BackendName } from './protocol';

/** Steps run before timing (first-use costs: shader compilation, WASM warm-up) and steps timed. */
export const WARMUP_STEPS = 2;
export const TIMED_STEPS = 6;

/** One backend's result: milliseconds per step, or null when it could not start or failed. */
export interface BackendTiming {
  name: BackendName;
  msPerStep: number | null;
}

/** What «Automático» chose and the timings it chose from (kept with the choice). */
export interface MeasuredChoice {
  backend: BackendName;
  timings: BackendTiming[];
}

/**
 * The fastest backend of those that ran (ties go to the earlier one in `timings`); null when none
 * ran. A time that is not a positive finite number counts as a failure.
 */
export function fastest(timings: BackendTiming[]): MeasuredChoice | null {
  let best: BackendTiming | null = null;
  for (const t of timings) {
    const ms = t.msPerStep;
    if (ms === null || !Number.isFinite(ms) || ms <= 0) continue;
    if (!best || ms < (best.msPerStep as number)) best = t;
  }
  return best ? { backend: best.name, timings } : null;
}

/** The device, as far as a choice of backend depends on it. */
export function deviceKey(d: { renderer: string; userAgent: string; cores: number }): string {
  return [d.renderer || 'sin WebGL', d.cores, d.userAgent].join(' | ');
}

/** The shape of the computation a timing stands for: models stacked, layer widths, batch, data. */
export function stackKey(spec: ExperimentSpec): string {
  const data = spec.dataset.name === 'digitos' ? 'digitos' : '2d';
  return `${data} K${spec.models.length} [${spec.hidden.join(',')}] b${spec.batchSize}`;
}

/** A remembered choice is used only if its backend can still run here. */
export function usable(choice: MeasuredChoice | undefined, candidates: BackendName[]): choice is MeasuredChoice {
  return choice !== undefined && candidates.includes(choice.backend);
}
