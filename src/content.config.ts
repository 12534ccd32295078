/**
 * Content collections, loaded from the top-level `content/` folder (README «Escribir una lección»):
 *
 * - `courses`: `content/<course>/curso.yaml`                → id `<course>`
 * - `units`:   `content/<course>/<unit>/unidad.yaml`         → id `<course>/<unit>`
 * - `lessons`: `content/<course>/<unit>/<lesson>.mdx`        → id `<course>/<unit>/<lesson>`
 * - `glossaries`: `content/<course>/<unit>/glosario.yaml`   → id `<course>/<unit>`
 * - `selfChecks`: `content/<course>/<unit>/<lesson>.autoevaluacion.yaml` → id `<course>/<unit>/<lesson>`
 *
 * Lesson ids are also their URL paths. The schemas (with JSDoc per field) live in ./content/schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema, glossarySchema, lessonSchema, selfCheckSchema, unitSchema } from './content/schemas';

const CONTENT_ROOT = './content';

/** The entry's folder path, e.g. `a/b/unidad.yaml` → `a/b`. */
const folderOf = (entry: string): string => entry.split('/').slice(0, -1).join('/');

/** The entry's path without its extension, e.g. `a/b/leccion.mdx` → `a/b/leccion`. */
const withoutExtension = (entry: string): string => entry.replace(/\.[^./]+$/, '');

const courses = defineCollection({
  loader: glob({
    base: CONTENT_ROOT,
    pattern: '*/curso.yaml',
    generateId: ({ entry }) => folderOf(entry),
  }),
  schema: courseSchema,
});

const units = defineCollection({
  loader: glob({
    base: CONTENT_ROOT,
    pattern: '*/*/unidad.yaml',
    generateId: ({ entry }) => folderOf(entry),
  }),
  schema: unitSchema,
});

const lessons = defineCollection({
  loader: glob({
    base: CONTENT_ROOT,
    pattern: '*/*/*.mdx',
    generateId: ({ entry }) => withoutExtension(entry),
  }),
  schema: lessonSchema,
});

const glossaries = defineCollection({
  loader: glob({
    base: CONTENT_ROOT,
    pattern: '*/*/glosario.yaml',
    generateId: ({ entry }) => folderOf(entry),
  }),
  schema: glossarySchema,
});

const selfChecks = defineCollection({
  loader: glob({
    base: CONTENT_ROOT,
    pattern: '*/*/*.autoevaluacion.yaml',
    generateId: ({ entry }) => entry.replace(/\.autoevaluacion\.yaml$/, ''),
  }),
  schema: selfCheckSchema,
});

export const collections = { courses, units, lessons, glossaries, selfChecks };
