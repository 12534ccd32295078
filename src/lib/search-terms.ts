/**
 * Whether a search hit really matches what the reader typed. Pagefind falls back to very short
 * prefixes when a word is nowhere in the index («kilimanjaro» marks the «K.» of an author's initial),
 * so a hit counts only if a highlighted word starts like a word of the query: its first three letters
 * (or the whole word, when shorter), accents and case ignored.
 */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const PREFIX = 3;

/** The highlighted words of a Pagefind excerpt (`<mark>…</mark>`). */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) =>
    fold(m[1] ?? '')
      .split(' ')
      .filter(Boolean),
  );
}

/** True when some marked word of the excerpts shares its start with some word of the query. */
export function matchesQuery(query: string, excerpts: readonly string[]): boolean {
  const starts = fold(query)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.slice(0, PREFIX));
  const marked = excerpts.flatMap(markedWords);
  return starts.some((start) => marked.some((word) => word.startsWith(start)));
}
