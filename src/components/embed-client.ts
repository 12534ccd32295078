/**
 * Inside an iframe, an embed page tells its parent how tall its content is, whenever that changes
 * (a demo grows as it trains, or when the reader opens its settings), so the parent can size the
 * iframe without a scrollbar. The message, documented in README («Insertar una demo»):
 *   { type: 'cursoia:demo-size', demo: '<name>', height: <CSS px> }
 * Sent to any origin: it carries nothing but a height.
 */
export const SIZE_MESSAGE = 'cursoia:demo-size';

export function reportSize(): void {
  if (window.parent === window) return;
  const demo = document.querySelector<HTMLElement>('[data-embed-demo]')?.dataset.embedDemo ?? '';
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: SIZE_MESSAGE, demo, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
