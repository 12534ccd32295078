import { describe, expect, it } from 'vitest';
import compileHints, { COMPILE_HINT } from '~/build/compile-hints.mjs';

type Handler = (options: unknown, bundle: Record<string, { type: string; code?: string; source?: string }>) => void;

/** Runs the plugin's generateBundle over a fake bundle and returns it. */
function run(bundle: Record<string, { type: string; code?: string; source?: string }>) {
  const hook = compileHints().generateBundle as unknown as { order: string; handler: Handler };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
  return bundle;
}

describe('compile-hints', () => {
  it('opens every page chunk with the hint, after what Vite put at its head', () => {
    const out = run({
      'a.js': { type: 'chunk', code: 'const __vite__mapDeps=0;export{}' },
      'b.js': { type: 'chunk', code: 'export const b=1' },
    });
    expect(out['a.js'].code).toBe(`${COMPILE_HINT}const __vite__mapDeps=0;export{}`);
    expect(out['b.js'].code?.startsWith(COMPILE_HINT)).toBe(true);
  });

  it('moves a hint that is not first to the top, once, and leaves assets alone', () => {
    const out = run({ 'a.js': { type: 'chunk', code: `x();\n${COMPILE_HINT}y()` }, 'w.js': { type: 'asset', source: 'self.onmessage=0' } });
    expect(out['a.js'].code).toBe(`${COMPILE_HINT}x();\ny()`);
    expect(out['w.js'].source).toBe('self.onmessage=0');
  });

  it('runs only in the client build', () => {
    const plugin = compileHints() as unknown as { apply: string; applyToEnvironment: (env: { name: string }) => boolean };
    expect(plugin.apply).toBe('build');
    expect(plugin.applyToEnvironment({ name: 'client' })).toBe(true);
    expect(plugin.applyToEnvironment({ name: 'ssr' })).toBe(false);
  });
});
