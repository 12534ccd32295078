/**
 * One vocabulary and one number format across the lessons and the demos (the unit's glosario.yaml):
 * no lesson's prose and no strings module may use a wording the glossary replaces, and lesson prose
 * writes numbers the Spanish way (decimal comma, spaces between thousands). Code is exempt.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '~/content/schemas';
import { dataProse, lessonProse, stringLiterals } from './content-prose';
import { contentFiles, readData, stringsModules } from './content-files';

interface Source {
  name: string;
  text: string;
}

const glossaries = contentFiles()
  .filter((f) => f.endsWith('/glosario.yaml'))
  .map((file) => ({ file, data: glossarySchema.parse(readData(file)) }));

/** What a unit shows the reader: its lessons' MDX, their self-check questions and the unit page's data. */
const lessons = contentFiles().filter((f) => /(?:\.mdx|\.autoevaluacion\.yaml|\/unidad\.yaml)$/.test(f));
const proseOf = (file: string): string => (file.endsWith('.yaml') ? dataProse : lessonProse)(readFileSync(file, 'utf8'));
const lessonSources = (unitDir: string): Source[] =>
  lessons.filter((f) => dirname(f) === unitDir).map((f) => ({ name: relative(process.cwd(), f), text: proseOf(f) }));
const demoSources: Source[] = stringsModules().map((f) => ({
  name: relative(process.cwd(), f),
  text: stringLiterals(readFileSync(f, 'utf8')),
}));

/** Each match of `pattern` in the sources, with a little context, for the failure message. */
function hits(pattern: RegExp, sources: Source[]): string[] {
  const out: string[] = [];
  for (const { name, text } of sources) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      out.push(`${name}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}…`);
    }
  }
  return out;
}

describe.each(glossaries)('vocabulary of $file', ({ file, data }) => {
  const sources = [...lessonSources(dirname(file)), ...demoSources];

  it('covers at least one lesson and the demos', () => {
    expect(sources.filter((s) => s.name.endsWith('.mdx')).length).toBeGreaterThan(0);
    expect(sources.filter((s) => s.name.endsWith('.autoevaluacion.yaml')).length).toBeGreaterThan(0);
    expect(demoSources.length).toBeGreaterThan(5);
  });

  const rules = [
    ...data.terms.flatMap((t) => t.avoid.map((a) => ({ label: `«${t.term}», not /${a.pattern}/`, pattern: a.pattern }))),
    ...data.style.map((s) => ({ label: `«${s.use}», not /${s.avoid}/`, pattern: s.avoid })),
  ];
  it.each(rules)('$label', ({ pattern }) => {
    expect(hits(new RegExp(pattern, 'u'), sources)).toEqual([]);
  });
});

/** Dotted numbers that are names, not quantities: sections (§4.2.1), lesson codes (7.1), versions, arXiv ids. */
const NAMED_NUMBER =
  /(?:§\s?|secci[oó]n(?:es)? |[Ll]ecci[oó]n(?:es)? |[Uu]nidad |\(|TensorFlow |PyTorch |Keras |TF |arXiv:|\d\.\d, |\d\.\d y )$/u;

describe.each(lessons.map((f) => ({ file: relative(process.cwd(), f), prose: proseOf(f) })))('numbers in $file', ({ file, prose }) => {
  it('have a decimal comma, not a point', () => {
    const dotted = [...prose.matchAll(/(?<![\w.,])\d+\.\d+(?:\.\d+)*/gu)].filter(
      (m) => !NAMED_NUMBER.test(prose.slice(Math.max(0, m.index - 14), m.index)),
    );
    expect(dotted.map((m) => `${file}: …${prose.slice(Math.max(0, m.index - 30), m.index + 12).replace(/\s+/g, ' ')}…`)).toEqual([]);
  });

  it('group thousands with a space from five digits on (issue and arXiv numbers are names)', () => {
    const ungrouped = [...prose.matchAll(/(?<![\w.,])\d{5,}(?![\w])/gu)].filter(
      (m) => !/(?:arXiv:|#)$/.test(prose.slice(Math.max(0, m.index - 6), m.index)),
    );
    expect(ungrouped.map((m) => `${file}: …${prose.slice(Math.max(0, m.index - 30), m.index + 12)}…`)).toEqual([]);
  });

  it('keep a grouped number on one line (a no-break space between its groups)', () => {
    const breakable = [...prose.matchAll(/(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w])/gu)];
    expect(breakable.map((m) => `${file}: …${prose.slice(Math.max(0, m.index - 30), m.index + 12)}…`)).toEqual([]);
  });
});
