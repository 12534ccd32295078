/** Turns Astro's flat heading list into the nested list the table of contents renders. Pure. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Keeps h2 (top level) and h3 (nested under the h2 before it) headings. An h3 before any h2 is
 * promoted to the top level rather than lost.
 */
export function tocTree(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const top: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text.trim(), children: [] };
    const parent = top.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else top.push(item);
  }
  return top;
}
