/**
 * Offline reading: registers the service worker (the build writes it: src/build/sw-template.js) and
 * asks it to keep this page and everything it needs. When that is done, <html> gets
 * `data-offline="ready"` and the footer says the page can be read without a connection. Only in
 * the production build (there is no sw.js in `astro dev`).
 */
import { withBase } from '../lib/site-path';
import { ui } from './strings';

async function keep(): Promise<void> {
  await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') });
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  const answer = new Promise<{ ok: boolean }>((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
  registration.active?.postMessage({ type: 'cursoia:keep-page', path: location.pathname }, [channel.port2]);
  if (!(await answer).ok) return;
  document.documentElement.dataset.offline = 'ready';
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (note) {
    note.textContent = ui.offlineReady;
    note.hidden = false;
  }
}

export function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A reader who asked the browser to save data does not get a lesson's tfjs and .wasm (≈0.8 MB) ahead of use.
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  // After the page has loaded, so the downloads do not compete with what the reader sees first.
  const start = () => void keep().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
