// @ts-check
/**
 * Tiny static file server for the built site (used by Playwright's webServer).
 *
 *   node scripts/serve-static.mjs [dir=dist] [port=4321]
 *
 * - `/path/` serves `/path/index.html`; `/path` (a folder) redirects to `/path/`.
 * - Unknown paths get `404.html` with status 404.
 * - MIME types for everything the site ships (.wasm as application/wasm, .mjs as JavaScript).
 * - Binds to 127.0.0.1 only; refuses paths that escape the folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? process.env.E2E_DIST ?? 'dist');
const port = Number(process.argv[3] ?? process.env.E2E_PORT ?? 4321);
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

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} status
 * @param {boolean} headOnly
 * @param {number} size
 */
function send(res, file, status, headOnly, size) {
  res.writeHead(status, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (headOnly) res.end();
  else createReadStream(file).pipe(res);
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
  const target = normalize(join(root, pathname));
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
    if (indexInfo?.isFile()) return send(res, index, 200, headOnly, indexInfo.size);
  } else if (info?.isFile()) {
    return send(res, target, 200, headOnly, info.size);
  }

  const notFound = join(root, '404.html');
  const notFoundInfo = await statOrNull(notFound);
  if (notFoundInfo?.isFile()) return send(res, notFound, 404, headOnly, notFoundInfo.size);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: no encontrado');
});

server.listen(port, host, () => {
  console.log(`Sirviendo ${root} en http://${host}:${port}/`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
