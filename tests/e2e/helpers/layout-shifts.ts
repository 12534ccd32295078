/**
 * Layout shifts recorded from the page's start: by default those the reader did not cause (no recent
 * input), which count for CLS; with `{ afterInput: true }` also those right after a click or a key,
 * which CLS forgives but a reader still sees.
 */
import type { Page } from '@playwright/test';

interface ShiftWindow {
  __shifts: { line: string; input: boolean }[];
}

/** Call before `page.goto`: every later navigation of the page records its shifts. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as ShiftWindow;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
        const where = (e.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}` : '?';
        });
        w.__shifts.push({ line: `${e.value.toFixed(4)} ${where.join(' ')}`, input: e.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, as "value sources" lines, after two more frames. */
export const layoutShifts = (page: Page, { afterInput = false } = {}): Promise<string[]> =>
  page.evaluate(
    (afterInput) =>
      new Promise<string[]>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done((window as unknown as ShiftWindow).__shifts.filter((s) => afterInput || !s.input).map((s) => s.line)),
          ),
        ),
      ),
    afterInput,
  );

/** The sum of the values of `layoutShifts` lines: the cumulative layout shift they add up to. */
export const cumulative = (lines: string[]): number => lines.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0);

/**
 * Stricter than CLS's "good" (0.1) where a known regression would show: landing on a skipped block
 * reports 0.3–0.9. Under CPU contention a phone used to report one shift of 0.035–0.072 at load: when
 * the browser painted before the self-check's script ran, the script's count (then empty in the HTML)
 * took a new line in each block; the HTML now carries it (site-self-check.spec.ts checks that).
 */
export const STABLE = 0.1;
