// @ts-check
/**
 * What a static host does besides reading files, as plain functions (unit-tested), so that the local
 * server behaves like Netlify, Cloudflare Pages and other CDNs:
 *
 * - `_headers` (the Netlify / Cloudflare Pages format): a path pattern on its own line, then indented
 *   `Name: value` lines. `*` matches any run of characters (also `/`). Every matching rule applies, in
 *   file order; when two set the same header, the values are joined with «, » (as those hosts do, so
 *   never set one header in overlapping rules).
 * - Compression: brotli or gzip for text (and .wasm, which compresses ~3×), chosen from Accept-Encoding.
 */

/** @typedef {{ pattern: string, regex: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} pattern a path such as `/_astro/*`
 * @returns {RegExp}
 */
function patternRegex(pattern) {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/**
 * Parses a `_headers` file. Comments start with `#`; a header line before any path is an error.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      rules.push({ pattern, regex: patternRegex(pattern), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers, línea ${index + 1}: se esperaba «Nombre: valor» bajo una ruta`);
    rule.headers.push([/** @type {string} */ (match[1]), /** @type {string} */ (match[2]).trim()]);
  });
  return rules;
}

/**
 * The headers for one request path: every matching rule, values of the same header joined as hosts
 * join them. Keys are lower-case.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.regex.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** Content types a host compresses (text, and WebAssembly). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm|manifest\+json)|image\/svg\+xml)/;

/**
 * The encoding to send for a response: `br` when the client accepts it, else `gzip`, else none.
 * Honours `q=0` (refused). Files under 1 KB are not worth compressing.
 * @param {string | undefined} acceptEncoding
 * @param {string} contentType
 * @param {number} size
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(acceptEncoding, contentType, size) {
  if (size < 1024 || !COMPRESSIBLE.test(contentType)) return null;
  /** @type {Map<string, number>} */
  const accepted = new Map();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}
