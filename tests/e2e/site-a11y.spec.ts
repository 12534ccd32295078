/** axe-core finds no serious or critical violation on any page (demo embeds too), in light or dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './helpers/site-fixture';
import { PAGES } from './helpers/pages';
import { embeddedDemos } from './helpers/built-site';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`tema ${scheme === 'light' ? 'claro' : 'oscuro'}`, () => {
    test.use({ colorScheme: scheme, ignoredProblems: [/\/no-existe\//] });
    // axe on the long lesson page takes tens of seconds on a busy 2-core machine.
    test.slow();

    for (const path of [...new Set([...PAGES, ...embeddedDemos().map((name) => `/demos/${name}/`)]), '/no-existe/']) {
      test(`${path}: sin fallos graves de accesibilidad`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page }).analyze();
        const grave = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 5)
                .join(' | ')}`,
          );
        expect(grave).toEqual([]);
      });
    }
  });
}
