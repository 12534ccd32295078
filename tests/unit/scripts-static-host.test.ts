import { describe, expect, it } from 'vitest';
import { chooseEncoding, headersFor, parseHeadersFile } from '../../scripts/static-host.mjs';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/demos/*
  Content-Security-Policy: frame-ancestors *
`;

describe('_headers', () => {
  const rules = parseHeadersFile(FILE);

  it.each([
    ['/', { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' }],
    ['/_astro/a.B1.js', { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache, public, max-age=31536000, immutable' }],
    [
      '/demos/figura-1/',
      { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache', 'content-security-policy': 'frame-ancestors *' },
    ],
  ])('%s gets every matching rule, a header set twice joined as hosts join it', (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  it('matches a pattern literally apart from *', () => {
    const [rule] = parseHeadersFile('/a.b/*\n  X: 1');
    expect(headersFor([rule!], '/a.b/c')).toEqual({ x: '1' });
    expect(headersFor([rule!], '/aXb/c')).toEqual({});
  });

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  X: 1')).toThrow(/línea 1/);
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'text/html; charset=utf-8', 5000, 'br'],
    ['gzip', 'text/javascript', 5000, 'gzip'],
    ['br;q=0, gzip', 'application/wasm', 5000, 'gzip'],
    ['*', 'text/css', 5000, 'br'],
    ['', 'text/css', 5000, null],
    [undefined, 'text/css', 5000, null],
    ['gzip, br', 'image/png', 5000, null],
    ['gzip, br', 'text/css', 100, null],
    ['gzip, br', 'image/svg+xml', 5000, 'br'],
  ] as const)('Accept-Encoding %j, %s, %d bytes → %s', (accept, type, size, expected) => {
    expect(chooseEncoding(accept, type, size)).toBe(expected);
  });
});
