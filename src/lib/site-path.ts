/**
 * The site may live under a sub-path (Astro's `base`, e.g. `/cursoia/` on a project page of a static
 * host). Every site-absolute path the pages write goes through `withBase`, so a build for any base has
 * working links. `import.meta.env.BASE_URL` is Vite's: '/' by default, '/sub/' with `base: '/sub'`.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `withBase('/a/b/')` → `/a/b/` with the default base, `/sub/a/b/` under `/sub/`. Other URLs unchanged. */
export function withBase(path: string, base = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}
