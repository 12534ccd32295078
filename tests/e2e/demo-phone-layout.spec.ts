/**
 * Results first on a phone (issue 9): each training demo shows Entrenar on its first screen, with the
 * settings folded behind a disclosure that lists their values; a link that sets values opens it.
 * Wide screens keep the settings open, with no disclosure.
 */
import { test, expect } from './helpers/site-fixture';
import { openDemo, RUN_TIMEOUT, trainButton } from './helpers/demo';
import { LESSON_7_1, LESSON_7_2, LESSON_7_3 } from './helpers/pages';

/**
 * The training demos whose Entrenar comes before any other interactive block: a value the folded
 * settings list, and the role of the main result (its first chart, or its table of results).
 */
const TRAINING = [
  ['bn-vs-sin-bn', 'Pasos: 600', 'img', LESSON_7_1],
  ['figura-1', 'Pasos: 300', 'img', LESSON_7_1],
  ['tasa-aprendizaje', 'Pasos: 150', 'table', LESSON_7_1],
  ['escala-entradas', 'Pasos: 300', 'img', LESSON_7_1],
  ['tamano-batch', 'Pasos: 150', 'table', LESSON_7_1],
  ['ln-batch-de-uno', 'Ejemplos vistos por tamaño: 1024', 'table', LESSON_7_2],
  ['ln-companeros', 'Pasos: 300', 'table', LESSON_7_2],
  ['ln-escala', 'Pasos: 300', 'img', LESSON_7_2],
  ['ln-recurrente', 'Pasos de entrenamiento: 200', 'img', LESSON_7_2],
  ['ln-pre-post', 'Pasos de entrenamiento: 200', 'img', LESSON_7_2],
  ['gn-segun-batch', 'Pasos (con batch 32): 300', 'img', LESSON_7_3],
  ['gn-no-iid', 'Pasos: 300', 'table', LESSON_7_3],
  ['in-estilo', 'Pasos: 300', 'table', LESSON_7_3],
] as const;

/** Bottom of an element, in CSS pixels below `top`. */
const bottomBelow = async (el: import('@playwright/test').Locator, top: number) => {
  const box = (await el.boundingBox())!;
  return box.y + box.height - top;
};

