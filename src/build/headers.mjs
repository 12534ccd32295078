// @ts-check
/**
 * The HTTP headers the site wants from its host, written to `dist/_headers` (the format Netlify and
 * Cloudflare Pages read; scripts/serve-static.mjs applies it too, so the preview and the e2e suite get
 * the same). README, «Publicar», says how to set them on other hosts.
 *
 * Hosts join the values of a header set by two matching rules, so no header appears in two rules
 * whose paths overlap. HTML gets no Cache-Control here: those hosts already make browsers revalidate
 * it, and so does serve-static.
 */

/**
 * @param {{ base: string, csp: string }} site `base` with a trailing slash; `csp` the policy of every page
 * @returns {string} the `_headers` file
 */
export function headersFile({ base, csp }) {
  /** @type {[string, [string, string][]][]} */
  const rules = [
    [
      `${base}*`,
      [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
      ],
    ],
    // Vite puts a hash of the content in these names: a new deploy gets new names.
    [`${base}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]],
    // The service worker must be re-fetched on every check, or readers keep an old version.
    [`${base}sw.js`, [['Cache-Control', 'no-cache']]],
  ];
  const body = rules.map(([path, headers]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generado por la build (src/build/headers.mjs): no lo edites a mano.\n${body.join('\n')}\n`;
}
