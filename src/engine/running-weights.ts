/**
 * The weights of BN's running-statistics update r ← r·keep + batch·fresh, per model and entry of the
 * running layout: for a model with BN at that layer, keep = 1 − w and fresh = w (means) or
 * w·b/(b − 1) (variances: PyTorch stores the unbiased one; b = examples per set); for the others,
 * keep = 1 and fresh = 0 (no change). Plain numbers, computed once when a trainer is built.
 */
import type { EngineConfig } from './config';
import type { StackNetwork } from './stack-network';
import type { Layout } from './params';

export function runningWeights(cfg: EngineConfig, layout: Layout, network: StackNetwork): { keep: Float32Array; fresh: Float32Array } {
  const keep = new Float32Array(cfg.k * layout.r);
  const fresh = new Float32Array(cfg.k * layout.r);
  const w = cfg.runningWeight;
  for (let m = 0; m < cfg.k; m++) {
    for (const piece of layout.running) {
      const b = network.perSet(m, piece.layer!, cfg.batchSize);
      const on = b > 0;
      const isVar = piece.stat === 'variance';
      for (let i = 0; i < piece.size; i++) {
        keep[m * layout.r + piece.offset + i] = on ? 1 - w : 1;
        // Bessel's factor b/(b − 1); a set of one example has variance 0, so any finite factor gives 0.
        fresh[m * layout.r + piece.offset + i] = on ? (isVar && b > 1 ? (w * b) / (b - 1) : w) : 0;
      }
    }
  }
  return { keep, fresh };
}
