// @ts-check
/**
 * remark plugin: stable heading ids for Markdown and MDX.
 *
 * - A heading whose text ends with an explicit marker `{#some-id}` gets that id and loses the marker.
 *   In MDX the braces must be escaped in the source (`## Errores típicos \{#errores-tipicos\}`);
 *   after parsing, the text node simply ends with `{#errores-tipicos}`.
 * - Any other heading gets a slug of its text with accents removed (`Introducción` → `introduccion`,
 *   `Tamaño` → `tamano`), made unique in the document (`-1`, `-2`, … like GitHub).
 *
 * The id is written to `node.data.hProperties.id`, so it reaches the HTML element; Astro's
 * `rehypeHeadingIds` keeps an existing id and records it in the `headings` list (the TOC).
 *
 * Written as plain JavaScript (checked by TypeScript) so astro.config.mjs can import it directly.
 */

/** @typedef {import('mdast').Root} Root */
/** @typedef {import('mdast').Heading} Heading */
/** @typedef {import('mdast').Text} Text */
/** What mdast-util-to-hast reads from `node.data` (its own type augmentation is not loaded here). */
/** @typedef {{ hProperties?: Record<string, unknown> }} HastData */

/** An explicit id marker at the very end of a heading's text. */
const MARKER = /\s*\{#([A-Za-z][A-Za-z0-9_-]*)\}\s*$/;

/**
 * Slug of a heading text: lower case, accents and other combining marks dropped, every run of
 * characters outside [a-z0-9] turned into a single hyphen, no hyphen at either end.
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Plain text of an mdast node: text, inline code and inline maths values, recursively.
 * @param {unknown} node
 * @returns {string}
 */
export function textOf(node) {
  if (!node || typeof node !== 'object') return '';
  const n = /** @type {{ type?: string, value?: unknown, children?: unknown[] }} */ (node);
  if ((n.type === 'text' || n.type === 'inlineCode' || n.type === 'inlineMath') && typeof n.value === 'string') {
    return n.value;
  }
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

/**
 * Removes a trailing `{#id}` marker from a heading (mutating it) and returns the id, or null.
 * Adjacent trailing text nodes are merged first, so a marker split by the parser is still found.
 * @param {Heading} heading
 * @returns {string | null}
 */
export function takeExplicitId(heading) {
  const kids = heading.children;
  let start = kids.length;
  while (start > 0 && kids[start - 1]?.type === 'text') start -= 1;
  if (start === kids.length) return null;
  const tail = /** @type {Text[]} */ (kids.slice(start));
  const joined = tail.map((t) => t.value).join('');
  const match = MARKER.exec(joined);
  if (!match) return null;
  const rest = joined.slice(0, match.index);
  const merged = /** @type {Text} */ ({ ...tail[0], value: rest });
  kids.splice(start, tail.length, ...(rest ? [merged] : []));
  return /** @type {string} */ (match[1]);
}

/**
 * Collects every heading of the tree, in document order.
 * @param {unknown} node
 * @param {Heading[]} out
 * @returns {Heading[]}
 */
function collectHeadings(node, out = []) {
  const n = /** @type {{ type?: string, children?: unknown[] }} */ (node);
  if (n.type === 'heading') out.push(/** @type {Heading} */ (node));
  if (Array.isArray(n.children)) for (const child of n.children) collectHeadings(child, out);
  return out;
}

/**
 * @param {Heading} heading
 * @param {string} id
 */
function setId(heading, id) {
  const data = /** @type {HastData} */ ((heading.data ??= {}));
  data.hProperties = { ...data.hProperties, id };
}

/**
 * An id some earlier plugin already set on the heading, if any.
 * @param {Heading} heading
 * @returns {string | null}
 */
function presetId(heading) {
  const id = /** @type {HastData | undefined} */ (heading.data)?.hProperties?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * The plugin. Throws (failing the build) when two headings claim the same explicit id.
 * @returns {(tree: Root) => void}
 */
export default function remarkHeadingIds() {
  return (tree) => {
    const headings = collectHeadings(tree);
    /** @type {Set<string>} */
    const taken = new Set();
    /** @type {Heading[]} */
    const pending = [];
    for (const heading of headings) {
      const id = takeExplicitId(heading) ?? presetId(heading);
      if (id === null) {
        pending.push(heading);
        continue;
      }
      if (taken.has(id)) throw new Error(`remark-heading-ids: el id «${id}» se repite en dos encabezados`);
      taken.add(id);
      setId(heading, id);
    }
    for (const heading of pending) {
      const base = slugify(textOf(heading)) || 'seccion';
      let id = base;
      for (let n = 1; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      setId(heading, id);
    }
  };
}

export { remarkHeadingIds };
