/**
 * The lessons' self-check data (`<lesson>.autoevaluacion.yaml`): valid, one right option per question,
 * an explanation for every option, each link to a place that exists in its lesson, and every block
 * placed in the lesson exactly once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfCheckSchema } from '~/content/schemas';
import { contentFiles, readData } from './content-files';

const files = contentFiles().filter((f) => f.endsWith('.autoevaluacion.yaml'));

/** The ids a reader can land on in a lesson: explicit heading ids, demo slots, references. */
function anchorsOf(mdx: string): Set<string> {
  return new Set([
    ...[...mdx.matchAll(/\\\{#([\w-]+)\\\}/g)].map((m) => m[1]),
    ...[...mdx.matchAll(/<DemoSlot name="([\w-]+)"/g)].map((m) => `demo-${m[1]}`),
    ...[...mdx.matchAll(/id="(ref-\d+)"/g)].map((m) => m[1]),
  ]);
}

it('there is a self-check for at least one lesson', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((file) => ({ file: relative(process.cwd(), file), abs: file })))('$file', ({ abs }) => {
  const data = selfCheckSchema.parse(readData(abs));
  const lessonFile = abs.replace(/\.autoevaluacion\.yaml$/, '.mdx');
  const lessonPath = `/${relative('content', relative(process.cwd(), lessonFile)).replace(/\.mdx$/, '')}/`;
  const mdx = existsSync(lessonFile) ? readFileSync(lessonFile, 'utf8') : '';
  const anchors = anchorsOf(mdx);
  const questions = Object.entries(data).flatMap(([block, qs]) => qs.map((q) => ({ block, ...q })));

  it('belongs to a lesson and has at least six questions', () => {
    expect(mdx).not.toBe('');
    expect(questions.length).toBeGreaterThanOrEqual(6);
  });

  it('places every block in the lesson once, and only blocks it has', () => {
    const placed = [...mdx.matchAll(/<SelfCheck block="([\w-]+)"/g)].map((m) => m[1]);
    expect([...placed].sort()).toEqual(Object.keys(data).sort());
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s: one right option, a distinct explanation for each', (_id, q) => {
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    const whys = q.options.map((o) => o.why.trim());
    expect(whys.every((w) => w.length >= 20)).toBe(true);
    expect(new Set(whys).size).toBe(whys.length);
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
  });

  it.each(questions.map((q) => [q.id, q.see.href] as const))('%s links to a place of its lesson (%s)', (_id, href) => {
    const [path, anchor = ''] = href.split('#');
    if (path) expect(path.split('?')[0]).toBe(lessonPath);
    expect(anchors.has(anchor)).toBe(true);
  });
});

describe('the schema refuses', () => {
  const question = (options: { text: string; why: string; correct?: boolean }[], id = 'q') => ({
    id,
    question: '¿Pregunta?',
    options,
    see: { href: '#x', label: 'x' },
  });
  const a = { text: 'a', why: 'porque a' };
  const b = { text: 'b', why: 'porque b' };
  it.each([
    ['no right option', { bloque: [question([a, b])] }],
    [
      'two right options',
      {
        bloque: [
          question([
            { ...a, correct: true },
            { ...b, correct: true },
          ]),
        ],
      },
    ],
    [
      'a missing explanation',
      {
        bloque: [
          question([
            { ...a, why: '' },
            { ...b, correct: true },
          ]),
        ],
      },
    ],
    ['one option only', { bloque: [question([{ ...a, correct: true }])] }],
    ['a repeated id', { uno: [question([{ ...a, correct: true }, b])], dos: [question([{ ...a, correct: true }, b])] }],
    ['a link outside the site', { bloque: [{ ...question([{ ...a, correct: true }, b]), see: { href: 'https://x', label: 'x' } }] }],
  ])('%s', (_name, data) => {
    expect(selfCheckSchema.safeParse(data).success).toBe(false);
  });
  it('and accepts a valid block', () => {
    expect(selfCheckSchema.safeParse({ bloque: [question([{ ...a, correct: true }, b])] }).success).toBe(true);
  });
});
