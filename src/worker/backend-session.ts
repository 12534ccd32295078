/**
 * The backend the worker computes on: started on demand through the platform (which applies the
 * policy of backend.ts), kept while the reader's choice stays the same, and never WebGL again once a
 * WebGL context was lost on this page.
 */
import type { ActiveBackend } from './backend';
import type { HostPlatform } from './platform';
import type { BackendChoice, BackendName, StartOptions } from './protocol';
import { workerStrings as s } from './strings';

export class BackendSession {
  private active: ActiveBackend | null = null;
  private key = '';
  private webglLost = false;

  constructor(
    private readonly platform: HostPlatform,
    /** Called when the WebGL context of the active backend is lost. */
    private readonly onContextLoss: () => void,
  ) {}

  /** The backend in use (CPU until one has started). */
  get name(): BackendName {
    return this.active?.name ?? 'cpu';
  }

  /** The backend for `choice`: the one running if the choice is unchanged, else a fresh start. */
  async ensure(choice: BackendChoice, options: StartOptions): Promise<ActiveBackend> {
    const key = `${choice}|${options.forceFloat16 === true}`;
    if (this.active && this.key === key) return this.active;
    const exclude = this.excluded();
    const active = await this.platform.activate(choice, { forceFloat16: options.forceFloat16 === true, exclude });
    if (this.webglLost && choice === 'webgl') active.fallbackReason = s.webglLostBefore;
    this.active = active;
    this.key = key;
    if (active.name === 'webgl') this.platform.watchContextLoss(this.onContextLoss);
    return active;
  }

  /** Backends this session will not start again (WebGL after a lost context). */
  excluded(): BackendName[] {
    return this.webglLost ? ['webgl'] : [];
  }

  /** WebGL's context is gone (or WebGL failed): drop it, and exclude WebGL from now on. */
  dropWebGL(): void {
    this.webglLost = true;
    this.active = null;
  }
}
