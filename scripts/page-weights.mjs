// @ts-check
/**
 * Weight of one built page: its HTML, the CSS it links, the JS it runs at load (module scripts and
 * their static imports), and, apart, the JS loaded later (islands, dynamic imports) and the font
 * files its CSS may fetch. Raw bytes and gzip (zlib default level 6), from the build output.
 *
 *   node scripts/page-weights.mjs [dist=dist] [page=/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/]
 *
 * Prints a Markdown table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const page = process.argv[3] ?? '/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/';

/** @param {string} url a site path like /_astro/x.js */
const fileOf = (url) => join(dist, decodeURI(url.split(/[?#]/)[0] ?? ''));

/** @param {Buffer | string} data */
const sizes = (data) => ({ raw: Buffer.byteLength(data), gzip: gzipSync(data).length });

/** @param {string} html @param {RegExp} re */
const all = (html, re) => [...html.matchAll(re)].map((m) => m[1] ?? '');

const htmlFile = fileOf(page.endsWith('/') ? `${page}index.html` : page);
if (!existsSync(htmlFile)) {
  console.error(`No existe ${htmlFile}: ¿has construido el sitio en ${dist}?`);
  process.exit(1);
}
const html = readFileSync(htmlFile, 'utf8');

const cssUrls = all(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
const inlineCss = all(html, /<style[^>]*>([\s\S]*?)<\/style>/g).join('');
const entryJs = all(html, /<script[^>]+type="module"[^>]*src="([^"]+)"/g);
const inlineJs = all(html, /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join('');
const islandJs = all(html, /(?:component-url|renderer-url)="([^"]+)"/g);

/**
 * A JS file and everything it imports, split into what loads now (static) and later (dynamic).
 * @param {string[]} entries
 * @param {Set<string>} seen
 * @param {Set<string>} later
 */
function walkJs(entries, seen, later) {
  for (const url of entries) {
    if (seen.has(url) || !existsSync(fileOf(url))) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    const base = posix.dirname(url);
    const resolve = (/** @type {string} */ spec) => (spec.startsWith('.') ? posix.join(base, spec) : spec);
    const statics = all(code, /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g);
    const dynamics = all(code, /\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g);
    walkJs(statics.map(resolve), seen, later);
    for (const spec of dynamics) later.add(resolve(spec));
  }
}

const nowJs = new Set();
const laterJs = new Set();
walkJs(entryJs, nowJs, laterJs);
const laterSeen = new Set();
walkJs([...islandJs, ...laterJs].filter((u) => !nowJs.has(u)), laterSeen, new Set());
for (const url of nowJs) laterSeen.delete(url);

/** @param {Iterable<string>} urls */
const sumFiles = (urls) => {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const s = sizes(readFileSync(fileOf(url)));
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
};

const fontUrls = new Set();
for (const url of cssUrls) {
  const css = readFileSync(fileOf(url), 'utf8');
  for (const font of all(css, /url\(["']?([^"')]+\.woff2)["']?\)/g)) {
    fontUrls.add(font.startsWith('/') ? font : posix.join(posix.dirname(url), font));
  }
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['HTML (con CSS y JS en línea)', sizes(html), '1'],
  ['  · de ello, CSS en línea', sizes(inlineCss), '—'],
  ['  · de ello, JS en línea', sizes(inlineJs), '—'],
  ['CSS enlazado', sumFiles(cssUrls), String(cssUrls.length)],
  ['JS al cargar (módulos + imports estáticos)', sumFiles(nowJs), String(nowJs.size)],
  ['JS diferido (islas, imports dinámicos)', sumFiles(laterSeen), String(laterSeen.size)],
  ['Fuentes woff2 declaradas por el CSS (el navegador pide solo las que usa)', sumFiles(fontUrls), String(fontUrls.size)],
];

console.log(`Página: ${page} (carpeta ${dirname(htmlFile)})\n`);
console.log('| recurso | archivos | bruto | gzip |');
console.log('|---|---:|---:|---:|');
for (const [name, s, files] of rows) {
  const { raw, gzip } = /** @type {{ raw: number, gzip: number }} */ (s);
  console.log(`| ${name} | ${files} | ${kb(raw)} | ${kb(gzip)} |`);
}
const first = [rows[0], rows[3], rows[4]].reduce(
  (acc, row) => {
    const s = /** @type {{ raw: number, gzip: number }} */ (row?.[1]);
    return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip };
  },
  { raw: 0, gzip: 0 },
);
console.log(`| **total al cargar (HTML + CSS + JS, sin fuentes)** | | **${kb(first.raw)}** | **${kb(first.gzip)}** |`);
