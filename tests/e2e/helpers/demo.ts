/** Helpers every training-demo spec shares: open a demo in the lesson, read its metrics, run it. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './site-fixture';
import { LESSON_7_1 } from './pages';

/** Training on software WebGL (SwiftShader) with two test projects sharing 2 cores is slow. */
export const RUN_TIMEOUT = 150_000;

/** The fields every training demo's `data-metrics` has (DESIGN.md §1). */
export interface RunFields {
  run: number;
  steps: number;
  totalSteps: number;
  backend: string | null;
  tensors: number | null;
}

/** Open the lesson at the demo (with an optional `?demo=…` query) and wait until it is hydrated and idle. */
export async function openDemo(page: Page, name: string, query = '', lesson = LESSON_7_1): Promise<Locator> {
  await page.goto(`${lesson}${query}#demo-${name}`);
  const demo = page.locator(`[data-demo="${name}"]`);
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  await expect(demo).toHaveAttribute('data-state', 'idle');
  return demo;
}

export const metricsOf = async <M>(demo: Locator): Promise<M> => JSON.parse((await demo.getAttribute('data-metrics')) ?? 'null') as M;
export const trainButton = (demo: Locator) => demo.getByRole('button', { name: /^Entrenar/ });
export const summary = (demo: Locator) => demo.getByRole('status');

/** Press Entrenar and wait for `done`; the run's metrics, with the shared fields checked. */
export async function trainToDone<M extends RunFields>(demo: Locator, timeout = RUN_TIMEOUT - 10_000): Promise<M> {
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout });
  const m = await metricsOf<M>(demo);
  expect(m.steps).toBe(m.totalSteps);
  expect(['webgl', 'wasm', 'cpu']).toContain(m.backend);
  expect(Number.isInteger(m.tensors)).toBe(true);
  return m;
}

/** Two runs in a row: the second must not leave more tensors in the worker than the first. */
export async function expectNoLeak<M extends RunFields>(demo: Locator): Promise<[M, M]> {
  const first = await trainToDone<M>(demo);
  await trainButton(demo).click();
  await expect.poll(async () => (await metricsOf<M>(demo)).run).toBe(first.run + 1);
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
  const second = await metricsOf<M>(demo);
  expect(second.tensors).toBeLessThanOrEqual(first.tensors!);
  return [first, second];
}
