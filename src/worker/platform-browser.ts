/**
 * The worker's platform in a browser: backends loaded on demand with dynamic import() (only the one
 * in use is ever fetched), the WebGL probe, lost-context detection, the digits file, and yielding.
 */
import * as tf from '@tensorflow/tfjs-core';
import { DIGITS_PATH } from '../lib/datasets';
import { withBase } from '../lib/site-path';
import { activateBackend, type BackendLoaders, type WebGLProbe } from './backend';
import type { HostPlatform } from './host';
import type { BackendName } from './protocol';

interface WebGLBackendLike {
  gpgpu?: { gl?: WebGL2RenderingContext };
}

function activeGL(): WebGL2RenderingContext | null {
  const b = tf.getBackend() === 'webgl' ? (tf.backend() as unknown as WebGLBackendLike) : null;
  return b?.gpgpu?.gl ?? null;
}

/** Renderers that emulate a GPU on the CPU: there WASM is several times faster than WebGL. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** WebGL 2 on real hardware (no major performance caveat, no software renderer), and float32 render targets. */
function probeOnce(): WebGLProbe {
  const none = { webgl2: false, float32: false, renderer: '' };
  try {
    if (typeof OffscreenCanvas === 'undefined') return none;
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2', { failIfMajorPerformanceCaveat: true }) as WebGL2RenderingContext | null;
    if (!gl) return none;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    const float32 = gl.getExtension('EXT_color_buffer_float') !== null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: !SOFTWARE_RENDERER.test(renderer), float32, renderer };
  } catch {
    return none;
  }
}

let probed: WebGLProbe | null = null;
const probeWebGL = (): WebGLProbe => (probed ??= probeOnce());

async function load(name: BackendName, opts: { forceFloat16: boolean }): Promise<boolean> {
  if (name === 'webgl') {
    await import('@tensorflow/tfjs-backend-webgl');
    // The reader asked for WebGL explicitly (auto never gets here with a software renderer): allow it.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    tf.env().set('WEBGL_FORCE_F16_TEXTURES', opts.forceFloat16);
  } else if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const { wasmPaths } = await import('./wasm-paths');
    wasm.setWasmPaths(wasmPaths);
    // Threads need cross-origin isolation and gave no gain for these sizes (DESIGN.md §3).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  } else {
    await import('@tensorflow/tfjs-backend-cpu');
    const { installFastCpuKernels } = await import('../engine/cpu-kernels');
    installFastCpuKernels();
  }
  const ok = await tf.setBackend(name);
  await tf.ready();
  return ok && tf.getBackend() === name;
}

const loaders: BackendLoaders = {
  probeWebGL,
  load,
  webglFloat32: () => tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED'),
};

/** Yield a macrotask without setTimeout's 4 ms clamp. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export function browserPlatform(close: () => void): HostPlatform {
  tf.env().set('PROD', true); // skips tfjs' debug-only checks
  return {
    activate: (choice, opts) => activateBackend(choice, loaders, opts),
    probeWebGL,
    device: () => ({ userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency ?? 0 }),
    async loadDigits(url) {
      const res = await fetch(url ?? new URL(withBase(`/${DIGITS_PATH}`), self.location.origin).href);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.arrayBuffer();
    },
    watchContextLoss(cb) {
      const canvas = activeGL()?.canvas as OffscreenCanvas | HTMLCanvasElement | undefined;
      canvas?.addEventListener('webglcontextlost', () => cb(), { once: true });
    },
    isContextLost: () => activeGL()?.isContextLost() ?? false,
    loseContext() {
      activeGL()?.getExtension('WEBGL_lose_context')?.loseContext();
    },
    now: () => performance.now(),
    yieldToEvents,
    close,
  };
}
