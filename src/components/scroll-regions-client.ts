/**
 * Wide tables and display formulas scroll sideways inside their own box. When one actually
 * overflows, make it reachable by keyboard (tabindex) and give it a name, as WCAG asks of scrollable
 * regions. (Highlighted <pre> blocks already come with tabindex="0" from Shiki.)
 *
 * Checked from a ResizeObserver, whose reports come after the browser's own layout: reading a box's
 * widths then forces no layout, and a box inside a lesson block not yet rendered (content-visibility)
 * is checked when it first gets a size, and again whenever the window changes it.
 */
import { ui } from './strings';

function mark(box: HTMLElement, name: string): void {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows && !box.hasAttribute('tabindex')) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', name);
    box.dataset.scrollRegion = '';
  } else if (!overflows && box.dataset.scrollRegion !== undefined) {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
    delete box.dataset.scrollRegion;
  }
}

const REGIONS: [selector: string, name: string][] = [
  ['.prose table', ui.scrollRegion.table],
  ['.prose .math-display', ui.scrollRegion.math],
];

export function initScrollRegions(): void {
  const names = new Map<Element, string>();
  const ro = new ResizeObserver((entries) => {
    for (const e of entries) if (e.contentRect.width > 0) mark(e.target as HTMLElement, names.get(e.target)!);
  });
  for (const [selector, name] of REGIONS)
    for (const box of document.querySelectorAll<HTMLElement>(selector)) {
      names.set(box, name);
      ro.observe(box);
    }
}
