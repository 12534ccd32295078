/** The files of `content/` and of the strings modules, read the way the build reads them, for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export const CONTENT_ROOT = join(process.cwd(), 'content');

/** Every file under `content/`, as absolute paths. */
export const contentFiles = (): string[] =>
  readdirSync(CONTENT_ROOT, { recursive: true, encoding: 'utf8' }).map((f) => join(CONTENT_ROOT, f));

/** A YAML data file (parsed like frontmatter once fenced) or an MDX file's frontmatter. */
export const readData = (file: string): Record<string, unknown> =>
  parseFrontmatter(file.endsWith('.yaml') ? `---\n${readFileSync(file, 'utf8')}\n---\n` : readFileSync(file, 'utf8')).frontmatter;

/** The modules whose strings the reader sees: the demos', the training worker's problems and the site's chrome. */
export const stringsModules = (): string[] => {
  const dir = join(process.cwd(), 'src/islands/strings');
  return [
    ...readdirSync(dir).map((f) => join(dir, f)),
    ...['src/worker/strings.ts', 'src/components/strings.ts'].map((f) => join(process.cwd(), f)),
  ];
};
