/**
 * Turns on lazy rendering of a lesson's blocks (`data-lazy-blocks` on <html>, prose.css) once every
 * block has been laid out at its real size. A skipped block keeps the last size it was rendered at
 * (`contain-intrinsic-size: auto`), so the page is as tall as it really is: a jump to an anchor far
 * down lands on it, instead of on a position computed from estimates that then shifts as the blocks
 * above take their real sizes. A new viewport width changes those sizes, so each resize renders every
 * block once more before skipping them again.
 */
import { BLOCK_CLASS } from '../markdown/blocks.mjs';

const LAZY = 'lazyBlocks';

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
      if (request === latest) root.dataset[LAZY] = '';
    });
  };
  if (document.readyState === 'complete') lazy();
  else window.addEventListener('load', lazy, { once: true });

  let width = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    delete root.dataset[LAZY];
    lazy();
  });
}
