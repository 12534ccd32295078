// @ts-check
/**
 * rehype plugin (MDX): every `<DemoSlot>` learns the level its demo's own headings take, one below the
 * lesson heading before it (an h2 section → h3 headings inside the demo), as a `level` attribute. So
 * a demo never skips a level of the page's outline, wherever an author places it.
 */

/** @typedef {import('hast').Root} Root */
/** @typedef {{ type: string, tagName?: string, name?: string | null, attributes?: unknown[], children?: Node[] }} Node */

const HEADING = /^h([1-6])$/;

export default function rehypeDemoHeadingLevel() {
  return (/** @type {Root} */ tree) => {
    let rank = 1;
    /** @param {Node} node */
    const visit = (node) => {
      const heading = node.type === 'element' && HEADING.exec(node.tagName ?? '');
      if (heading) rank = Number(heading[1]);
      if (node.type === 'mdxJsxFlowElement' && node.name === 'DemoSlot') {
        node.attributes = [
          ...(node.attributes ?? []).filter((a) => /** @type {{ name?: string }} */ (a).name !== 'level'),
          { type: 'mdxJsxAttribute', name: 'level', value: String(Math.min(6, rank + 1)) },
        ];
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(/** @type {Node} */ (tree));
  };
}
