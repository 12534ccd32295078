/**
 * «Automático» in the worker: the backend for a run, remembered or measured (policy in
 * backend-choice.ts). Measuring builds the run's own stack on each candidate backend, trains
 * WARMUP_STEPS untimed and TIMED_STEPS timed, and frees it; the real run then starts from step 0.
 */
import { StackedTrainer, type TrainerData } from '../engine/trainer';
import type { ExperimentSpec } from '../lib/experiments/types';
import {
  deviceKey,
  fastest,
  stackKey,
  TIMED_STEPS,
  usable,
  WARMUP_STEPS,
  type BackendTiming,
  type MeasuredChoice,
} from './backend-choice';
import { candidates as backendsFor } from './backend';
import type { BackendSession } from './backend-session';
import type { HostPlatform } from './platform';
import type { BackendName, StartOptions } from './protocol';
import { workerStrings as s } from './strings';

export interface AutoChoice {
  backend: BackendName;
  /** Spanish, for `ready`: which backend and why. */
  note: string;
  /** Present when this run measured: the page remembers `choice` under `key`. */
  measured?: { key: string; choice: MeasuredChoice };
}

/** Milliseconds per step of `spec`'s stack on the active backend, or null if it fails. */
async function timeStack(spec: ExperimentSpec, data: TrainerData, float32: boolean, now: () => number): Promise<number | null> {
  let trainer: StackedTrainer | null = null;
  try {
    trainer = StackedTrainer.create(spec, data, { float16: !float32 });
    trainer.train(WARMUP_STEPS);
    await trainer.sync();
    const t0 = now();
    trainer.train(TIMED_STEPS);
    await trainer.sync();
    return (now() - t0) / TIMED_STEPS;
  } catch {
    return null;
  } finally {
    trainer?.dispose();
  }
}

/**
 * The backend «Automático» runs `spec` on: the remembered choice for this device and stack if its
 * backend can still run, else the fastest measured now. Null when nothing could be measured (the
 * caller then falls back to the fixed order).
 */
export async function chooseAuto(
  platform: HostPlatform,
  session: BackendSession,
  spec: ExperimentSpec,
  data: TrainerData,
  options: StartOptions,
  cancelled: () => boolean,
): Promise<AutoChoice | null> {
  const probe = platform.probeWebGL();
  const key = `${deviceKey({ renderer: probe.renderer ?? '', ...platform.device() })} # ${stackKey(spec)}`;
  // The backends «Automático» may use here (backend.ts): WebGL only on real hardware with float32.
  const candidates = backendsFor('auto', probe, session.excluded());
  const known = options.remembered?.[key];
  if (usable(known, candidates)) return { backend: known.backend, note: s.remembered(known) };
  const timings: BackendTiming[] = [];
  for (const name of candidates) {
    if (cancelled()) return null;
    let ms: number | null = null;
    try {
      const active = await session.ensure(name, options);
      // A backend that fell back to another one did not run as itself.
      if (active.name === name) ms = await timeStack(spec, data, active.float32, platform.now);
    } catch {
      ms = null;
    }
    timings.push({ name, msPerStep: ms });
  }
  const choice = fastest(timings);
  if (!choice) return null;
  return { backend: choice.backend, note: s.measured(choice, candidates.includes('webgl')), measured: { key, choice } };
}
