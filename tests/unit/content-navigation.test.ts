import { describe, expect, it } from 'vitest';
import { parseTabs } from '~/components/code-tabs-parse';
import { tocTree } from '~/components/toc-tree';
import {
  byOrder,
  formatDate,
  locationMismatch,
  neighbours,
  pathOf,
  splitLessonId,
  unitIdOfLesson,
} from '~/content/navigation';

const LESSON_ID = 'optimizacion-de-redes-neuronales/unidad-7/batch-normalization';

describe('URLs and ids', () => {
  it('maps ids to the public URLs (trailing slash)', () => {
    expect(pathOf('optimizacion-de-redes-neuronales')).toBe('/optimizacion-de-redes-neuronales/');
    expect(pathOf(LESSON_ID)).toBe('/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/');
  });

  it('splits a lesson id and rejects malformed ones', () => {
    expect(splitLessonId(LESSON_ID)).toEqual({
      course: 'optimizacion-de-redes-neuronales',
      unit: 'unidad-7',
      lesson: 'batch-normalization',
    });
    expect(unitIdOfLesson(LESSON_ID)).toBe('optimizacion-de-redes-neuronales/unidad-7');
    expect(() => splitLessonId('suelta')).toThrow(/curso/);
    expect(() => splitLessonId('a//c')).toThrow();
  });

  it('flags frontmatter that disagrees with the folder', () => {
    const ok = { course: 'optimizacion-de-redes-neuronales', unit: 'unidad-7' };
    expect(locationMismatch(LESSON_ID, ok)).toBeNull();
    expect(locationMismatch(LESSON_ID, { ...ok, unit: 'unidad-8' })).toMatch(/unidad-8/);
    expect(locationMismatch(LESSON_ID, { ...ok, course: 'otro' })).toMatch(/otro/);
  });
});

describe('ordering and neighbours', () => {
  const entries = [
    { id: 'c', data: { order: 3 } },
    { id: 'a', data: { order: 1 } },
    { id: 'b', data: { order: 2 } },
  ];

  it('sorts by order without touching the input', () => {
    expect(byOrder(entries).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(entries[0]?.id).toBe('c');
  });

  it('finds previous and next, undefined at the ends', () => {
    const ordered = byOrder(entries);
    expect(neighbours(ordered, 'b')).toEqual({ prev: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'a').prev).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
    expect(() => neighbours(ordered, 'z')).toThrow();
  });

  it('writes dates the Spanish way, in UTC', () => {
    expect(formatDate(new Date('2025-11-20T00:00:00Z'))).toBe('20 de noviembre de 2025');
  });
});

describe('tocTree', () => {
  it('nests h3 under the preceding h2 and ignores other levels', () => {
    const tree = tocTree([
      { depth: 3, slug: 'suelta', text: 'Suelta' },
      { depth: 2, slug: 'motivacion', text: 'Motivación' },
      { depth: 3, slug: 'introduccion', text: 'Introducción ' },
      { depth: 4, slug: 'detalle', text: 'Detalle' },
      { depth: 2, slug: 'checklist', text: 'Checklist' },
    ]);
    expect(tree).toEqual([
      { slug: 'suelta', text: 'Suelta', children: [] },
      { slug: 'motivacion', text: 'Motivación', children: [{ slug: 'introduccion', text: 'Introducción', children: [] }] },
      { slug: 'checklist', text: 'Checklist', children: [] },
    ]);
  });
});

describe('parseTabs', () => {
  it('reads lang and label of each CodeTab in order, decoding entities', () => {
    const html =
      '<div class="code-tab" data-code-tab="pytorch" data-code-label="PyTorch"><pre>a</pre></div>' +
      '<div data-astro-cid-x class="code-tab" data-code-tab="tfjs" data-code-label="TF &amp; JS"><pre>b</pre></div>';
    expect(parseTabs(html)).toEqual([
      { lang: 'pytorch', label: 'PyTorch' },
      { lang: 'tfjs', label: 'TF & JS' },
    ]);
    expect(parseTabs('<pre>sin pestañas</pre>')).toEqual([]);
  });
});
