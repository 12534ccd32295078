// @ts-check
/**
 * rehype plugin: each GFM task-list item (`- [ ] text`) gets its checkbox and the text after it inside
 * one <label class="checklist__item-label">, at build time, so the box has an accessible name before
 * any script runs (and the whole line toggles it once <Checklist> enables the boxes). A nested list
 * stays outside the label.
 */

/** @typedef {import('hast').Root} Root */
/** @typedef {import('hast').Element} Element */
/** @typedef {import('hast').ElementContent} ElementContent */

/** @param {ElementContent} node */
const isList = (node) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');

/** @param {Element} li */
function labelItem(li) {
  const at = li.children.findIndex((c) => c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox');
  if (at < 0) return;
  const end = li.children.findIndex((c, i) => i > at && isList(c));
  const stop = end < 0 ? li.children.length : end;
  const [box, ...text] = li.children.slice(at, stop);
  /** @type {Element} */
  const label = {
    type: 'element',
    tagName: 'label',
    properties: { className: ['checklist__item-label'] },
    children: [/** @type {Element} */ (box), { type: 'element', tagName: 'span', properties: {}, children: text }],
  };
  li.children.splice(at, stop - at, label);
}

export default function rehypeTaskLabels() {
  // Recurses through every node with children, MDX components (<Checklist>) included.
  /** @param {{ type: string, children?: unknown[] }} node */
  const visit = (node) => {
    if (node.type === 'element') {
      const li = /** @type {Element} */ (node);
      const classes = li.properties.className;
      if (li.tagName === 'li' && Array.isArray(classes) && classes.includes('task-list-item')) labelItem(li);
    }
    for (const child of node.children ?? []) visit(/** @type {{ type: string, children?: unknown[] }} */ (child));
  };
  return (/** @type {Root} */ tree) => visit(tree);
}
