/** Number formats of the reader-facing strings (es-ES: decimal comma; powers of ten as 10⁻⁷). */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/lib/random';
import { common } from '../../src/islands/strings/common';
import { settingsNote } from '../../src/islands/strings/figura-1';
import { es, THOUSANDS_SEPARATOR as NBSP } from '../../src/islands/strings/number-format';

it('powers of ten read as 10⁻ⁿ; other numbers keep the decimal comma', () => {
  expect(common.format.power10(1e-7)).toBe('10⁻⁷');
  expect(common.format.power10(1e-8)).toBe('10⁻⁸');
  expect(common.format.power10(1000)).toBe('10³');
  expect(common.format.power10(0.003)).toBe('0,003');
});

it('figura-1 says which Adam ε it uses, and only for Adam', () => {
  expect(settingsNote(0.003, 'adam', 1e-7)).toMatch(/ε = 10⁻⁷.*TF\.js y Keras.*PyTorch es 10⁻⁸/);
  expect(settingsNote(0.1, 'momentum', 1e-7)).not.toMatch(/ε/);
});

it.each([
  ['percent', () => common.format.percent(0.934), '93,4 %'],
  ['percent, 0 digits', () => common.format.percent(0.5, 0), '50 %'],
  ['number', () => common.format.number(0.60149), '0,601'],
  ['rate', () => common.format.rate(0.0031), '0,0031'],
  ['seconds', () => common.format.seconds(2549), '2,5 s'],
  ['integer', () => common.format.integer(12345.6), `12${NBSP}346`],
  ['plain', () => common.format.plain(0.15), '0,15'],
  ['plain, thousands', () => common.format.plain(10000), `10${NBSP}000`],
  ['progress line', () => common.progressLine(120, 800, 95.4), 'Paso 120 de 800 · 95 pasos/s'],
] as [string, () => string, string][])('%s in Spanish, with the same result on every call', (_name, format, out) => {
  // Twice: the second call goes through the cached formatter for these options.
  expect(format()).toBe(out);
  expect(format()).toBe(out);
});

it('the cached formatters keep their options apart', () => {
  expect(es(12345.678)).toBe(`12${NBSP}345,678`);
  expect(es(1234.5678, { maximumFractionDigits: 3, useGrouping: false })).toBe('1234,568');
  expect(es(12345.678, { maximumFractionDigits: 1 })).toBe(`12${NBSP}345,7`);
});

describe('es() agrees with Intl.NumberFormat("es-ES") for every option set the strings use', () => {
  // The reference: Intl itself, with negative zero shown as 0 and a no-break space between thousands
  // instead of Intl's dot (both on purpose).
  const ref = (v: number, o: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat('es-ES', { ...o, signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions).format(v).replaceAll('.', NBSP);
  const rng = createRng(20261201);
  const rnd = () => rng.uniform();
  const values = [0, -0, 1, -1, 0.5, 0.0005, 0.0049, 0.005, 1234, 12345, 999999.5, 1e-7, 3.14159, -2.675, 0.15, 100, 10000, 123456789];
  for (let i = 0; i < 300; i++) values.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 14 - 8));
  const sets: Intl.NumberFormatOptions[] = [
    {},
    { maximumFractionDigits: 6 },
    { maximumFractionDigits: 1 },
    { maximumSignificantDigits: 3 },
    { maximumSignificantDigits: 2 },
    { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: false },
    { minimumFractionDigits: 0, maximumFractionDigits: 4, useGrouping: false },
  ];
  it.each(sets.map((o) => [JSON.stringify(o), o] as const))('%s', (_name, o) => {
    const bad = values.filter((v) => es(v, o) !== ref(v, o)).map((v) => `${v}: ${es(v, o)} ≠ ${ref(v, o)}`);
    expect(bad).toEqual([]);
  });
  it('writes no "-0" where a negative number rounds to zero', () => {
    expect(es(-0.0001, { maximumFractionDigits: 2 })).toBe('0');
    expect(es(-0.004, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe('0,00');
  });
});