test.describe('en el móvil', () => {
  test.skip(({ isMobile }) => !isMobile, 'solo en el proyecto de móvil');

  for (const [name, value, result, lesson] of TRAINING) {
    test(`${name}: Entrenar y el resultado principal en la primera pantalla, los ajustes plegados con sus valores`, async ({ page }) => {
      const demo = await openDemo(page, name, '', lesson);
      const screen = page.viewportSize()!.height;
      const top = (await demo.boundingBox())!.y;
      expect(await bottomBelow(trainButton(demo), top)).toBeLessThanOrEqual(screen);
      expect(await bottomBelow(demo.getByRole(result).first(), top)).toBeLessThanOrEqual(screen);

      const fold = demo.getByRole('button', { name: /^Cambiar ajustes/ });
      await expect(fold).toHaveAttribute('aria-expanded', 'false');
      await expect(fold).toContainText(value);
      // Read as one sentence: «Cambiar ajustes. Conjunto de datos: Espirales; Tasa …».
      await expect(fold).toHaveAccessibleName(/^Cambiar ajustes\s*\.\s+\S.*:\s.+;\s.+:/);
      await expect(demo.getByRole('group', { name: 'Ajustes' })).toBeHidden();
      await fold.click();
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(demo.getByRole('group', { name: 'Ajustes' })).toBeVisible();
    });
  }

  /** Demos whose explorer (no training) comes first: its answer on screen, then where training starts and its result. */
  const EXPLORER_FIRST = [
    ['normalizaciones', /μ = .*σ² = /, { role: 'table', name: /Acierto en test/ }, LESSON_7_1],
    ['gn-grupos', /número a número/, { role: 'img', name: /Gráfica del error en test según el número de grupos/ }, LESSON_7_3],
  ] as const;
  for (const [name, answer, result, lesson] of EXPLORER_FIRST) {
    test(`${name}: el explorador va primero; su parte de entrenamiento cabe en su propia primera pantalla`, async ({ page }) => {
      const demo = await openDemo(page, name, '', lesson);
      const screen = page.viewportSize()!.height;
      // The explorer answers at once, with no training.
      await expect(demo.getByText(answer)).toBeVisible();
      const start = (await demo.getByText(/^La misma red/).boundingBox())!.y;
      expect(await bottomBelow(trainButton(demo), start)).toBeLessThanOrEqual(screen);
      expect(await bottomBelow(demo.getByRole(result.role, { name: result.name }), start)).toBeLessThanOrEqual(screen);
    });
  }

  test('el motor de cálculo y el enlace para compartir van tras los resultados; el orden del foco sigue al de la vista', async ({
    page,
  }) => {
    const demo = await openDemo(page, 'escala-entradas');
    const y = async (el: import('@playwright/test').Locator) => (await el.boundingBox())!.y;
    const backend = demo.getByRole('group', { name: 'Motor de cálculo' });
    expect(await y(demo.getByRole('img').first())).toBeLessThan(await y(backend));
    expect(await y(demo.getByRole('status'))).toBeLessThan(await y(backend));
    // Tab from Entrenar: the buttons, then the backend radios, then the share link, as they are seen.
    const order = await demo.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('button, input, a[href], select')]
        .filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled)
        .map((el) => Math.round(el.getBoundingClientRect().top)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('un enlace con ajustes los muestra desplegados, con los valores del enlace', async ({ page }) => {
    const demo = await openDemo(page, 'bn-vs-sin-bn', '?demo=bn-vs-sin-bn&steps=100');
    await expect(demo.getByRole('group', { name: 'Ajustes' })).toBeVisible();
    await expect(demo.getByLabel('Pasos')).toHaveValue('100');
    const fold = demo.getByRole('button', { name: /^Cambiar ajustes/ });
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(fold).toContainText('Pasos: 100');
  });

  test('el texto inicial se recorta con «Leer más» y se lee entero al pulsarlo', async ({ page }) => {
    const demo = await openDemo(page, 'figura-1');
    const more = demo.getByRole('button', { name: 'Leer más' });
    const intro = demo.locator('.demo-intro__text');
    const clamped = (await intro.boundingBox())!.height;
    await more.click();
    await expect(demo.getByRole('button', { name: 'Leer menos' })).toHaveAttribute('aria-expanded', 'true');
    expect((await intro.boundingBox())!.height).toBeGreaterThan(clamped * 2);
  });
});

test('en pantalla ancha los ajustes están siempre a la vista, sin desplegable', async ({ page, isMobile }) => {
  test.skip(isMobile, 'solo en el proyecto de escritorio');
  const demo = await openDemo(page, 'bn-vs-sin-bn');
  await expect(demo.getByRole('group', { name: 'Ajustes' })).toBeVisible();
  await expect(demo.getByRole('button', { name: /^Cambiar ajustes/ })).toBeHidden();
  await expect(demo.getByRole('button', { name: 'Leer más' })).toHaveCount(0);
});

test.describe('a 360 px de ancho', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** Elements of the demo that stick out of the screen or scroll sideways inside it. */
  const overflowing = (demo: import('@playwright/test').Locator) =>
    demo.evaluate((root) => {
      const width = document.documentElement.clientWidth;
      return [root, ...root.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const scrolls = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX);
          return scrolls || (box.width > 0 && box.right > width + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5);
    });

  const lessonOf = Object.fromEntries(TRAINING.map(([name, , , lesson]) => [name, lesson]));
  for (const name of [...TRAINING.map(([name]) => name), 'normalizaciones']) {
    test(`${name} no se desplaza en horizontal, tampoco tras entrenar`, async ({ page }) => {
      test.setTimeout(RUN_TIMEOUT);
      const demo = await openDemo(page, name, '', lessonOf[name] ?? LESSON_7_1);
      expect(await overflowing(demo)).toEqual([]);
      await trainButton(demo).click();
      await expect(demo).toHaveAttribute('data-state', 'done', { timeout: RUN_TIMEOUT - 10_000 });
      expect(await overflowing(demo)).toEqual([]);
    });
  }

  test('bn-paso-a-paso no se desplaza en horizontal, con sus tablas llenas', async ({ page }) => {
    await page.goto(`${LESSON_7_1}#demo-bn-paso-a-paso`);
    const demo = page.locator('[data-demo="bn-paso-a-paso"]');
    await demo.scrollIntoViewIfNeeded();
    await expect(demo).toHaveAttribute('data-hydrated', 'true');
    await demo.getByRole('button', { name: 'Pasar 10 batches' }).click();
    expect(await overflowing(demo)).toEqual([]);
  });
});
