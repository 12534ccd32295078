/**
 * The little markup that content data (self-check questions, glossary definitions) may carry, as
 * HTML: the text escaped, and `code` in backticks as <code>. Nothing else is interpreted, so data
 * files can never inject markup.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `text` as HTML: escaped, with each `…` span as <code>…</code> (an unpaired backtick stays a backtick). */
export function inlineHtml(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}
