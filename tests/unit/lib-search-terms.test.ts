import { describe, expect, it } from 'vitest';
import { markedWords, matchesQuery } from '~/lib/search-terms';

describe('search hits', () => {
  it('reads the marked words of an excerpt, folded', () => {
    expect(markedWords('la <mark>Varianza</mark> y <mark>normalización,</mark> no')).toEqual(['varianza', 'normalizacion']);
  });

  it.each([
    ['varianza', ['la <mark>varianza</mark> del batch'], true],
    ['varianzas', ['la <mark>varianza</mark> del batch'], true],
    ['Normalización', ['<mark>normalizar</mark>'], true],
    ['batch norm', ['un <mark>batch</mark>'], true],
    ['kilimanjaro', ['He, <mark>K.,</mark> Zhang'], false],
    ['ornitorrinco', ['pequeños <mark>o</mark> BN'], false],
    ['xyz', [], false],
    ['bn', ['la <mark>BN</mark>'], true],
  ])('%s in %j → %s', (query, excerpts, expected) => {
    expect(matchesQuery(query, excerpts)).toBe(expected);
  });
});
