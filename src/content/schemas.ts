/**
 * Zod schemas for the three content collections (course, unit, lesson).
 *
 * They live here, outside `src/content.config.ts`, so that Vitest can import them without the
 * `astro:content` virtual module. Every field carries JSDoc: it shows up in editors when writing
 * frontmatter and documents the contract with `content/**` (README «Escribir una lección»).
 */
import { z } from 'astro/zod';

/** A lower-case URL segment: letters, digits and single hyphens (`unidad-7`, `batch-normalization`). */
const slugSegment = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'debe ser un segmento de URL en minúsculas, p. ej. "unidad-7"');

/** Meta descriptions longer than this are cut by search engines. */
export const MAX_DESCRIPTION_LENGTH = 160;

const metaDescription = z
  .string()
  .trim()
  .min(50, 'la descripción debe tener al menos 50 caracteres')
  .max(MAX_DESCRIPTION_LENGTH, `la descripción no debe pasar de ${MAX_DESCRIPTION_LENGTH} caracteres`);

const nonEmpty = z.string().trim().min(1, 'no puede estar vacío');

/** A lesson code such as `7.1`: unit number, dot, lesson number. */
const lessonCode = z.string().regex(/^\d+\.\d+$/, 'el código debe tener la forma "7.1"');

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a `Date` (UTC midnight);
 * a quoted one stays a string. Both become a `Date`; anything else (numbers, other formats) fails.
 */
const isoDate = z
  .union([z.date(), z.string()])
  .refine(
    (value) => {
      if (value instanceof Date) return !Number.isNaN(value.getTime());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      // Round-trip so that impossible days (2025-02-30) are rejected, not rolled over.
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    },
    { message: 'la fecha debe ser un día real escrito AAAA-MM-DD' },
  )
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** A unit announced in the course but not written yet. */
export const plannedUnitSchema = z.strictObject({
  /** Unit number as shown to the reader (`8`). */
  number: z.number().int().positive(),
  /** Unit title in Spanish. */
  title: nonEmpty,
});

/** `content/<course>/curso.yaml`. */
export const courseSchema = z.strictObject({
  /** Course title in Spanish, e.g. "Optimización de redes neuronales". */
  title: nonEmpty,
  /** Meta description of the course page: 50–160 characters, plain text. */
  description: metaDescription,
  /** Position of the course on the home page (ascending). */
  order: z.number().int().nonnegative(),
  /** Units announced but not written yet; shown as «próximamente» on the course page. */
  plannedUnits: z.array(plannedUnitSchema).default([]),
});

/** A lesson announced in a unit but not written yet. */
export const upcomingLessonSchema = z.strictObject({
  /** Lesson code, e.g. "7.2". */
  code: lessonCode,
  /** Lesson title in Spanish. */
  title: nonEmpty,
  /** One sentence on what the lesson will cover. */
  summary: nonEmpty,
});

/** `content/<course>/<unit>/unidad.yaml`. */
export const unitSchema = z.strictObject({
  /** Id of the course this unit belongs to (its folder name, e.g. "optimizacion-de-redes-neuronales"). */
  course: slugSegment,
  /** Unit number as shown to the reader (`7`). */
  number: z.number().int().positive(),
  /** Unit title in Spanish, e.g. "Normalización y estabilidad". */
  title: nonEmpty,
  /** Meta description of the unit page: 50–160 characters, plain text. */
  description: metaDescription,
  /** Position of the unit inside its course (ascending). */
  order: z.number().int().nonnegative(),
  /** Lessons not written yet, listed as «próximamente» after the written ones. */
  upcoming: z.array(upcomingLessonSchema).default([]),
});

/** Something the reader should know before the lesson; a link when the site (or the web) covers it. */
export const prerequisiteSchema = z.strictObject({
  /** What to know, in Spanish (e.g. "Descenso por gradiente"). */
  title: nonEmpty,
  /** Where to learn it: a site path starting with "/" or an https URL. Optional. */
  href: z
    .string()
    .regex(/^(\/|https:\/\/)/, 'el enlace debe empezar por "/" o "https://"')
    .optional(),
});

