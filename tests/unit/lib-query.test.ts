import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  defineSchema,
  formatNumber,
  parseQuery,
  sliderToValue,
  toQuery,
  valueToSlider,
} from '../../src/lib/query';
import { common } from '../../src/islands/strings/common';

const schema = defineSchema({
  lr: { kind: 'number', min: 0.001, max: 10, default: 0.3, log: true },
  batch: { kind: 'integer', min: 2, max: 256, default: 32 },
  act: { kind: 'enum', values: ['sigmoid', 'tanh', 'relu'], default: 'sigmoid' },
  data: { kind: 'enum', values: ['espirales', 'circulos'], default: 'espirales' },
  bn: { kind: 'boolean', default: true },
});
const DEMO = 'bn-vs-sin-bn';
const parse = (q: string) => parseQuery(DEMO, schema, new URLSearchParams(q));

describe('parseQuery', () => {
  it('applies valid parameters addressed to the demo', () => {
    const r = parse('?demo=bn-vs-sin-bn&lr=0.05&batch=64&act=relu&bn=false');
    expect(r.settings).toEqual({ lr: 0.05, batch: 64, act: 'relu', data: 'espirales', bn: false });
    expect(r.notes).toEqual([]);
    expect(r.applied).toEqual(['lr', 'batch', 'act', 'bn']);
    expect(r.addressed).toBe(true);
  });

  it('ignores a query for another demo, or none, silently', () => {
    for (const q of ['?demo=figura-1&lr=abc', '?lr=0.05', '', '?demo=']) {
      const r = parse(q);
      expect(r.settings).toEqual(defaultSettings(schema));
      expect(r.notes).toEqual([]);
      expect(r.addressed).toBe(false);
    }
  });

  it('ignores junk with one Spanish note per bad parameter and keeps the defaults', () => {
    const r = parse('demo=bn-vs-sin-bn&lr=abc&batch=3.5&act=softmax&bn=quizá&foo=1&lr=1e9&batch=0x10');
    expect(r.settings).toEqual(defaultSettings(schema));
    expect(r.notes.map(common.url.note)).toEqual([
      'Se ignoró lr=abc: debe ser un número entre 0.001 y 10.',
      'Se ignoró batch=3.5: debe ser un número entero entre 2 y 256.',
      'Se ignoró act=softmax: debe ser uno de: sigmoid, tanh, relu.',
      'Se ignoró bn=quizá: debe ser true o false (también sí/no, 1/0).',
      'Se ignoró foo=1: esta demo no tiene ese ajuste.',
      'Se ignoró lr=1e9: debe ser un número entre 0.001 y 10.',
      'Se ignoró batch=0x10: debe ser un número entero entre 2 y 256.',
    ]);
  });

  it('rejects empty, infinite and NaN numbers, and shortens long values in notes', () => {
    const long = 'x'.repeat(500);
    const r = parse(`demo=bn-vs-sin-bn&lr=&lr=Infinity&lr=NaN&lr=${long}&__proto__=1&constructor=2`);
    expect(r.settings.lr).toBe(0.3);
    expect(r.notes).toHaveLength(6);
    expect(common.url.note(r.notes[3]).length).toBeLessThan(120);
    expect(r.notes[3].raw).toContain('…');
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
  });

  it('is forgiving about spelling: decimal comma, case, accents, sí/no; a later valid repeat wins', () => {
    const r = parse('demo=bn-vs-sin-bn&lr=0,5&act=TANH&data=círculos&bn=sí&batch=8&batch=16');
    expect(r.settings).toEqual({ lr: 0.5, batch: 16, act: 'tanh', data: 'circulos', bn: true });
    expect(r.notes).toEqual([]);
  });

  it('accepts a raw query string as well', () => {
    expect(parseQuery(DEMO, schema, 'demo=bn-vs-sin-bn&batch=128').settings.batch).toBe(128);
  });
});

describe('toQuery', () => {
  it('writes only non-default values (or all on request) and round-trips', () => {
    const settings = { ...defaultSettings(schema), lr: 0.1 + 0.2, act: 'relu' as const };
    const q = toQuery(DEMO, schema, settings);
    expect(q).toBe('demo=bn-vs-sin-bn&act=relu'); // 0.1 + 0.2 is written 0.3, the default
    const q2 = toQuery(DEMO, schema, { ...settings, lr: 0.05 });
    expect(q2).toBe('demo=bn-vs-sin-bn&lr=0.05&act=relu');
    expect(parse(q2).settings).toEqual({ ...settings, lr: 0.05 });
    const all = toQuery(DEMO, schema, defaultSettings(schema), { all: true });
    expect(all).toBe('demo=bn-vs-sin-bn&lr=0.3&batch=32&act=sigmoid&data=espirales&bn=true');
    expect(parse(all).notes).toEqual([]);
  });

  it('formats numbers without float noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(0.001)).toBe('0.001');
  });
});

