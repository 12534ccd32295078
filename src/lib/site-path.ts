/**
 * The site may live under a sub-path (Astro's `base`, e.g. `/cursoia/` on a project page of a static
 * host). Every site-absolute path the pages and the worker write goes through `withBase`, so a build
 * for any base has working links. `import.meta.env.BASE_URL` is Vite's: '/' by default, '/sub/' with
 * `base: '/sub'`. The rule itself is in base-path.mjs, shared with the build.
 */
import { normalizeBase, underBase } from './base-path.mjs';

const BASE = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** `withBase('/a/b/')` → `/a/b/` with the default base, `/sub/a/b/` under `/sub/`. Other URLs unchanged. */
export function withBase(path: string, base = BASE): string {
  return underBase(path, base);
}

/** A page's path without the base, as a content id: `/sub/a/b/` → `a/b` under `/sub/`. */
export function pageIdOf(pathname: string, base = BASE): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return path.replace(/^\/+|\/+$/g, '');
}
