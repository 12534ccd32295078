// @ts-check
/**
 * rehype plugin: cut a lesson into blocks, one per heading (h2–h4) and what follows it up to the
 * next heading; content before the first heading is a block of its own. Each block is a
 * `<div class="prose-block">` that CSS renders lazily (`content-visibility: auto`, prose.css), so a
 * demo training on screen does not make the browser re-paint, re-layerise and hit-test the rest of a
 * long lesson on every frame. Headings keep their ids, and the blocks add no landmarks or outline
 * (a div, not a section).
 *
 * MDX's import/export statements stay at the top level, where MDX expects them.
 *
 * Written as plain JavaScript (checked by TypeScript) so astro.config.mjs can import it directly.
 */

/** @typedef {import('hast').Root} Root */
/** @typedef {import('hast').RootContent} RootContent */
/** @typedef {import('hast').Element} Element */
/** @typedef {import('hast').ElementContent} ElementContent */

export const BLOCK_CLASS = 'prose-block';

const HEADING = /^h[2-4]$/;

/** @param {RootContent} node */
const isHeading = (node) => node.type === 'element' && HEADING.test(node.tagName);

/** @param {RootContent} node */
const isEsm = (node) => /** @type {{ type: string }} */ (node).type === 'mdxjsEsm';

/** @param {RootContent} node */
const isBlank = (node) => node.type === 'text' && node.value.trim() === '';

/**
 * @param {ElementContent[]} children
 * @returns {Element}
 */
const block = (children) => ({ type: 'element', tagName: 'div', properties: { className: [BLOCK_CLASS] }, children });

/** Wraps the root's children into blocks. */
export default function rehypeBlocks() {
  /** @param {Root} tree */
  return (tree) => {
    /** @type {RootContent[]} */
    const out = [];
    /** @type {ElementContent[] | null} */
    let current = null;
    for (const node of tree.children) {
      if (isEsm(node)) {
        out.push(node);
        continue;
      }
      if (isHeading(node) || (!current && !isBlank(node))) {
        current = [];
        out.push(block(current));
      }
      // Below the root only a doctype cannot go, and a parsed document has none here.
      if (current && node.type !== 'doctype') current.push(node);
      else out.push(node);
    }
    tree.children = out;
  };
}
