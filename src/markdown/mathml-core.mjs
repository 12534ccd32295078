// @ts-check
/**
 * rehype plugin, after rehype-katex with `output: 'mathml'`: makes KaTeX's MathML fit MathML Core,
 * the MathML that Chromium, Firefox and Safari all render, so formulas need no KaTeX CSS, fonts or
 * HTML copy (a third of the lesson's elements).
 * - `mathvariant` other than `normal` is not in MathML Core: a letter in a script, bold or
 *   double-struck variant becomes the Unicode mathematical letter (ℬ stays ℬ, not B). Any other
 *   variant stops the build with a message, rather than render wrongly.
 * - Display formulas are wrapped in `<div class="math-display">` (a block that scrolls sideways on a
 *   phone: prose.css, scroll-regions-client.ts); KaTeX leaves them in an inline <span>.
 * The column alignment of `aligned` (columnalign, not in MathML Core) is done by prose.css.
 */

/** @typedef {import('hast').Root} Root */
/** @typedef {import('hast').Element} Element */
/** @typedef {import('hast').ElementContent} ElementContent */

/** First code point of each variant's A–Z block (a–z follows at +26), and the letters Unicode put elsewhere. */
const VARIANTS = /** @type {const} */ ({
  script: { start: 0x1d49c, holes: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' } },
  bold: { start: 0x1d400, holes: {} },
  'double-struck': { start: 0x1d538, holes: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' } },
});

/**
 * A Latin letter in a mathematical variant, as its Unicode letter.
 * @param {string} letter
 * @param {keyof typeof VARIANTS} variant
 * @returns {string}
 */
export function mathLetter(letter, variant) {
  const { start, holes } = VARIANTS[variant];
  const hole = /** @type {Record<string, string>} */ (holes)[letter];
  if (hole) return hole;
  const code = letter.charCodeAt(0);
  const offset = code >= 65 && code <= 90 ? code - 65 : code >= 97 && code <= 122 ? code - 97 + 26 : -1;
  if (offset < 0) throw new Error(`mathml-core: «${letter}» no es una letra latina`);
  return String.fromCodePoint(start + offset);
}

/**
 * @param {ElementContent} node
 * @returns {string}
 */
const text = (node) => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '');

/** @param {Element} el */
function coreVariant(el) {
  const variant = el.properties.mathVariant ?? el.properties.mathvariant;
  if (variant === undefined || variant === 'normal') return;
  if (typeof variant !== 'string' || !(variant in VARIANTS)) {
    throw new Error(
      `mathml-core: mathvariant="${String(variant)}" no está en MathML Core; añádelo a VARIANTS en src/markdown/mathml-core.mjs`,
    );
  }
  const letters = text(el);
  el.children = [{ type: 'text', value: [...letters].map((l) => mathLetter(l, /** @type {keyof typeof VARIANTS} */ (variant))).join('') }];
  delete el.properties.mathVariant;
  delete el.properties.mathvariant;
}

/** @param {Element} el */
const isDisplayMath = (el) =>
  el.tagName === 'span' &&
  Array.isArray(el.properties.className) &&
  el.properties.className.includes('katex') &&
  el.children.some((c) => c.type === 'element' && c.tagName === 'math' && c.properties.display === 'block');

export default function rehypeMathmlCore() {
  /** @param {{ type: string, children?: ElementContent[] }} node */
  const visit = (node) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') {
        visit(/** @type {{ type: string }} */ (child));
        continue;
      }
      if (child.tagName === 'mi' || child.tagName === 'mn' || child.tagName === 'mtext') coreVariant(child);
      if (isDisplayMath(child)) {
        child.tagName = 'div';
        child.properties.className = ['math-display'];
      }
      visit(child);
    }
  };
  return (/** @type {Root} */ tree) => visit(/** @type {{ type: string, children?: ElementContent[] }} */ (tree));
}
