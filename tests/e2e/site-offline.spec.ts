/**
 * Offline reading: after one visit, the lesson reloads and a demo trains with the network off, from
 * what the service worker kept (src/build/sw-template.js). The probe for a file never visited proves
 * the network really is off for the service worker too.
 */
import { test, expect } from './helpers/site-fixture';
import { LESSON_7_1 } from './helpers/pages';
import { RUN_TIMEOUT, openDemo, trainToDone, type RunFields } from './helpers/demo';

// The probe is meant to fail.
test.use({ serviceWorkers: 'allow', ignoredProblems: [/robots\.txt\?sonda/] });

test('tras una visita, la lección se recarga y una demo entrena sin conexión', async ({ page, context }) => {
  test.setTimeout(RUN_TIMEOUT);
  await page.goto(LESSON_7_1);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
  await expect(page.getByRole('contentinfo')).toContainText('funcionan sin conexión');

  await context.setOffline(true);
  const probe = await page.evaluate(() =>
    fetch('/robots.txt?sonda').then(
      (r) => r.status,
      () => 'sin red',
    ),
  );
  expect(probe).toBe('sin red');

  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Batch Normalization');
  const demo = await openDemo(page, 'bn-vs-sin-bn', '?demo=bn-vs-sin-bn&steps=150');
  const m = await trainToDone<RunFields>(demo);
  expect(m.totalSteps).toBe(150);
});

test('online, una página viene siempre de la red; un service worker nuevo toma el control y borra lo viejo', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
  // An old deploy's copy of the home page, and a cache left by an older worker.
  await page.evaluate(async () => {
    const current = (await caches.keys()).find((k) => k.startsWith('cursoia-'))!;
    await (await caches.open(current)).put('/', new Response('<h1>versión vieja</h1>', { headers: { 'Content-Type': 'text/html' } }));
    await (await caches.open('cursoia-viejo')).put('/x', new Response('x'));
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CursoIA');

  // A new deploy is a new worker script: it installs, takes over the open page and drops old caches.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?despliegue=2', { scope: '/' }));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toContain('despliegue=2');
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain('cursoia-viejo');
});
