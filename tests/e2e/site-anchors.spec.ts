/** The lesson's public anchors exist, in order, and deep links and TOC links land on them. */
import { test, expect } from './helpers/site-fixture';
import { cumulative, layoutShifts, STABLE, watchLayoutShifts } from './helpers/layout-shifts';
import { LESSON_7_1, SECTION_IDS, SUBSECTION_IDS } from './helpers/pages';

test('los anclajes del contrato existen, con su nivel y en orden', async ({ page }) => {
  await page.goto(LESSON_7_1);
  const found = await page.evaluate(
    (ids) => ids.map((id) => ({ id, tag: document.getElementById(id)?.tagName ?? null })),
    [...SECTION_IDS, ...SUBSECTION_IDS],
  );
  for (const { id, tag } of found) {
    expect(tag, `#${id}`).toBe((SECTION_IDS as readonly string[]).includes(id) ? 'H2' : 'H3');
  }
  // The four subsections sit between «Motivación» and the next section.
  const order = await page.evaluate(() => [...document.querySelectorAll('.prose h2[id], .prose h3[id]')].map((h) => h.id));
  const at = (id: string) => order.indexOf(id);
  const subs = SUBSECTION_IDS.map(at);
  expect(subs).toEqual([...subs].sort((a, b) => a - b));
  expect(at('motivacion')).toBeLessThan(subs[0] ?? -1);
  expect(subs.at(-1) ?? Infinity).toBeLessThan(at('errores-tipicos'));
  for (const id of SECTION_IDS) {
    const heading = page.locator(`h2#${id}`);
    await expect(heading).not.toHaveText(/\{#/);
  }
});

for (const id of [...SECTION_IDS, ...SUBSECTION_IDS]) {
  test(`un enlace directo a #${id} lo muestra en pantalla`, async ({ page }) => {
    await page.goto(`${LESSON_7_1}#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });
}

test('el índice lleva a cada sección', async ({ page }) => {
  await page.goto(LESSON_7_1);
  const summary = page.getByText('En esta lección', { exact: true }).and(page.locator('summary'));
  if (await summary.isVisible()) await summary.click();
  const toc = page.getByRole('navigation', { name: 'En esta lección' });
  await toc.getByRole('link', { name: 'Errores típicos / trampas' }).click();
  await expect(page).toHaveURL(new RegExp('#errores-tipicos$'));
  await expect(page.locator('#errores-tipicos')).toBeInViewport();
});

test('lejos de la pantalla la lección no se pinta, y sus anclajes no se mueven por ello', async ({ page }) => {
  await page.goto(`${LESSON_7_1}#demo-tamano-batch`);
  await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
  await expect(page.locator('#demo-tamano-batch')).toBeInViewport();
  // A block far from the screen is skipped (content-visibility), the target's is not.
  const rendered = (id: string) => page.evaluate((i) => document.getElementById(i)!.checkVisibility({ contentVisibilityAuto: true }), id);
  expect(await rendered('motivacion')).toBe(false);
  expect(await rendered('demo-tamano-batch')).toBe(true);
  // Every heading sits where it sits with the whole lesson rendered: skipped blocks keep real sizes.
  const tops = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.prose :is(h2, h3, h4)')].map((h) => Math.round(h.getBoundingClientRect().top + scrollY)),
    );
  const lazy = await tops();
  await page.evaluate(() => delete document.documentElement.dataset.lazyBlocks);
  expect(await tops()).toEqual(lazy);
});

test('llegar a una sección no mueve nada, ni bajar por toda la lección', async ({ page }) => {
  await watchLayoutShifts(page);
  // Fresh loads, as from a link of the course (a demo's own hydration is not measured here).
  for (const hash of ['#error-momentum', '#checklist', '#referencias']) {
    await page.goto('about:blank');
    await page.goto(`${LESSON_7_1}${hash}`);
    await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
    const shifts = await layoutShifts(page);
    expect(cumulative(shifts), `${hash}: ${shifts.join(', ')}`).toBeLessThan(STABLE);
  }
  // A fragment changed in the address bar: the same page jumps, without reloading.
  await page.goto(`${LESSON_7_1}#motivacion`);
  const jumped = await layoutShifts(page);
  expect(cumulative(jumped), `#referencias → #motivacion: ${jumped.join(', ')}`).toBeLessThan(STABLE);
  await page.goto(LESSON_7_1);
  await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
  // Screen by screen to the end: skipped blocks and the pieces in them come into view without a shift.
  for (;;) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight);
      return scrollY > before;
    });
    if (!moved) break;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  const scrolled = await layoutShifts(page);
  expect(cumulative(scrolled), scrolled.join(', ')).toBeLessThan(STABLE);
});

test('un salto a una sección lejana la muestra entera desde el primer fotograma', async ({ page }) => {
  await watchLayoutShifts(page);
  // In-page links of the prose that jump over long sections (no demo at either end: a demo that
  // hydrates on arrival is not what is measured here).
  for (const [from, name] of [
    ['#error-modo-evaluacion', 'batch de un ejemplo'],
    ['#error-batches-no-iid', 'siguientes pasos'],
  ]) {
    await page.goto(`${LESSON_7_1}${from}`);
    await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
    const section = page.locator(`.prose-block:has(> ${from.replace('#', '[id="')}"])`);
    const link = section.getByRole('link', { name, exact: true });
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.locator(target)).toBeInViewport();
    await expect(page.locator('html')).toHaveAttribute('data-lazy-blocks', '');
  }
  // A skipped block landed on would be drawn a frame without its content: a shift, even after a click.
  const shifts = await layoutShifts(page, { afterInput: true });
  expect(cumulative(shifts), shifts.join(', ')).toBeLessThan(STABLE);
});
