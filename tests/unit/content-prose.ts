/** What a reader reads in a lesson or a strings module, without code, for the language tests. */

/**
 * The prose of an MDX lesson: frontmatter text fields, paragraphs, headings, tables, component titles
 * and maths (whose numbers the reader reads too, but not its commands: `\epsilon`), without code blocks,
 * inline code, imports, link targets, heading ids and tags.
 */
export function lessonProse(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/^(code|updated|course|unit|order|readingMinutes):.*$/gm, ''))
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\\\{#[^}]*\\\}/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\\[A-Za-z]+/g, ' ')
    .replace(/<[^>]*>/g, (tag) => [...tag.matchAll(/\b(?:title|label)="([^"]*)"/g)].map((m) => ` ${m[1]} `).join('') || ' ');
}

/** The contents of the string literals of a TypeScript module (its comments and identifiers are English). */
export function stringLiterals(ts: string): string {
  const out: string[] = [];
  for (const m of ts.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\])*)`/g)) {
    const body = m[1] ?? m[2] ?? m[3];
    if (body !== undefined) out.push(body);
  }
  return out.join('\n');
}

/** The text of a YAML data file the reader sees: every value but keys, ids, codes, orders and links; comments out. */
export function dataProse(yaml: string): string {
  return lessonProse(yaml.replace(/^\s*#.*$/gm, '').replace(/^\s*(?:- )?(?:code|number|order|course|id|href|correct):.*$/gm, ''));
}
