import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageNeeds, precacheManifest } from '~/build/precache.mjs';

/** A tiny build: a home page, a 404, a lesson with an island whose code loads a worker, a backend, WASM and data. */
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'precache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const shellHead =
  '<link rel="stylesheet" href="/_astro/base.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/head.js"></script>';
const FILES = {
  'index.html': `${shellHead}<a href="/leccion/">lección</a>`,
  '404.html': shellHead,
  'leccion/index.html': `${shellHead}<link rel="stylesheet" href="/_astro/katex.css"><link rel="canonical" href="https://s.org/leccion/">
    <astro-island component-url="/_astro/Demo.js" renderer-url="/_astro/client.js"></astro-island><a href="/">inicio</a>`,
  '_astro/base.css': 'body{}',
  '_astro/katex.css': '@font-face{src:url(/_astro/KaTeX.woff2)}',
  '_astro/KaTeX.woff2': 'font',
  '_astro/head.js': 'export{}',
  '_astro/Demo.js': 'import{h}from"./preact.js";const w=new URL(`/_astro/worker.js`,import.meta.url);',
  '_astro/preact.js': 'export const h=1',
  '_astro/client.js': 'import"./preact.js"',
  '_astro/worker.js': 'import(`./host.js`)',
  '_astro/host.js': 'fetch(base+`data/digits.bin`);import(`./wasm.js`)',
  '_astro/wasm.js': 'const a=`/_astro/tfjs-backend-wasm-simd-X.wasm`,b=`/_astro/tfjs-backend-wasm-threaded-simd-Y.wasm`',
  '_astro/tfjs-backend-wasm-simd-X.wasm': 'wasm',
  '_astro/tfjs-backend-wasm-threaded-simd-Y.wasm': 'wasm',
  'data/digits.bin': 'data',
  'favicon.svg': '<svg/>',
};

describe('precache', () => {
  const origin = 'https://s.org/';

  it('follows a page down to the worker, the backends, the .wasm it can load and the dataset, not to linked pages', () => {
    const needs = pageNeeds(site(FILES), '/', '/leccion/', origin);
    expect(needs.sort()).toEqual(
      [
        '/leccion/',
        '/_astro/base.css',
        '/favicon.svg',
        '/_astro/head.js',
        '/_astro/katex.css',
        '/_astro/KaTeX.woff2',
        '/_astro/Demo.js',
        '/_astro/preact.js',
        '/_astro/worker.js',
        '/_astro/host.js',
        '/data/digits.bin',
        '/_astro/wasm.js',
        '/_astro/tfjs-backend-wasm-simd-X.wasm',
        '/_astro/client.js',
      ].sort(),
    );
  });

  it('splits the shell from what each page adds, and versions the whole', () => {
    const dist = site(FILES);
    const manifest = precacheManifest(dist, '/', ['/', '/404.html', '/leccion/'], origin);
    expect(manifest.shell.sort()).toEqual(['/', '/404.html', '/_astro/base.css', '/_astro/head.js', '/favicon.svg'].sort());
    expect(manifest.pages['/leccion/']).toContain('/_astro/worker.js');
    expect(manifest.pages['/leccion/']).not.toContain('/_astro/base.css');
    expect(Object.keys(manifest.pages)).toEqual(['/leccion/']);
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);

    const changed = site({ ...FILES, '_astro/host.js': `${FILES['_astro/host.js']};` });
    expect(precacheManifest(changed, '/', ['/', '/404.html', '/leccion/'], origin).version).not.toBe(manifest.version);
    expect(precacheManifest(site(FILES), '/', ['/', '/404.html', '/leccion/'], origin).version).toBe(manifest.version);
  });

  it('works under a base', () => {
    const files = Object.fromEntries(
      Object.entries(FILES).map(([k, v]) => [
        k,
        v
          .replace(/"\/(?!\/)/g, '"/sub/')
          .replace(/`\/_astro/g, '`/sub/_astro')
          .replace(/url\(\//g, 'url(/sub/'),
      ]),
    );
    const needs = pageNeeds(site(files), '/sub/', '/sub/leccion/', 'https://s.org/sub/');
    expect(needs).toContain('/sub/_astro/tfjs-backend-wasm-simd-X.wasm');
    expect(needs).toContain('/sub/data/digits.bin');
    expect(needs).toContain('/sub/_astro/KaTeX.woff2');
  });
});
