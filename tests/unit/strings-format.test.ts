/** Number formats of the reader-facing strings (es-ES: decimal comma; powers of ten as 10⁻⁷). */
import { expect, it } from 'vitest';
import { common } from '../../src/islands/strings/common';
import { settingsNote } from '../../src/islands/strings/figura-1';

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
