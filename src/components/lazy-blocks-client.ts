/**
 * Turns on lazy rendering of a lesson's blocks (`data-lazy-blocks` on <html>, prose.css) once every
 * block has been laid out at its real size. A skipped block keeps the last size it was rendered at
 * (`contain-intrinsic-size: auto`), so the page is as tall as it really is: a jump to an anchor far
 * down lands on it, instead of on a position computed from estimates that then shifts as the blocks
 * above take their real sizes. A new viewport width changes those sizes, so each resize renders every
 * block once more before skipping them again.
 *
 * Chromium draws a skipped block that comes into view all at once one frame without its content, and
 * reports that as a layout shift (0.3 to 0.9 for a jump from the top to #error-momentum; scrolling is
 * fine, the browser renders blocks a little ahead). So nothing lands on a skipped block:
 * - blocks on screen when skipping turns on, and the block of the URL's #fragment with the next one,
 *   stay rendered (`data-eager`) until they have been on screen and left it;
 * - before an in-page jump (a link to `#…`, a fragment typed in the address bar, back and forward)
 *   every block renders again, and skipping turns back on at the destination.
 * For the same reason no piece inside a block is skipped on its own (prose.css).
 */
import { BLOCK_CLASS } from '../markdown/blocks.mjs';

const LAZY = 'lazyBlocks';
const EAGER = 'eager';

/** Releases an eager block once it has been on screen and has left it (off screen, the switch shows nothing). */
const release = new IntersectionObserver((entries) => {
  for (const e of entries) {
    const block = e.target as HTMLElement;
    if (e.isIntersecting) block.dataset.seen = '';
    else if (block.dataset.seen !== undefined) {
      delete block.dataset[EAGER];
      delete block.dataset.seen;
      release.unobserve(block);
    }
  }
});

/** The blocks that must not be skipped now: those on screen, and the fragment's target block and the next. */
function blocksToKeep(): HTMLElement[] {
  const onScreen = [...document.querySelectorAll<HTMLElement>(`.${BLOCK_CLASS}`)].filter((block) => {
    const r = block.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id)?.closest<HTMLElement>(`.${BLOCK_CLASS}`) : null;
  const next = target?.nextElementSibling;
  return [...onScreen, ...(target ? [target] : []), ...(next instanceof HTMLElement && next.classList.contains(BLOCK_CLASS) ? [next] : [])];
}

/** Two frames: the first lays out every block, the browser records its size before the second. */
const afterNextLayout = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

export function initLazyBlocks(): void {
  if (!document.querySelector(`.${BLOCK_CLASS}`)) return;
  const root = document.documentElement;
  // Only the latest request turns skipping on: one made before a later resize would skip blocks
  // before they were laid out at the new width.
  let latest = 0;
  const lazy = () => {
    const request = ++latest;
    afterNextLayout(() => {
      if (request !== latest) return;
      for (const block of blocksToKeep()) {
        block.dataset[EAGER] = '';
        release.observe(block);
      }
      root.dataset[LAZY] = '';
    });
  };
  /** Every block rendered again, then skipping from where the reader is. */
  const renderAll = () => {
    delete root.dataset[LAZY];
    lazy();
  };
  if (document.readyState === 'complete') lazy();
  else window.addEventListener('load', lazy, { once: true });

  let width = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    renderAll();
  });
  // A jump inside the page (a link, the address bar, back and forward): render before the browser
  // scrolls there. The Navigation API announces it before the scroll; without it, a click listener
  // does for links (the scroll is the click's default action), and `hashchange`, after the scroll, for the rest.
  const beforeJump = () => {
    if (root.dataset[LAZY] !== undefined) renderAll();
  };
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigate', (event) => {
      if ((event as Event & { hashChange?: boolean }).hashChange) beforeJump();
    });
    return;
  }
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null;
      if (link && link.origin === location.origin && link.pathname === location.pathname && link.hash) beforeJump();
    },
    { capture: true },
  );
  window.addEventListener('hashchange', beforeJump);
}
