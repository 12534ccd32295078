/**
 * schema.org structured data (JSON-LD) for the pages: the course as a `Course`, each lesson as a
 * `LearningResource` that is part of it. Pure functions of absolute URLs and frontmatter, so a test can
 * check them; the layout serialises them into `<script type="application/ld+json">`.
 */

const CONTEXT = 'https://schema.org';

export interface CourseInfo {
  /** Absolute URL of the course page. */
  url: string;
  name: string;
  description: string;
}

export interface LessonInfo {
  /** Absolute URL of the lesson page. */
  url: string;
  /** Lesson code and title, e.g. «7.1 Batch Normalization». */
  name: string;
  description: string;
  /** Absolute URL of the lesson's social image. */
  image: string;
  readingMinutes: number;
  updated: Date;
  objectives: readonly string[];
  course: CourseInfo;
}

const provider = (siteName: string, siteUrl: string) => ({ '@type': 'Organization', name: siteName, url: siteUrl });

/** A `Course` (Google's course rich result needs name, description and provider). */
export function courseData(course: CourseInfo, siteName: string, siteUrl: string) {
  return {
    '@context': CONTEXT,
    '@type': 'Course',
    name: course.name,
    description: course.description,
    url: course.url,
    inLanguage: 'es',
    provider: provider(siteName, siteUrl),
  };
}

/** A `LearningResource` for one lesson, part of its course. `timeRequired` is ISO 8601 (PT30M). */
export function lessonData(lesson: LessonInfo, siteName: string, siteUrl: string) {
  return {
    '@context': CONTEXT,
    '@type': 'LearningResource',
    name: lesson.name,
    description: lesson.description,
    url: lesson.url,
    image: lesson.image,
    inLanguage: 'es',
    learningResourceType: 'lesson',
    interactivityType: 'mixed',
    isAccessibleForFree: true,
    timeRequired: `PT${lesson.readingMinutes}M`,
    dateModified: lesson.updated.toISOString().slice(0, 10),
    teaches: [...lesson.objectives],
    provider: provider(siteName, siteUrl),
    isPartOf: { '@type': 'Course', name: lesson.course.name, description: lesson.course.description, url: lesson.course.url },
  };
}