/** Frontmatter of `content/<course>/<unit>/<lesson>.mdx`. */
export const lessonSchema = z.strictObject({
  /** Lesson title in Spanish, e.g. "Batch Normalization". */
  title: nonEmpty,
  /** Lesson code shown before the title, e.g. "7.1". */
  code: lessonCode,
  /** Id of the course (its folder name). */
  course: slugSegment,
  /** Folder name of the unit inside the course, e.g. "unidad-7". */
  unit: slugSegment,
  /** Position of the lesson inside its unit (ascending); drives previous/next links. */
  order: z.number().int().positive(),
  /** Meta description: 50–160 characters, plain text. */
  description: metaDescription,
  /** One or two sentences shown under the title and in the unit's lesson list. */
  summary: nonEmpty,
  /** What the reader will be able to do afterwards; at least one. */
  objectives: z.array(nonEmpty).min(1, 'indica al menos un objetivo'),
  /** What the reader should know first. */
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** Estimated reading time in whole minutes (demos not included). */
  readingMinutes: z.number().int().positive().max(240),
  /** Date of the last substantive change, written `YYYY-MM-DD` (YAML may hand it over as a date). */
  updated: isoDate,
  /** Drafts are not built into pages nor listed. */
  draft: z.boolean().default(false),
});

/** A word or phrase a glossary term replaces: a regular expression (case-sensitive) and why. */
export const avoidedWordingSchema = z.strictObject({
  /** JavaScript regular expression matched against prose (code excluded). */
  pattern: nonEmpty.refine((p) => {
    try {
      new RegExp(p, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'no es una expresión regular válida'),
  /** Why the term is preferred, for the maintainer who meets the error. */
  why: nonEmpty.optional(),
});

/** One concept of a unit's vocabulary. */
export const glossaryTermSchema = z.strictObject({
  /** The Spanish word the lessons and demos use. */
  term: nonEmpty,
  /** The English word(s) of papers and frameworks. */
  en: nonEmpty,
  /** One or two sentences, as the page shows it. */
  definition: nonEmpty,
  /** Wordings replaced by `term`: no lesson or demo text may use them. */
  avoid: z.array(avoidedWordingSchema).default([]),
});

/** `content/<course>/<unit>/glosario.yaml`: one word per concept across the unit's lessons and demos. */
export const glossarySchema = z.strictObject({
  /** How numbers are written in prose (shown with the glossary). */
  numbers: nonEmpty,
  terms: z.array(glossaryTermSchema).min(1),
  /** Phrasings to avoid that are not terms. */
  style: z.array(z.strictObject({ avoid: avoidedWordingSchema.shape.pattern, use: nonEmpty })).default([]),
});

/** One option of a self-check question. */
export const selfCheckOptionSchema = z.strictObject({
  /** The option as the reader reads it; `code` in backticks. */
  text: nonEmpty,
  /** Why it is right or wrong: the feedback after «Comprobar». */
  why: nonEmpty,
  /** Exactly one option of each question says `correct: true`. */
  correct: z.boolean().default(false),
});

/** A multiple-choice question of a lesson's self-check. */
export const selfCheckQuestionSchema = z
  .strictObject({
    /** Stable key of the reader's answer in localStorage: change it when the options change. */
    id: slugSegment,
    /** The question, shown as the legend of its fieldset. */
    question: nonEmpty,
    options: z.array(selfCheckOptionSchema).min(2, 'una pregunta necesita al menos dos opciones'),
    /** Where the lesson shows the answer: an `#anchor` of the lesson or a site path (a demo with its preset). */
    see: z.strictObject({
      href: z.string().regex(/^(#|\/)/, 'el enlace debe empezar por "#" o "/"'),
      label: nonEmpty,
    }),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { message: 'cada pregunta tiene exactamente una opción correcta' });

/**
 * `content/<course>/<unit>/<lesson>.autoevaluacion.yaml`: the lesson's self-check, by block; the lesson
 * places each block with `<SelfCheck block="…" />`.
 */
export const selfCheckSchema = z
  .record(slugSegment, z.array(selfCheckQuestionSchema).min(1))
  .refine((blocks) => {
    const ids = Object.values(blocks).flatMap((qs) => qs.map((q) => q.id));
    return new Set(ids).size === ids.length;
  }, 'los id de las preguntas no se repiten en una lección');

export type CourseData = z.infer<typeof courseSchema>;
export type UnitData = z.infer<typeof unitSchema>;
export type LessonData = z.infer<typeof lessonSchema>;
export type UpcomingLesson = z.infer<typeof upcomingLessonSchema>;
export type PlannedUnit = z.infer<typeof plannedUnitSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type SelfCheckData = z.infer<typeof selfCheckSchema>;
export type SelfCheckQuestion = z.infer<typeof selfCheckQuestionSchema>;
