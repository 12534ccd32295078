// @ts-check
/**
 * The site's Content-Security-Policy, computed from the built HTML. Scripts are strict: files from the
 * site itself and the exact inline scripts the build wrote (by SHA-256), no 'unsafe-inline', no eval;
 * 'wasm-unsafe-eval' lets WebAssembly compile (tfjs' WASM backend, Pagefind). Style elements are
 * strict too; style *attributes* are allowed (`style-src-attr`): KaTeX, Shiki and the charts position
 * and colour with them, and a style attribute cannot run code. Browsers without the -elem/-attr
 * directives fall back to `style-src`, which then allows inline styles. Nothing may load from another
 * host. The policy goes into every page as a <meta> (it travels with the files) and into `_headers` for
 * hosts that send headers (src/build/headers.mjs).
 */
import { createHash } from 'node:crypto';

/** JSON-LD and other data blocks are not run, so CSP does not govern them. */
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

/**
 * @param {string} text
 * @returns {string} a CSP source expression
 */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Hashes of the inline scripts and style elements of one page (in page order, no repeats).
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\bsrc\s*=/i.test(attrs) && !DATA_BLOCK.test(attrs))
    .map(([, , body = '']) => sha256(body));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => sha256(body));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The policy for a set of hashes, as `directive sources; …`.
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @returns {string}
 */
export function policy({ scripts, styles }) {
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scripts]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['style-src-elem', ["'self'", ...styles]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The page with its policy as the first element after <meta charset> (a meta policy only governs what
 * comes after it).
 * @param {string} html
 * @param {string} csp
 * @returns {string}
 */
export function withPolicyMeta(html, csp) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}">`;
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('La página no tiene <meta charset="utf-8">: no sé dónde poner su CSP');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
