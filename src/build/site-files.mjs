// @ts-check
/**
 * Astro integration: what the build does to the finished site, in order, once every page is written.
 * 1. Astro puts `<style>astro-island,…{display:contents}</style>` before a page's first island, which can
 *    be inside a <figure> (not allowed there). The rule lives in global.css instead; the copy goes.
 * 2. Each page gets its Content-Security-Policy as a <meta> (src/build/csp.mjs).
 * 3. `_headers` for hosts that read it, with the policy of all pages (src/build/headers.mjs).
 * 4. The search index: Pagefind over the lessons (the parts marked `data-pagefind-body`), in Spanish,
 *    into `pagefind/` (read by src/components/search-client.ts).
 * 5. The service worker, `sw.js`: src/build/sw-template.js with the precache manifest of this build
 *    (src/build/precache.mjs).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineHashes, policy, withPolicyMeta } from './csp.mjs';
import { headersFile } from './headers.mjs';
import * as pagefind from 'pagefind';
import { precacheManifest } from './precache.mjs';
import { pathOfFile } from './site-links.mjs';
import { normalizeBase } from '../lib/base-path.mjs';

export const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/**
 * @param {string} dir
 * @returns {Promise<string[]>} every .html file below dir
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * @param {string} root the build folder
 * @param {import('astro').AstroIntegrationLogger} logger
 */
async function searchIndex(root, logger) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'es' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`búsqueda: ${added.page_count} páginas indexadas (Pagefind)`);
}

/** The placeholder manifest of sw-template.js, up to the end of its statement. */
const MARKER = /\/\*__PRECACHE__\*\/[^;]*;/;

/**
 * @param {string} root the build folder
 * @param {string} base
 * @param {string[]} files the pages, as paths in root
 * @param {string} origin the site's origin and base
 */
async function serviceWorker(root, base, files, origin) {
  const pages = files.map((f) => pathOfFile(relative(root, f).split(sep).join('/'), base));
  const manifest = { base, ...precacheManifest(root, base, pages, origin) };
  const template = await readFile(new URL('./sw-template.js', import.meta.url), 'utf8');
  if (!MARKER.test(template)) throw new Error('sw-template.js no tiene la marca /*__PRECACHE__*/');
  await writeFile(
    join(root, 'sw.js'),
    template.replace(MARKER, () => `${JSON.stringify(manifest)};`),
  );
  return manifest;
}

/** @returns {import('astro').AstroIntegration} */
export default function siteFiles() {
  let base = '/';
  let origin = '';
  return {
    name: 'cursoia:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        origin = new URL(base, config.site ?? 'http://localhost/').href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set();
        const styles = new Set();
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = (await readFile(file, 'utf8')).replace(ISLAND_STYLE, '');
          const hashes = inlineHashes(html);
          hashes.scripts.forEach((h) => scripts.add(h));
          hashes.styles.forEach((h) => styles.add(h));
          await writeFile(file, withPolicyMeta(html, policy(hashes)));
        }
        const csp = policy({ scripts: [...scripts], styles: [...styles] });
        await writeFile(join(root, '_headers'), headersFile({ base, csp }));
        logger.info(`CSP en ${files.length} páginas (${scripts.size} scripts en línea), _headers escrito`);
        await searchIndex(root, logger);
        const manifest = await serviceWorker(root, base, files, origin);
        const kept = Object.values(manifest.pages).reduce((n, p) => n + p.length, 0);
        logger.info(
          `sw.js ${manifest.version}: ${manifest.shell.length} ficheros base, ${kept} más repartidos en ${Object.keys(manifest.pages).length} páginas`,
        );
      },
    },
  };
}
