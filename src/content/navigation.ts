/**
 * Pure helpers for the site's structure: URLs of courses, units and lessons, ordering, previous/next.
 * No Astro imports, so Vitest can test them. Ids follow the content collections (src/content.config.ts):
 * course `<course>`, unit `<course>/<unit>`, lesson `<course>/<unit>/<lesson>`.
 */
import { withBase } from '../lib/site-path';

/** Anything with an `order` field (courses, units, lessons). */
export interface Ordered {
  data: { order: number };
}

/** URL path of an entry id: `/<id>/` under the site's base (the site uses trailing slashes everywhere). */
export function pathOf(id: string): string {
  return withBase(`/${id.replace(/^\/+|\/+$/g, '')}/`);
}

/** The parts of a lesson id. Throws when the id does not have exactly three segments. */
export function splitLessonId(id: string): { course: string; unit: string; lesson: string } {
  const parts = id.split('/');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) {
    throw new Error(`Id de lección inesperado «${id}»: debe ser <curso>/<unidad>/<leccion>`);
  }
  const [course, unit, lesson] = parts as [string, string, string];
  return { course, unit, lesson };
}

/** The unit id a lesson id belongs to (`a/b/c` → `a/b`). */
export function unitIdOfLesson(id: string): string {
  const { course, unit } = splitLessonId(id);
  return `${course}/${unit}`;
}

/**
 * Checks that a lesson's frontmatter (`course`, `unit`) agrees with the folder it lives in,
 * so that a lesson cannot silently appear under the wrong URL. Returns an error message or null.
 */
export function locationMismatch(id: string, data: { course: string; unit: string }): string | null {
  const where = splitLessonId(id);
  if (where.course !== data.course) {
    return `La lección «${id}» dice course: "${data.course}" pero está en la carpeta "${where.course}"`;
  }
  if (where.unit !== data.unit) {
    return `La lección «${id}» dice unit: "${data.unit}" pero está en la carpeta "${where.unit}"`;
  }
  return null;
}

/** A copy sorted by `data.order` (ties keep their input order). */
export function byOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The entries before and after `id` in an already ordered list (undefined at the ends). */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { prev: T | undefined; next: T | undefined } {
  const at = ordered.findIndex((entry) => entry.id === id);
  if (at < 0) throw new Error(`«${id}» no está en la lista`);
  return { prev: ordered[at - 1], next: ordered[at + 1] };
}

const dateFormat = new Intl.DateTimeFormat('es-ES', { dateStyle: 'long', timeZone: 'UTC' });

/** A date as Spanish readers write it: «20 de noviembre de 2025». */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
