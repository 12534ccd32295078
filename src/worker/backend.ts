/**
 * Backend policy, independent of how backends are loaded (the browser loaders live in
 * platform-browser.ts; tests pass fakes):
 *   auto  → WebGL 2 if it renders to float32 textures without a major performance caveat (a real GPU),
 *           else WASM, else CPU;
 *   webgl → WebGL (float16 too, with the engine's float16 safeguards), else WASM, else CPU;
 *   wasm  → WASM, else CPU;   cpu → CPU.
 * Every fallback comes with a Spanish reason for the reader.
 */
import { BACKEND_NAMES, type BackendChoice, type BackendName } from './protocol';
import { workerStrings as s } from './strings';

export interface WebGLProbe {
  /** A WebGL 2 context can be created on real hardware (not a software renderer such as SwiftShader). */
  webgl2: boolean;
  /** …and it can render to float32 textures (EXT_color_buffer_float). */
  float32: boolean;
  /** The GPU as WebGL names it (unmasked when allowed); '' or absent without WebGL. */
  renderer?: string;
}

export interface BackendLoaders {
  /** Probe WebGL 2 natively, before any tfjs WebGL code is loaded. */
  probeWebGL(): WebGLProbe;
  /** Import the backend's module and make it tfjs' active backend; throw or resolve false on failure. */
  load(name: BackendName, opts: { forceFloat16: boolean }): Promise<boolean>;
  /** Once WebGL is active: does it compute in float32 (false: float16 textures)? */
  webglFloat32(): boolean;
}

export interface ActiveBackend {
  name: BackendName;
  /** The backend computes in float32 (false only for float16 WebGL). */
  float32: boolean;
  /** Spanish note about the choice (e.g. why auto did not pick WebGL), for `ready`. */
  note?: string;
  /** Spanish reason when the requested backend could not start and another one runs instead. */
  fallbackReason?: string;
}

const ORDER: readonly BackendName[] = BACKEND_NAMES;

/** Backends to try, in order, for a choice (minus excluded ones, e.g. WebGL after a lost context). */
export function candidates(choice: BackendChoice, probe: WebGLProbe | null, exclude: BackendName[] = []): BackendName[] {
  let list: readonly BackendName[];
  if (choice === 'auto') list = probe && probe.webgl2 && probe.float32 ? ORDER : ['wasm', 'cpu'];
  else list = ORDER.slice(ORDER.indexOf(choice));
  return list.filter((n) => !exclude.includes(n));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Start the first backend of `candidates` that works. Throws (Spanish) if none does. */
export async function activateBackend(
  choice: BackendChoice,
  loaders: BackendLoaders,
  opts: { forceFloat16?: boolean; exclude?: BackendName[] } = {},
): Promise<ActiveBackend> {
  const exclude = opts.exclude ?? [];
  const probe = choice === 'auto' ? loaders.probeWebGL() : null;
  const list = candidates(choice, probe, exclude);
  let note: string | undefined;
  if (choice === 'auto' && probe && !exclude.includes('webgl')) {
    if (!probe.webgl2) note = s.noWebGL2;
    else if (!probe.float32) note = s.noFloat32;
  }
  const failures: string[] = [];
  for (const name of list) {
    try {
      const ok = await loaders.load(name, { forceFloat16: opts.forceFloat16 === true });
      if (!ok) throw new Error(s.notStarted);
      const float32 = name === 'webgl' ? loaders.webglFloat32() : true;
      if (name === 'webgl' && !float32) note = s.float16Note;
      const requested = choice === 'auto' ? list[0] : choice;
      const fallbackReason = name !== requested ? s.fallback(requested, name, failures.join(' ')) : undefined;
      return { name, float32, note, fallbackReason };
    } catch (e) {
      failures.push(`${s.names[name]}: ${errorText(e)}.`);
    }
  }
  throw new Error(s.noBackend(failures.join(' ')));
}
