/**
 * Wide tables and display formulas scroll sideways inside their own box. When one actually
 * overflows, make it reachable by keyboard (tabindex) and give it a name, as WCAG asks of scrollable
 * regions. (Highlighted <pre> blocks already come with tabindex="0" from Shiki.)
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

function scan(): void {
  for (const table of document.querySelectorAll<HTMLElement>('.prose table')) mark(table, ui.scrollRegion.table);
  for (const math of document.querySelectorAll<HTMLElement>('.prose .katex-display')) mark(math, ui.scrollRegion.math);
}

export function initScrollRegions(): void {
  scan();
  let frame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(scan);
  });
}
