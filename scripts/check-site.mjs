#!/usr/bin/env node
// @ts-check
/**
 * Checks a built site: every internal link, source and `#anchor` resolves inside the build (pages,
 * stylesheets' url()s, island code, canonical and social-card URLs, the sitemap), and every page is
 * valid HTML (html-validate). Part of `npm test`, after the build.
 *
 *   node scripts/check-site.mjs [dist=dist]
 *
 * The site's origin and base come from SITE_URL and SITE_BASE, as in astro.config.mjs.
 * Prints every problem and exits with 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { normalizeBase } from '../src/lib/base-path.mjs';
import { cssRefs, fileFor, htmlRefs, idsOf, pathOfFile, pngSize, resolveRef, sitemapLocs } from '../src/build/site-links.mjs';

const dist = process.argv[2] ?? 'dist';
const base = normalizeBase(process.env.SITE_BASE ?? '/');
const origin = new URL(base, process.env.SITE_URL ?? 'https://cursoia.example').href;

/**
 * html-validate's recommended rules, minus three that do not fit a site like this one:
 * - no-inline-style: KaTeX, Shiki and the charts position and colour with style attributes by design
 *   (the CSP allows style attributes, not style elements: src/build/csp.mjs);
 * - void-style: Astro writes `<meta …>` and Preact `<input …/>`; HTML accepts both;
 * - require-sri: every script and stylesheet comes from the site itself (CSP 'self'); SRI is for
 *   files from other hosts.
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: { 'no-inline-style': 'off', 'void-style': 'off', 'require-sri': 'off' },
  }),
);

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html'));

/** @type {string[]} */
const problems = [];
/** @type {Map<string, Set<string>>} */
const idCache = new Map();
const idsIn = (/** @type {string} */ file) => {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = idsOf(readFileSync(file, 'utf8'))));
  return ids;
};

/**
 * @param {string} from file relative to dist
 * @param {{ url: string, where: string }[]} refs
 */
function checkRefs(from, refs) {
  const fromPath = pathOfFile(from, base);
  for (const { url, where } of refs) {
    const target = resolveRef(url, fromPath, origin);
    if (!target) continue;
    const file = fileFor(dist, target.path, base);
    if (!file) {
      problems.push(`${from}: «${url}» (${where}) no existe en la build`);
      continue;
    }
    if (target.fragment && file.endsWith('.html') && !idsIn(file).has(target.fragment)) {
      problems.push(`${from}: «${url}»: la página no tiene id="${target.fragment}"`);
    }
  }
}

for (const page of pages) checkRefs(page, htmlRefs(readFileSync(join(dist, page), 'utf8')));
for (const css of files.filter((f) => f.endsWith('.css'))) checkRefs(css, cssRefs(readFileSync(join(dist, css), 'utf8')));
const sitemap = files.includes('sitemap.xml') ? readFileSync(join(dist, 'sitemap.xml'), 'utf8') : '';
if (!sitemap) problems.push('falta sitemap.xml');
checkRefs(
  'sitemap.xml',
  sitemapLocs(sitemap).map((url) => ({ url, where: 'sitemap' })),
);

// Social cards: the size the pages announce (src/content/social-image.ts).
for (const card of files.filter((f) => f.startsWith('og/'))) {
  const size = pngSize(readFileSync(join(dist, card)));
  if (size?.width !== 1200 || size.height !== 630) problems.push(`${card}: la tarjeta social debe ser un PNG de 1200×630`);
}

let invalid = 0;
for (const page of pages) {
  const report = await validator.validateFile(join(dist, page));
  for (const result of report.results) {
    for (const m of result.messages) {
      invalid++;
      problems.push(`${page}:${m.line}:${m.column}: ${m.message} [${m.ruleId}] ${m.selector ?? ''}`);
    }
  }
}

const links = pages.length + files.filter((f) => f.endsWith('.css')).length;
if (problems.length) {
  console.error(`check-site (${dist}, base ${base}): ${problems.length} problemas (${invalid} de HTML)\n`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `check-site (${dist}, base ${base}): ${pages.length} páginas válidas; enlaces de ${links} ficheros y del sitemap, todos resuelven`,
);
