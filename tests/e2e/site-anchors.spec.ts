/** The lesson's public anchors exist, in order, and deep links and TOC links land on them. */
import { test, expect } from './helpers/site-fixture';
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
