/** `prefers-reduced-motion` as a Preact hook: islands redraw less often when it is set. */
import { useEffect, useState } from 'preact/hooks';

/** True when the reader asked for reduced motion; follows changes live. False during SSR. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!mq) return;
    const update = () => setReduced(mq.matches);
    update();
    mq.addEventListener?.('change', update);
    return () => mq.removeEventListener?.('change', update);
  }, []);
  return reduced;
}
