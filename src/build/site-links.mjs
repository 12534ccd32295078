// @ts-check
/**
 * The links of a built site, as plain functions (unit-tested): which URLs a page, stylesheet or script
 * refers to, which ids a page has, and whether a URL resolves inside the build folder.
 * scripts/check-site.mjs checks them over the whole of `dist/`; src/build/precache.mjs follows them
 * to find what a page needs offline.
 */
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** @typedef {{ url: string, where: string }} Ref */
/** @typedef {Ref & { tag: string, attr: string, rel: string }} HtmlRef */

const ATTRS = /\s(href|src|srcset|component-url|renderer-url|content)="([^"]*)"/g;
const META_URL = /<meta\s+[^>]*(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]*>/;

/** @param {string} text */
const decode = (text) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * URLs an HTML page refers to: links, sources, island code, canonical and social-card URLs, each with
 * its element's name, attribute and `rel`.
 * @param {string} html
 * @returns {HtmlRef[]}
 */
export function htmlRefs(html) {
  /** @type {HtmlRef[]} */
  const refs = [];
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const isMeta = tag[0].startsWith('<meta');
    const name = /^<([a-zA-Z][\w-]*)/.exec(tag[0])?.[1]?.toLowerCase() ?? '';
    const rel = /\srel="([^"]*)"/.exec(tag[0])?.[1] ?? '';
    for (const [, attr, raw = ''] of tag[0].matchAll(ATTRS)) {
      if (attr === 'content' && !(isMeta && META_URL.test(tag[0]))) continue;
      const value = decode(raw);
      const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (url) refs.push({ url, where: `${attr} en ${tag[0].slice(0, 60)}`, tag: name, attr: attr ?? '', rel });
    }
  }
  return refs;
}

/**
 * URLs a stylesheet refers to (`url(...)`, data: URLs excepted).
 * @param {string} css
 * @returns {Ref[]}
 */
export function cssRefs(css) {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((url) => !url.startsWith('data:'))
    .map((url) => ({ url, where: 'url() en CSS' }));
}

/**
 * The files a stylesheet makes a browser load: every url() except that of a font's `src` list only
 * the first (the best format, woff2 here; browsers that take it never fetch the fallbacks).
 * @param {string} css
 * @returns {Ref[]}
 */
export function cssNeeds(css) {
  const fallbacks = new Set(
    [...css.matchAll(/\bsrc\s*:([^;}]*)/g)].flatMap(([, list = '']) =>
      cssRefs(list)
        .slice(1)
        .map((r) => r.url),
    ),
  );
  return cssRefs(css).filter((r) => !fallbacks.has(r.url));
}

/**
 * The page URLs a sitemap lists (`<loc>`), as written.
 * @param {string} xml
 * @returns {string[]}
 */
export function sitemapLocs(xml) {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * The ids (and `<a name>`s) of a page: where its `#fragments` can point.
 * @param {string} html
 * @returns {Set<string>}
 */
export function idsOf(html) {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

/**
 * Where a reference points inside the site, or null when it leaves the site (another host, mailto:).
 * Relative URLs resolve against the referring file's URL path.
 * @param {string} url the reference as written
 * @param {string} fromPath URL path of the referring file, e.g. `/cursoia/a/b/` or `/cursoia/_astro/x.css`
 * @param {string} origin the site's origin and base, e.g. `https://cursoia.example/cursoia/`
 * @returns {{ path: string, fragment: string } | null}
 */
export function resolveRef(url, fromPath, origin) {
  const siteUrl = new URL(origin);
  let target;
  try {
    target = new URL(url, new URL(fromPath, siteUrl));
  } catch {
    return { path: url, fragment: '' };
  }
  if (target.origin !== siteUrl.origin || !/^https?:$/.test(target.protocol)) return null;
  return { path: decodeURIComponent(target.pathname), fragment: decodeURIComponent(target.hash.slice(1)) };
}

/**
 * The file a URL path is served from, like a static host: `/a/` → `a/index.html`, `/a` → `a` (or
 * `a/index.html` when it is a folder). Null when the path is outside the base or nothing is there.
 * @param {string} dist
 * @param {string} path URL path
 * @param {string} base e.g. '/' or '/cursoia/'
 * @returns {string | null}
 */
export function fileFor(dist, path, base) {
  if (!path.startsWith(base)) return null;
  const rel = path.slice(base.length);
  const file = join(dist, ...rel.split('/').filter(Boolean));
  const candidates = rel === '' || rel.endsWith('/') ? [join(file, 'index.html')] : [file, join(file, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * URL path of a file of the build, under the base: `a/index.html` → `/base/a/`.
 * @param {string} rel file path relative to dist, with `/`
 * @param {string} base
 */
export function pathOfFile(rel, base) {
  return posix.join(base, rel.replace(/(^|\/)index\.html$/, '$1'));
}

/**
 * Width and height of a PNG, from its IHDR chunk; null when the bytes are not a PNG.
 * @param {Uint8Array} bytes
 * @returns {{ width: number, height: number } | null}
 */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Files a built JS chunk refers to by name: its imports (static and dynamic), `new URL('…',
 * import.meta.url)` (the worker, .wasm files) and site paths in strings (`data/digits.bin`). Returns the
 * literal strings; `jsTargets` resolves them.
 * @param {string} code
 * @returns {string[]}
 */
export function jsRefs(code) {
  return [...code.matchAll(/["'`]([\w@./-]+\.(?:m?js|wasm|css|woff2?|bin|json))["'`]/g)].map((m) => m[1] ?? '');
}

/**
 * The site paths a chunk's references may mean: relative to the chunk (`./x.js`), site-absolute
 * (`/cursoia/_astro/x.js`), or relative to the base (`data/digits.bin`, as the worker fetches it).
 * @param {string} ref
 * @param {string} chunkPath URL path of the chunk
 * @param {string} base
 * @returns {string[]}
 */
export function jsTargets(ref, chunkPath, base) {
  if (ref.startsWith('./') || ref.startsWith('../')) return [posix.join(posix.dirname(chunkPath), ref)];
  if (ref.startsWith('/')) return [ref];
  return [posix.join(base, ref), posix.join(posix.dirname(chunkPath), ref)];
}
