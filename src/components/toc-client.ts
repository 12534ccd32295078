/**
 * Marks the TOC link of the section being read (`aria-current="true"`), and closes the phone TOC
 * (<details>) after one of its links is followed.
 */
import { BLOCK_CLASS } from '../markdown/blocks.mjs';

export function initToc(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const ids = [...new Set(links.map((a) => a.getAttribute('href')?.slice(1) ?? ''))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);

  for (const link of links) {
    link.addEventListener('click', () => link.closest('details')?.removeAttribute('open'));
  }
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;

  // A heading that opens a lesson block (src/markdown/blocks.mjs) is measured by its block: the block
  // has a box even while it is skipped off screen, where measuring the heading would lay it out.
  const top = (heading: HTMLElement): number => {
    const block = heading.parentElement;
    const box = block?.classList.contains(BLOCK_CLASS) && block.firstElementChild === heading ? block : heading;
    return box.getBoundingClientRect().top;
  };
  const highlight = (): void => {
    // The current section is the last heading above the top third of the viewport.
    const limit = window.innerHeight / 3;
    let current = headings[0];
    for (const heading of headings) if (top(heading) <= limit) current = heading;
    const href = `#${current?.id ?? ''}`;
    for (const link of links) {
      if (link.getAttribute('href') === href) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  // Fires whenever a heading crosses the line one third down the viewport.
  const observer = new IntersectionObserver(highlight, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) observer.observe(heading);
}
