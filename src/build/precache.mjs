// @ts-check
/**
 * What the service worker keeps for offline reading, computed from the build: for each page, every
 * file it needs (stylesheets and their fonts, scripts, island code and everything those import or
 * fetch by name, down to the training worker, each tfjs backend and the .wasm binaries and the
 * dataset), and the shell every page shares. The service worker (src/build/sw-template.js) caches the
 * shell when it installs and a page's files when the reader opens that page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cssNeeds, fileFor, htmlRefs, jsRefs, jsTargets, resolveRef } from './site-links.mjs';

/**
 * @typedef {{ version: string, shell: string[], pages: Record<string, string[]> }} Precache
 */

/**
 * Files the code names but a reader's browser never loads: tfjs' threaded WASM needs cross-origin
 * isolation, which this site does not ask for (tfjs then picks the SIMD or the plain binary).
 */
const NEVER_LOADED = /tfjs-backend-wasm-threaded-simd/;

/** @param {import('./site-links.mjs').HtmlRef} ref */
const isNeed = (ref) =>
  ref.tag === 'script' ||
  ref.tag === 'img' ||
  ref.tag === 'astro-island' ||
  (ref.tag === 'link' && /\b(stylesheet|icon|modulepreload|preload)\b/.test(ref.rel));

/**
 * Every file a page needs, as URL paths (the page itself first), following stylesheets (one format
 * per font) and scripts.
 * @param {string} dist
 * @param {string} base e.g. '/' or '/cursoia/'
 * @param {string} pagePath URL path of the page
 * @param {string} origin site origin and base (absolute URLs on it count as the site's)
 * @returns {string[]}
 */
export function pageNeeds(dist, base, pagePath, origin) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} path */
  const visit = (path) => {
    if (seen.has(path) || NEVER_LOADED.test(path)) return;
    const file = fileFor(dist, path, base);
    if (!file) return;
    seen.add(path);
    const text = /\.(html|css|m?js)$/.test(file) ? readFileSync(file, 'utf8') : '';
    if (file.endsWith('.html')) {
      // What renders the page; links to other pages are not needs (their own visit caches them).
      for (const ref of htmlRefs(text).filter(isNeed)) {
        const target = resolveRef(ref.url, path, origin);
        if (target) visit(target.path);
      }
    } else if (file.endsWith('.css')) {
      for (const { url } of cssNeeds(text)) {
        const target = resolveRef(url, path, origin);
        if (target) visit(target.path);
      }
    } else if (/\.m?js$/.test(file)) {
      for (const ref of jsRefs(text)) for (const target of jsTargets(ref, path, base)) visit(target);
    }
  };
  visit(pagePath);
  return [...seen];
}

/**
 * The precache manifest of a build: the shell (home page, 404 page and what they need) and, for every
 * other page, what it needs beyond the shell. `version` changes whenever any listed file does, so a
 * new deploy installs a new service worker.
 * @param {string} dist
 * @param {string} base
 * @param {string[]} pagePaths URL paths of every page
 * @param {string} origin
 * @returns {Precache}
 */
export function precacheManifest(dist, base, pagePaths, origin) {
  const notFound = `${base}404.html`;
  const shell = [...new Set([...pageNeeds(dist, base, base, origin), ...pageNeeds(dist, base, notFound, origin)])];
  const inShell = new Set(shell);
  /** @type {Record<string, string[]>} */
  const pages = {};
  for (const path of pagePaths) {
    if (path === base || path === notFound) continue;
    pages[path] = pageNeeds(dist, base, path, origin).filter((p) => !inShell.has(p));
  }
  const hash = createHash('sha256');
  const all = [...new Set([...shell, ...Object.values(pages).flat()])].sort();
  for (const path of all) hash.update(path).update(readFileSync(/** @type {string} */ (fileFor(dist, path, base))));
  return { version: hash.digest('hex').slice(0, 12), shell, pages };
}
