/** Shared helpers of the `bn-vs-sin-bn` demo specs: open the demo, read its metrics, check them. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './site-fixture';
import { LESSON_7_1 } from './pages';

import type { BnVsSinBnMetrics } from '../../../src/islands/bn-vs-sin-bn/view';

/** The demo's `data-metrics`, typed from the island's own declaration. */
export type Metrics = BnVsSinBnMetrics;
export type ModelMetrics = NonNullable<Metrics['withBN']>;

/** Training on software WebGL (SwiftShader) with two test projects sharing 2 cores is slow. */
export const RUN_TIMEOUT = 150_000;

export async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LESSON_7_1}${query}#demo-bn-vs-sin-bn`);
  const demo = page.locator('[data-demo="bn-vs-sin-bn"]');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-hydrated', 'true');
  await expect(demo).toHaveAttribute('data-state', 'idle');
  return demo;
}

export async function metricsOf(demo: Locator): Promise<Metrics> {
  return JSON.parse((await demo.getAttribute('data-metrics')) ?? 'null') as Metrics;
}

export function expectValid(m: Metrics, steps: number): void {
  expect(m.steps).toBe(steps);
  expect(['webgl', 'wasm', 'cpu']).toContain(m.backend);
  expect(Number.isInteger(m.tensors)).toBe(true);
  for (const model of [m.withBN, m.withoutBN]) {
    expect(model).not.toBeNull();
    expect(model!.acc).toBeGreaterThanOrEqual(0);
    expect(model!.acc).toBeLessThanOrEqual(1);
    expect(typeof model!.diverged).toBe('boolean');
    if (!model!.diverged) expect(Number.isFinite(model!.loss)).toBe(true);
  }
}

export const trainButton = (demo: Locator) => demo.getByRole('button', { name: /^Entrenar/ });
export const summary = (demo: Locator) => demo.getByRole('status');
