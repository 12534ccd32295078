/**
 * The pages of the build under test, read from its files when the specs load: every page in
 * sitemap.xml and every demo's embed page. Specs that loop over them cover pages added later (lesson
 * 7.2, its demos) without a list to keep up to date. Paths are as the test server serves them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapLocs } from '../../../src/build/site-links.mjs';

const dist = process.env.E2E_DIST ?? 'dist';

/** Paths of the pages search engines are told about (home, courses, units, lessons, demo pages). */
export function sitemapPaths(): string[] {
  const file = join(dist, 'sitemap.xml');
  if (!existsSync(file)) throw new Error(`No existe ${file}: construye el sitio antes de las pruebas e2e (npm run build)`);
  return sitemapLocs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
}

/** Names of the demos that have an embed page, /demos/<name>/. */
export function embeddedDemos(): string[] {
  const folder = join(dist, 'demos');
  return existsSync(folder) ? readdirSync(folder).filter((name) => existsSync(join(folder, name, 'index.html'))) : [];
}

/** Paths of the lessons (pages three folders deep: /<course>/<unit>/<lesson>/). */
export const lessonPaths = (): string[] =>
  sitemapPaths().filter((p) => p.split('/').filter(Boolean).length === 3 && !p.startsWith('/demos/'));

/** The lesson that places each demo (the lesson page whose HTML has the demo's slot, id="demo-<name>"). */
export function demoLessons(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of lessonPaths()) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const name of embeddedDemos()) if (html.includes(`id="demo-${name}"`)) out[name] ??= path;
  }
  return out;
}
