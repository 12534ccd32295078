// @ts-check
/**
 * rehype plugin (MDX): components with headings of their own learn the level those take, as a `level`
 * attribute, so that they never skip a level of the page's outline wherever an author places them:
 *
 * - `<DemoSlot>`: one below the lesson heading before it (an h2 section → h3 headings inside the demo);
 * - `<SelfCheck block="…">`: one below the heading of the section it closes, the heading whose id is its
 *   `block` (`block="funcionamiento"` after the h4s of Funcionamiento → an h4, like its subsections),
 *   else one below the heading before it; it also learns that heading's text (`section`), so that the
 *   page's self-check headings differ.
 */

/** @typedef {import('hast').Root} Root */
/** @typedef {{ type: string, name?: string, value?: unknown }} Attribute */
/** @typedef {{ type: string, tagName?: string, name?: string | null, value?: string, properties?: Record<string, unknown>, attributes?: Attribute[], children?: Node[] }} Node */

const HEADING = /^h([1-6])$/;

/**
 * @param {Node} node
 * @param {string} name
 */
const attribute = (node, name) => node.attributes?.find((a) => a.name === name)?.value;

/**
 * @param {Node} node
 * @returns {string}
 */
const textOf = (node) => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * @param {Node} node
 * @param {Record<string, string>} values
 */
function setAttributes(node, values) {
  node.attributes = [
    ...(node.attributes ?? []).filter((a) => !(a.name && a.name in values)),
    ...Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
  ];
}

/** @param {number} level */
const levelValue = (level) => String(Math.min(6, level));

export default function rehypeHeadingLevels() {
  return (/** @type {Root} */ tree) => {
    let rank = 1;
    /** @type {Map<string, { level: number, text: string }>} */
    const headingOfId = new Map();
    /** @param {Node} node */
    const visit = (node) => {
      const heading = node.type === 'element' && HEADING.exec(node.tagName ?? '');
      if (heading) {
        rank = Number(heading[1]);
        const id = node.properties?.id;
        if (typeof id === 'string') headingOfId.set(id, { level: rank, text: textOf(node).trim() });
      }
      if (node.type === 'mdxJsxFlowElement' && node.name === 'DemoSlot') setAttributes(node, { level: levelValue(rank + 1) });
      if (node.type === 'mdxJsxFlowElement' && node.name === 'SelfCheck') {
        const block = attribute(node, 'block');
        const section = typeof block === 'string' ? headingOfId.get(block) : undefined;
        setAttributes(node, { level: levelValue((section?.level ?? rank) + 1), ...(section ? { section: section.text } : {}) });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(/** @type {Node} */ (tree));
  };
}
