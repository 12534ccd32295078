// @ts-check
/**
 * rehype plugin: site-absolute links in lessons (`[unidad](/optimizacion-de-redes-neuronales/unidad-7/)`)
 * get the site's `base` in front, so a build under a sub-path (`/cursoia/`) keeps them working. Links
 * to other hosts (`//`, `https:`), anchors and relative links are left alone. The components do the
 * same through `withBase` (src/lib/site-path.ts); both apply src/lib/base-path.mjs.
 */
import { underBase } from '../lib/base-path.mjs';

/** @typedef {import('hast').Root} Root */
/** @typedef {import('hast').Element} Element */

/** @param {{ base?: string }} [options] Astro's `base`, e.g. '/' or '/cursoia' */
export default function rehypeBaseLinks(options = {}) {
  const base = options.base ?? '/';
  /** @param {string} path */
  const prefix = (path) => underBase(path, base);
  // Recurses through every node with children, MDX components (<Callout>, <DemoSlot>) included.
  /** @param {{ type: string, children?: unknown[] }} node */
  const visit = (node) => {
    if (node.type === 'element') {
      const { properties } = /** @type {Element} */ (node);
      for (const attr of ['href', 'src']) {
        const value = properties[attr];
        if (typeof value === 'string') properties[attr] = prefix(value);
      }
    }
    for (const child of node.children ?? []) visit(/** @type {{ type: string, children?: unknown[] }} */ (child));
  };
  return (/** @type {Root} */ tree) => visit(tree);
}
