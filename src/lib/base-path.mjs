// @ts-check
/**
 * The site's base path (Astro's `base`: '/' or a sub-path such as '/cursoia/') and site-absolute paths
 * under it. Plain JavaScript, so the build (astro.config.mjs, src/build, src/markdown), the scripts
 * and the pages (through src/lib/site-path.ts) share one definition.
 */

/**
 * A base as a path with a slash at both ends: '' → '/', 'cursoia' and '/cursoia' → '/cursoia/'.
 * @param {string} base
 * @returns {string}
 */
export function normalizeBase(base) {
  return base.replace(/^\/?/, '/').replace(/\/?$/, '/');
}

/**
 * A site-absolute path under the base: `/a/b/` → `/cursoia/a/b/`. Other URLs (relative, `#x`,
 * `//host/…`, `https:…`) unchanged.
 * @param {string} path
 * @param {string} base
 * @returns {string}
 */
export function underBase(path, base) {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${normalizeBase(base)}${path.slice(1)}`;
}
