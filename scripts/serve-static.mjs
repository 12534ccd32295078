// @ts-check
/**
 * Tiny static file server for the built site (used by Playwright's webServer).
 *
 *   node scripts/serve-static.mjs [dir=dist] [port=4321] [base=/]
 *
 * - Under a base (a build with SITE_BASE=/cursoia/), the folder is served at that path, as a project
 *   page of a static host is; anything outside it is a 404.
 * - `/path/` serves `/path/index.html`; `/path` (a folder) redirects to `/path/`.
 * - Unknown paths get `404.html` with status 404.
 * - MIME types for everything the site ships (.wasm as application/wasm, .mjs as JavaScript).
 * - Like a real static host: brotli or gzip for text and .wasm (per Accept-Encoding), and the headers
 *   the build writes to `_headers` (CSP, caching), so the preview and the e2e suite see what readers get.
 * - Binds to 127.0.0.1 only; refuses paths that escape the folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { normalizeBase } from '../src/lib/base-path.mjs';
import { chooseEncoding, headersFor, parseHeadersFile } from './static-host.mjs';

const root = resolve(process.argv[2] ?? process.env.E2E_DIST ?? 'dist');
const port = Number(process.argv[3] ?? process.env.E2E_PORT ?? 4321);
const base = normalizeBase(process.argv[4] ?? '/');
const host = '127.0.0.1';

/** @type {Record<string, string>} */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * @param {string} path
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** @type {{ mtime: number, rules: import('./static-host.mjs').HeaderRule[] }} */
let headerRules = { mtime: -1, rules: [] };

/** The `_headers` rules, re-read when the build rewrites the file. */
async function rules() {
  const file = join(root, '_headers');
  const info = await statOrNull(file);
  const mtime = info?.mtimeMs ?? 0;
  if (mtime !== headerRules.mtime) headerRules = { mtime, rules: info ? parseHeadersFile(await readFile(file, 'utf8')) : [] };
  return headerRules.rules;
}

/** Compressed bodies, by file, modification time and encoding (a host compresses each file once). */
const compressed = new Map();

/**
 * @param {string} file
 * @param {number} mtime
 * @param {'br' | 'gzip' | null} encoding
 * @returns {Promise<Buffer>}
 */
async function body(file, mtime, encoding) {
  const key = `${file}\0${mtime}\0${encoding}`;
  const hit = compressed.get(key);
  if (hit) return hit;
  const raw = await readFile(file);
  if (!encoding) return raw;
  const out =
    encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
  compressed.set(key, out);
  return out;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} status
 * @param {import('node:fs').Stats} info
 * @param {string} pathname the request's path (the `_headers` rules match it)
 */
async function send(req, res, file, status, info, pathname) {
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const encoding = chooseEncoding(req.headers['accept-encoding'], type, info.size);
  const data = await body(file, info.mtimeMs, encoding);
  res.writeHead(status, {
    'content-type': type,
    'content-length': data.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...headersFor(await rules(), pathname),
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}

const server = createServer(async (req, res) => {
  const headOnly = req.method === 'HEAD';
  if (req.method !== 'GET' && !headOnly) {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  let search;
  try {
    const url = new URL(req.url ?? '/', `http://${host}`);
    pathname = decodeURIComponent(url.pathname);
    search = url.search;
  } catch {
    res.writeHead(400).end();
    return;
  }
  const inBase = pathname.startsWith(base) || `${pathname}/` === base;
  const target = normalize(join(root, inBase ? pathname.slice(base.length - 1) : '/\0outside'));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${encodeURI(pathname)}/${search}` }).end();
      return;
    }
    const index = join(target, 'index.html');
    const indexInfo = await statOrNull(index);
    if (indexInfo?.isFile()) return send(req, res, index, 200, indexInfo, pathname);
  } else if (info?.isFile()) {
    return send(req, res, target, 200, info, pathname);
  }

  const notFound = join(root, '404.html');
  const notFoundInfo = await statOrNull(notFound);
  if (notFoundInfo?.isFile()) return send(req, res, notFound, 404, notFoundInfo, `${base}404.html`);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: no encontrado');
});

server.listen(port, host, () => {
  console.log(`Sirviendo ${root} en http://${host}:${port}${base}`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
