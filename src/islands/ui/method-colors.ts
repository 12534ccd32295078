/** One colour per normalisation, the same in every demo's tables, curves and legends (demo.css defines the variables, light and dark). */
import type { MethodName } from '../../lib/experiments/norms';

export const METHOD_COLORS: Record<MethodName, string> = {
  none: 'var(--demo-series-plain, #c2410c)',
  bn: 'var(--demo-series-bn, #1d4ed8)',
  ln: 'var(--demo-series-3, #15803d)',
  rms: 'var(--demo-class-0, #0e7490)',
  gn: 'var(--demo-class-1, #a21caf)',
  in: 'var(--demo-series-in, #a16207)',
};
