/** Each demo has a page of its own for the course's iframes: no site chrome, a link back, presets, resizing. */
import { test, expect } from './helpers/site-fixture';
import { demoLessons, embeddedDemos, lessonPaths } from './helpers/built-site';
import { DEMO_NAMES } from '../../src/components/demo-names';
import { RUN_TIMEOUT, trainToDone, type RunFields } from './helpers/demo';

test('every demo of the contract has an embed page', () => {
  expect(embeddedDemos().sort()).toEqual([...DEMO_NAMES].sort());
});

for (const name of embeddedDemos()) {
  test(`/demos/${name}/: la demo sola, sin cabecera ni pie, con enlace a su sitio en la lección`, async ({ page }) => {
    const response = await page.goto(`/demos/${name}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/demos/${name}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const demo = page.locator(`[data-demo="${name}"]`);
    await expect(demo).toHaveAttribute('data-hydrated', 'true');
    // Back to the lesson that places it: its link is named by the lesson's code and title.
    const back = page.getByRole('link', { name: /^7\.\d / });
    await expect(back).toHaveAttribute('href', `${demoLessons()[name]}#demo-${name}`);
    await expect(back).toHaveAttribute('target', '_blank');
  });
}

test('cada lección enlaza sus demos a su página, «Abrir en pantalla completa»; entre todas, todas las demos', async ({ page }) => {
  const hrefs: string[] = [];
  for (const lesson of lessonPaths()) {
    await page.goto(lesson);
    const links = page.getByRole('link', { name: 'Abrir en pantalla completa' });
    const own = Object.entries(demoLessons()).filter(([, at]) => at === lesson);
    await expect(links).toHaveCount(own.length);
    hrefs.push(...(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
  }
  expect(hrefs.sort()).toEqual(DEMO_NAMES.map((n) => `/demos/${n}/`).sort());
});

test('una página de demo acepta los ajustes de la lección en la URL y entrena', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT);
  await page.goto('/demos/figura-1/?demo=figura-1&steps=150&bogus=1');
  const demo = page.locator('[data-demo="figura-1"]');
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  await expect(demo.getByText(/bogus/)).toBeVisible();
  const m = await trainToDone<RunFields>(demo);
  expect(m.totalSteps).toBe(150);
});

test('dentro de un iframe, la página dice su altura al padre y la actualiza cuando crece', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demos/bn-vs-sin-bn/';
    frame.style.width = '400px';
    let latest = 0;
    addEventListener('message', (e) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'cursoia:demo-size' || e.data.demo !== 'bn-vs-sin-bn') return;
      latest = e.data.height;
      frame.style.height = `${latest}px`;
    });
    // At the top of the page: the demo hydrates when it is in view, as in the lesson.
    document.body.prepend(frame);
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((r) => setTimeout(r, 50));
    };
    const doc = () => frame.contentDocument;
    await until(() => latest > 0 && Boolean(doc()?.querySelector('[data-demo][data-hydrated="true"]')));
    // Let the page settle, then open a folded part of the demo: the page must report the new height.
    const closed = () => doc()!.querySelector<HTMLElement>('[data-demo] button[aria-expanded="false"]');
    await until(() => closed() !== null);
    const before = latest;
    closed()!.click();
    await until(() => latest > before);
    return { before, after: latest, rendered: Math.ceil(doc()!.documentElement.getBoundingClientRect().height) };
  });
  expect(result.after).toBeGreaterThan(result.before);
  expect(result.after).toBe(result.rendered);
});
