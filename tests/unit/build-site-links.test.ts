import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitemapLocs, cssNeeds, cssRefs, fileFor, htmlRefs, idsOf, pathOfFile, pngSize, resolveRef } from '~/build/site-links.mjs';

describe('site links', () => {
  it('finds links, sources, island code and social-card URLs in a page, not other meta content', () => {
    const html = `<a href="/a/#x">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x" alt="">
      <astro-island component-url="/_astro/C.js" renderer-url="/_astro/r.js"></astro-island>
      <meta property="og:image" content="https://s.org/og/a.png"><meta name="description" content="/no/es/un/enlace">
      <a href="?demo=x&amp;lr=1#demo-x">s</a>`;
    expect(htmlRefs(html).map((r) => r.url)).toEqual([
      '/a/#x',
      '/i.png',
      '/i1.png',
      '/i2.png',
      '/_astro/C.js',
      '/_astro/r.js',
      'https://s.org/og/a.png',
      '?demo=x&lr=1#demo-x',
    ]);
  });

  it('finds url()s in CSS but data: URLs', () => {
    expect(cssRefs('a{src:url(/f.woff2) format("woff2"),url("./g.woff");b:url(data:x)}').map((r) => r.url)).toEqual([
      '/f.woff2',
      './g.woff',
    ]);
  });

  it('takes one format per font, the first of its src list', () => {
    const css =
      '@font-face{font-family:A;src:url(/a.woff2) format("woff2"),url(/a.woff) format("woff"),url(/a.ttf)}p{background:url(/b.png)}';
    expect(cssNeeds(css).map((r) => r.url)).toEqual(['/a.woff2', '/b.png']);
  });

  it('reads the URLs a sitemap lists', () => {
    expect(
      sitemapLocs(
        '<urlset><url><loc>https://s.org/a/</loc></url><url><loc>https://s.org/b/</loc><lastmod>2026-01-01</lastmod></url></urlset>',
      ),
    ).toEqual(['https://s.org/a/', 'https://s.org/b/']);
  });

  it('collects ids and names', () => {
    expect([...idsOf('<h2 id="motivacion"></h2><a name="ref-1"></a><p class="id">')]).toEqual(['motivacion', 'ref-1']);
  });

  it.each([
    ['/a/b/', '/cursoia/x/', 'https://s.org/cursoia/', { path: '/a/b/', fragment: '' }],
    ['#sec', '/cursoia/x/', 'https://s.org/cursoia/', { path: '/cursoia/x/', fragment: 'sec' }],
    ['?demo=y#demo-y', '/x/', 'https://s.org/', { path: '/x/', fragment: 'demo-y' }],
    ['../f.woff2', '/cursoia/_astro/c.css', 'https://s.org/cursoia/', { path: '/cursoia/f.woff2', fragment: '' }],
    ['https://s.org/cursoia/og/a.png', '/cursoia/', 'https://s.org/cursoia/', { path: '/cursoia/og/a.png', fragment: '' }],
    ['https://other.org/', '/', 'https://s.org/', null],
    ['mailto:a@b.c', '/', 'https://s.org/', null],
  ])('resolves %s from %s', (url, from, origin, expected) => {
    expect(resolveRef(url, from, origin)).toEqual(expected);
  });

  it('maps URL paths to files as a static host does, inside the base only', () => {
    const dist = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'a', 'index.html'), '');
    writeFileSync(join(dist, 'index.html'), '');
    writeFileSync(join(dist, 'f.css'), '');
    expect(fileFor(dist, '/sub/a/', '/sub/')).toBe(join(dist, 'a', 'index.html'));
    expect(fileFor(dist, '/sub/a', '/sub/')).toBe(join(dist, 'a', 'index.html'));
    expect(fileFor(dist, '/sub/', '/sub/')).toBe(join(dist, 'index.html'));
    expect(fileFor(dist, '/sub/f.css', '/sub/')).toBe(join(dist, 'f.css'));
    expect(fileFor(dist, '/a/', '/sub/')).toBeNull();
    expect(fileFor(dist, '/sub/b/', '/sub/')).toBeNull();
    expect(pathOfFile('a/index.html', '/sub/')).toBe('/sub/a/');
    expect(pathOfFile('index.html', '/')).toBe('/');
    expect(pathOfFile('_astro/c.css', '/')).toBe('/_astro/c.css');
  });

  it('reads a PNG size', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1200);
    new DataView(png.buffer).setUint32(20, 630);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new Uint8Array(24))).toBeNull();
  });
});
