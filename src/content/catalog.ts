/**
 * Reads the content collections and answers the pages' questions: which courses, which units of a
 * course, which published lessons of a unit, in order. Build-time only (uses `astro:content`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { demoSlotsOf, type DemoSlotInfo } from './demo-slots';
import { byOrder, locationMismatch, unitIdOfLesson } from './navigation';

export type Course = CollectionEntry<'courses'>;
export type Unit = CollectionEntry<'units'>;
export type Lesson = CollectionEntry<'lessons'>;

/** All courses, in order. */
export async function getCourses(): Promise<Course[]> {
  return byOrder(await getCollection('courses'));
}

/** All units; each must name an existing course and live in that course's folder. */
export async function getUnits(): Promise<Unit[]> {
  const courseIds = new Set((await getCollection('courses')).map((c) => c.id));
  const units = await getCollection('units');
  for (const unit of units) {
    const folder = unit.id.split('/')[0];
    if (unit.data.course !== folder || !courseIds.has(unit.data.course)) {
      throw new Error(`La unidad «${unit.id}» dice course: "${unit.data.course}", que no es su carpeta o no existe`);
    }
  }
  return byOrder(units);
}

/** Units of one course, in order. */
export async function getUnitsOf(courseId: string): Promise<Unit[]> {
  return (await getUnits()).filter((u) => u.data.course === courseId);
}

/** Published (non-draft) lessons, each checked against its folder and its unit. */
export async function getLessons(): Promise<Lesson[]> {
  const unitIds = new Set((await getCollection('units')).map((u) => u.id));
  const lessons = await getCollection('lessons', (entry) => !entry.data.draft);
  for (const lesson of lessons) {
    const mismatch = locationMismatch(lesson.id, lesson.data);
    if (mismatch) throw new Error(mismatch);
    if (!unitIds.has(unitIdOfLesson(lesson.id))) {
      throw new Error(`La lección «${lesson.id}» está en una unidad sin unidad.yaml`);
    }
  }
  return byOrder(lessons);
}

/** Published lessons of one unit, in order. */
export async function getLessonsOf(unitId: string): Promise<Lesson[]> {
  return (await getLessons()).filter((l) => unitIdOfLesson(l.id) === unitId);
}

/** Every demo placed in a published lesson (its `<DemoSlot>`), with that lesson: one embed page each. */
export async function getDemos(): Promise<(DemoSlotInfo & { lesson: Lesson })[]> {
  return (await getLessons()).flatMap((lesson) => demoSlotsOf(lesson.body ?? '').map((slot) => ({ ...slot, lesson })));
}
