import { describe, expect, it } from 'vitest';
import { courseSchema, glossarySchema, lessonSchema, unitSchema } from '~/content/schemas';
import { contentFiles, readData } from './content-files';

const validLesson = {
  title: 'Batch Normalization',
  code: '7.1',
  course: 'optimizacion-de-redes-neuronales',
  unit: 'unidad-7',
  order: 1,
  description: 'Qué hace Batch Normalization, por qué ayuda a entrenar y cómo usarla bien en PyTorch, Keras y TF.js.',
  summary: 'Normalizar las activaciones de cada mini-batch.',
  objectives: ['Calcular μ y σ² de un mini-batch'],
  readingMinutes: 25,
  updated: '2025-11-20',
};

const validUnit = {
  course: 'optimizacion-de-redes-neuronales',
  number: 7,
  title: 'Normalización y estabilidad',
  description: 'Normalizar activaciones para entrenar redes profundas más rápido y de forma más estable.',
  order: 7,
  upcoming: [{ code: '7.2', title: 'Layer Normalization', summary: 'Normalizar por ejemplo.' }],
};

const validCourse = {
  title: 'Optimización de redes neuronales',
  description: 'Curso práctico para entrenar redes neuronales de forma rápida y estable, en tu navegador.',
  order: 1,
};

/** The paths of every issue zod reports, as dotted strings. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('lessonSchema', () => {
  it('accepts a complete lesson and fills the defaults', () => {
    const data = lessonSchema.parse(validLesson);
    expect(data.draft).toBe(false);
    expect(data.prerequisites).toEqual([]);
    expect(data.updated.toISOString()).toBe('2025-11-20T00:00:00.000Z');
  });

  it('accepts a date that YAML already turned into a Date', () => {
    const updated = new Date(Date.UTC(2025, 10, 20));
    expect(lessonSchema.parse({ ...validLesson, updated }).updated).toEqual(updated);
  });

  it('reports each wrong field at its own path', () => {
    const result = lessonSchema.safeParse({
      ...validLesson,
      code: '7-1',
      description: 'x'.repeat(161),
      objectives: [],
      readingMinutes: 2.5,
      prerequisites: [{ title: 'Gradiente', href: 'http://inseguro.example' }],
    });
    expect(issuePaths(result).sort()).toEqual(
      ['code', 'description', 'objectives', 'prerequisites.0.href', 'readingMinutes'].sort(),
    );
  });

  it('requires the title and rejects unknown fields (typos)', () => {
    const { title: _omitted, ...rest } = validLesson;
    const result = lessonSchema.safeParse({ ...rest, readingMinute: 3 });
    const issues = result.error?.issues ?? [];
    expect(issues.find((i) => i.path.join('.') === 'title')).toBeDefined();
    const unknown = issues.find((i) => i.code === 'unrecognized_keys');
    expect(unknown && 'keys' in unknown ? unknown.keys : []).toEqual(['readingMinute']);
  });

  it('rejects impossible or badly written dates', () => {
    for (const updated of ['2025-02-30', '20/11/2025', 20251120]) {
      expect(issuePaths(lessonSchema.safeParse({ ...validLesson, updated })), String(updated)).toEqual(['updated']);
    }
  });

  it('rejects an id-unsafe course or unit', () => {
    expect(issuePaths(lessonSchema.safeParse({ ...validLesson, unit: 'Unidad 7' }))).toEqual(['unit']);
  });
});

describe('unitSchema', () => {
  it('accepts a unit with upcoming lessons', () => {
    expect(unitSchema.parse(validUnit).upcoming[0]?.code).toBe('7.2');
  });

  it('defaults upcoming to an empty list', () => {
    const { upcoming: _omitted, ...rest } = validUnit;
    expect(unitSchema.parse(rest).upcoming).toEqual([]);
  });

  it('points at the faulty upcoming lesson', () => {
    const result = unitSchema.safeParse({ ...validUnit, upcoming: [{ code: 'siete', title: 'X', summary: '' }] });
    expect(issuePaths(result).sort()).toEqual(['upcoming.0.code', 'upcoming.0.summary']);
  });
});

describe('courseSchema', () => {
  it('accepts a course and defaults plannedUnits', () => {
    expect(courseSchema.parse(validCourse).plannedUnits).toEqual([]);
  });

  it('rejects a short description and a non-integer order', () => {
    const result = courseSchema.safeParse({ ...validCourse, description: 'Corta', order: 1.5 });
    expect(issuePaths(result).sort()).toEqual(['description', 'order']);
  });
});

describe('the real content files', () => {
  const files = contentFiles();
  const data = readData;

  it('every course, unit and lesson matches its schema', () => {
    const checked = { curso: 0, unidad: 0, leccion: 0, glosario: 0 };
    for (const file of files) {
      if (file.endsWith('/curso.yaml')) {
        courseSchema.parse(data(file));
        checked.curso += 1;
      } else if (file.endsWith('/unidad.yaml')) {
        unitSchema.parse(data(file));
        checked.unidad += 1;
      } else if (file.endsWith('.mdx')) {
        lessonSchema.parse(data(file));
        checked.leccion += 1;
      } else if (file.endsWith('/glosario.yaml')) {
        glossarySchema.parse(data(file));
        checked.glosario += 1;
      }
    }
    expect(checked.curso).toBeGreaterThanOrEqual(1);
    expect(checked.unidad).toBeGreaterThanOrEqual(1);
    expect(checked.leccion).toBeGreaterThanOrEqual(1);
    expect(checked.glosario).toBeGreaterThanOrEqual(1);
  });
});