describe('schema checks and sliders', () => {
  it('refuses inconsistent schemas', () => {
    expect(() => defineSchema({ lr: { kind: 'number', min: 0, max: 1, default: 0.5, log: true } })).toThrow(/logarithmic/);
    expect(() => defineSchema({ n: { kind: 'integer', min: 1, max: 5, default: 9 } })).toThrow(/out of range/);
    expect(() => defineSchema({ a: { kind: 'enum', values: ['x'], default: 'y' } })).toThrow(/not one of its values/);
    expect(() => defineSchema({ demo: { kind: 'boolean', default: true } })).toThrow(/reserved/);
  });

  it('maps a log slider geometrically and inverts it', () => {
    const f = schema.lr;
    expect(sliderToValue(f, 0)).toBeCloseTo(0.001, 12);
    expect(sliderToValue(f, 1)).toBe(10);
    expect(sliderToValue(f, 0.5)).toBeCloseTo(0.1, 10); // geometric midpoint of 0.001 and 10
    expect(valueToSlider(f, 0.1)).toBeCloseTo(0.5, 10);
    expect(sliderToValue(f, 2)).toBe(10);
    expect(sliderToValue(schema.batch, 0.5)).toBe(129);
    expect(valueToSlider(schema.batch, 2)).toBe(0);
  });
});

describe('edges of the ranges and formats', () => {
  it.each([
    ['lr=0.001', 'lr', 0.001],
    ['lr=10', 'lr', 10],
    ['lr=%20.5%20', 'lr', 0.5],
    ['lr=%2B.5', 'lr', 0.5],
    ['lr=5.', 'lr', 5],
    ['lr=1E-2', 'lr', 0.01],
    ['batch=2', 'batch', 2],
    ['batch=256', 'batch', 256],
    ['batch=4.0', 'batch', 4],
    ['bn=OFF', 'bn', false],
    ['bn=on', 'bn', true],
    ['bn=%20no%20', 'bn', false],
    ['act=%20Relu', 'act', 'relu'],
  ])('accepts %s', (q, key, value) => {
    const r = parse(`demo=${DEMO}&${q}`);
    expect(r.notes).toEqual([]);
    expect((r.settings as Record<string, unknown>)[key]).toBe(value);
  });

  it.each(['lr=0.000999', 'lr=10.0001', 'batch=1', 'batch=257', 'lr=1,2,3', 'lr=e5', 'lr=.', 'lr=5e', 'bn=', 'act='])('refuses %s', (q) => {
    const r = parse(`demo=${DEMO}&${q}`);
    expect(r.notes).toHaveLength(1);
    expect(r.settings).toEqual(defaultSettings(schema));
  });

  it('shortens keys and values to 30 characters, not fewer', () => {
    const k30 = 'k'.repeat(30);
    const v31 = 'v'.repeat(31);
    const [note] = parse(`demo=${DEMO}&${k30}=${v31}`).notes;
    expect(note.key).toBe(k30);
    expect(note.raw).toBe(`${'v'.repeat(30)}…`);
  });

  it('accepts a default at either end of its range', () => {
    expect(() => defineSchema({ a: { kind: 'integer', min: 1, max: 5, default: 1 }, b: { kind: 'number', min: 1, max: 5, default: 5, log: true } })).not.toThrow();
    expect(() => defineSchema({ n: { kind: 'number', min: 1, max: 5, default: 0.5 } })).toThrow(/out of range/);
  });

  it('a linear slider maps and clamps, and a one-value field sits at 0', () => {
    const f = { kind: 'number' as const, min: -1, max: 3, default: 0 };
    expect(sliderToValue(f, 0.25)).toBe(0);
    expect(sliderToValue(f, -2)).toBe(-1);
    expect(valueToSlider(f, 2)).toBe(0.75);
    expect(valueToSlider(f, 9)).toBe(1);
    expect(valueToSlider(f, -9)).toBe(0);
    expect(valueToSlider({ kind: 'integer', min: 4, max: 4, default: 4 }, 4)).toBe(0);
    expect(valueToSlider(schema.lr, 1e-9)).toBe(0);
  });

  it('toQuery skips settings it is not given and writes booleans and enums as text', () => {
    const q = toQuery(DEMO, schema, { bn: false, act: 'tanh' } as never);
    expect(q).toBe('demo=bn-vs-sin-bn&act=tanh&bn=false');
  });
});
