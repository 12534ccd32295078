// @ts-check
/// <reference lib="webworker" />
/**
 * The site's service worker: offline reading after a first visit. The build writes it to `sw.js`
 * with the precache manifest in place of the marker below (src/build/precache.mjs, site-files.mjs).
 *
 * - Install: cache the shell (home, 404 and what they need).
 * - A page asks (src/components/offline-client.ts) to keep itself: the page and everything it needs
 *   (scripts, island code, the training worker, every tfjs backend, the .wasm files, the dataset)
 *   are cached, and the page is told when that is done.
 * - Pages: network first, so a reader online always gets the latest deploy; the cache when offline.
 * - Files under _astro/ carry a hash of their content in their name: cache first.
 * - Anything else of the site (search index, images): network first, cached as it is used.
 * - A new deploy changes this file (its version), so the browser installs the new worker, which takes
 *   over at once and drops the old caches.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @type {{ version: string, base: string, shell: string[], pages: Record<string, string[]> }} */
const PRECACHE = /*__PRECACHE__*/ { version: 'dev', base: '/', shell: [], pages: {} };

const CACHE = `cursoia-${PRECACHE.version}`;
const HASHED = `${PRECACHE.base}_astro/`;

/** @param {string[]} paths */
const keep = async (paths) => (await caches.open(CACHE)).addAll(paths);

/** Keep a page and what it needs (the manifest knows; an unknown page keeps just itself). */
const keepPage = (/** @type {string} */ path) => keep([...new Set([path, ...(PRECACHE.pages[path] ?? [])])]);

sw.addEventListener('install', (event) => {
  event.waitUntil(keep(PRECACHE.shell).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('cursoia-') && name !== CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

// «Keep this page»: answered on the message's port once the files are cached (or could not be).
sw.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'cursoia:keep-page' || typeof data.path !== 'string') return;
  const port = event.ports[0];
  event.waitUntil(
    keepPage(data.path).then(
      () => port?.postMessage({ ok: true, version: PRECACHE.version }),
      (error) => port?.postMessage({ ok: false, error: String(error) }),
    ),
  );
});

/** Network first, the cache when offline; successful answers refresh the cache. */
async function networkFirst(/** @type {Request} */ request, /** @type {string} */ key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(key)) ?? (await caches.match(key, { ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }
}

/** Cache first, for files whose name changes with their content. */
async function cacheFirst(/** @type {Request} */ request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(PRECACHE.base)) return;
  if (request.mode === 'navigate') {
    // Pages are cached by path: the query only carries a demo's settings.
    event.respondWith(
      networkFirst(request, url.pathname).catch(async () => (await caches.match(`${PRECACHE.base}404.html`)) ?? Response.error()),
    );
  } else if (url.pathname.startsWith(HASHED)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
