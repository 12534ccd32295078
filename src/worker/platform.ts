/** What the trainer host needs from its surroundings (a browser worker, or a Node test). */
import type { ActiveBackend, WebGLProbe } from './backend';
import type { BackendChoice, BackendName } from './protocol';

export interface HostPlatform {
  activate(choice: BackendChoice, opts: { forceFloat16: boolean; exclude: BackendName[] }): Promise<ActiveBackend>;
  loadDigits(url?: string): Promise<ArrayBuffer>;
  /** The WebGL probe of backend.ts (checked once per worker). */
  probeWebGL(): WebGLProbe;
  /** The browser and its logical cores, for remembering a measured backend per device. */
  device(): { userAgent: string; cores: number };
  /** Call `cb` if the active WebGL context is lost (no-op on other backends). */
  watchContextLoss(cb: () => void): void;
  /** Whether the active WebGL context is lost right now (false on other backends). */
  isContextLost(): boolean;
  /** Test hook: lose the WebGL context now (WEBGL_lose_context). */
  loseContext(): void;
  now(): number;
  /** Let pending messages in (a macrotask). */
  yieldToEvents(): Promise<void>;
  close(): void;
}
