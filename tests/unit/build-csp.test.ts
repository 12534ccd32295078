import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, policy, sha256, withPolicyMeta } from '~/build/csp.mjs';
import { headersFile } from '~/build/headers.mjs';
import { ISLAND_STYLE } from '~/build/site-files.mjs';
import { headersFor, parseHeadersFile } from '../../scripts/static-host.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a = 1;</script><script type="module" src="/_astro/x.js"></script>
<script type="application/ld+json">{"@type":"Course"}</script>
<style>p{color:red}</style></head><body><script type="module">import "/b.js";</script><script>var a = 1;</script></body></html>`;

describe('CSP', () => {
  it('hashes each inline script and style element once, not external scripts or JSON-LD', () => {
    expect(inlineHashes(PAGE)).toEqual({ scripts: [hash('var a = 1;'), hash('import "/b.js";')], styles: [hash('p{color:red}')] });
    expect(sha256('x')).toBe(hash('x'));
  });

  it('allows no inline script but the hashed ones, no eval, nothing from other hosts', () => {
    const csp = policy({ scripts: ["'sha256-A'"], styles: ["'sha256-B'"] });
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-A'"]);
    expect(directives['style-src-elem']).toEqual(["'self'", "'sha256-B'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/\s'unsafe-eval'|https?:|\*/);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });

  it('goes right after <meta charset>, before anything it governs', () => {
    const out = withPolicyMeta(PAGE, `script-src 'self' "x"`);
    expect(out).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self' &quot;x&quot;"><title>`,
    );
    expect(() => withPolicyMeta('<html><head></head></html>', 'x')).toThrow(/charset/);
  });

  it('recognises the style element Astro writes before the first island', () => {
    const html = '<figure><style>astro-island,astro-slot,astro-static-slot{display:contents}</style><astro-island>';
    expect(html.replace(ISLAND_STYLE, '')).toBe('<figure><astro-island>');
  });
});

describe('_headers', () => {
  it.each(['/', '/cursoia/'])('under base %s: the CSP everywhere, hashed assets cached for a year, the service worker never', (base) => {
    const rules = parseHeadersFile(headersFile({ base, csp: "default-src 'self'" }));
    const page = headersFor(rules, `${base}optimizacion-de-redes-neuronales/`);
    expect(page['content-security-policy']).toBe("default-src 'self'");
    expect(page['cache-control']).toBeUndefined();
    expect(headersFor(rules, `${base}_astro/a.B1.js`)['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, `${base}sw.js`)['cache-control']).toBe('no-cache');
    // No header is set by two rules that match one path (hosts would join the values).
    for (const path of [`${base}_astro/a.js`, `${base}sw.js`, base]) {
      const names = rules.filter((r) => r.regex.test(path)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
