/**
 * Shared Playwright fixture. Every test that imports `test` from here fails if its page logged a
 * console error, threw an uncaught exception, broke its Content-Security-Policy, had a request fail, got an HTTP error status for a
 * sub-resource, or tried to reach any host other than the test server. Demo specs can reuse it:
 *
 *   import { test, expect } from './helpers/site-fixture';
 *
 * A test that expects some trouble (e.g. a page that is meant to 404) lists it with
 * `test.use({ ignoredProblems: [/\/no-existe\//] })`, or opts out entirely with
 * `test.use({ failOnPageProblems: false })` and inspects `pageProblems` itself.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  /** Human-readable descriptions, one per problem, in the order they happened. */
  readonly list: string[];
}

interface Fixtures {
  pageProblems: PageProblems;
  failOnPageProblems: boolean;
  ignoredProblems: RegExp[];
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
}

/** Starts recording a page's problems into `list`. */
export async function watchPage(page: Page, list: string[]): Promise<void> {
  // A Content-Security-Policy violation anywhere in the page is a problem too (the policy: src/build/csp.mjs).
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} bloqueó ${e.blockedURI || 'código en línea'}`),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => list.push(`excepción: ${error.message}`));
  // The browser cancels what a page was still loading (its favicon, say) when the reader follows a
  // link: ERR_ABORTED after a newer navigation of the page is not a problem of the site.
  let navigations = 0;
  const startedAt = new WeakMap<object, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
    startedAt.set(request, navigations);
    if (!isLocal(request.url())) list.push(`petición externa: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '?';
    if (error === 'net::ERR_ABORTED' && (startedAt.get(request) ?? navigations) < navigations) return;
    list.push(`petición fallida: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) list.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export const test = base.extend<Fixtures>({
  failOnPageProblems: [true, { option: true }],
  ignoredProblems: [[], { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring.
  pageProblems: async ({}, use) => {
    await use({ list: [] });
  },
  page: async ({ page, pageProblems, failOnPageProblems, ignoredProblems }, use) => {
    await watchPage(page, pageProblems.list);
    await use(page);
    if (!failOnPageProblems) return;
    const unexpected = pageProblems.list.filter((p) => !ignoredProblems.some((re) => re.test(p)));
    expect(unexpected, 'problemas en la página').toEqual([]);
  },
});

export { expect };
