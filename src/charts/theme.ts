/**
 * Colours for canvas drawing. Canvases cannot use CSS variables directly, so charts read the site's
 * custom properties from the element they draw in, and redraw when the theme changes (the system
 * colour scheme, or a `data-theme`/`class` change on <html> made by a theme switch).
 */
import { useEffect, useState } from 'preact/hooks';

/** The value of a CSS custom property on `el` (e.g. `--demo-bn`), or `fallback` when unset. */
export function cssVar(el: Element | null, name: string, fallback: string): string {
  if (!el || typeof getComputedStyle === 'undefined') return fallback;
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v || fallback;
}

/**
 * Resolve a colour given as `var(--name, fallback)` or as a plain CSS colour. Charts accept either,
 * so islands can pass the site's variables and still draw on a canvas.
 */
export function resolveColor(el: Element | null, color: string): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(color.trim());
  if (!m) return color;
  return cssVar(el, m[1], m[2]?.trim() ?? '#888');
}

/** A number that changes whenever the page's colour theme may have changed; use it as an effect dep. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    mq?.addEventListener?.('change', bump);
    const mo = new MutationObserver(bump);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => {
      mq?.removeEventListener?.('change', bump);
      mo.disconnect();
    };
  }, []);
  return version;
}
