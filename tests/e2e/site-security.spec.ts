/**
 * The Content-Security-Policy (src/build/csp.mjs) is in every page, is enforced, and is what the host
 * headers carry; demos train under it with no violation (the shared fixture fails any test whose page
 * reports one). Every request stays on the site (the fixture again).
 */
import { test, expect } from './helpers/site-fixture';
import { embeddedDemos } from './helpers/built-site';
import { LESSON_7_1, PAGES } from './helpers/pages';

for (const path of new Set([...PAGES, ...embeddedDemos().map((n) => `/demos/${n}/`)])) {
  test(`${path}: CSP estricta en <meta> y en la cabecera`, async ({ page }) => {
    const response = await page.goto(path);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const script = /(?:^|;\s*)script-src ([^;]+)/.exec(meta ?? '')?.[1]?.split(' ') ?? [];
    expect(script).toContain("'self'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(meta).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  });
}

test.describe('una inyección de código', () => {
  // The blocked script is the point of this test; its report is expected.
  test.use({ ignoredProblems: [/CSP: script-src-elem|Content Security Policy/] });

  test('un script en línea que la build no escribió no se ejecuta', async ({ page }) => {
    await page.goto(LESSON_7_1);
    const blocked = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
        ),
    );
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inyectado = true;';
      document.head.append(s);
    });
    expect(await blocked).toBe('script-src-elem');
    expect(await page.evaluate(() => (window as { __inyectado?: boolean }).__inyectado)).toBeUndefined();
  });
});
