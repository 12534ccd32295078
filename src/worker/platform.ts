/** What the trainer host needs from its surroundings (a browser worker, or a Node test). */
import type { ActiveBackend } from './backend';
import type { BackendChoice, BackendName } from './protocol';

export interface HostPlatform {
  activate(choice: BackendChoice, opts: { forceFloat16: boolean; exclude: BackendName[] }): Promise<ActiveBackend>;
  loadDigits(url?: string): Promise<ArrayBuffer>;
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
