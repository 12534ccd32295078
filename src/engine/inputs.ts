/** Fixed input preprocessing per model (ModelSpec.standardizeInputs), built once from the training split. */
import { standardizer, type Dataset } from '../lib/datasets';
import type { EngineConfig } from './config';
import type { InputAffine } from './network';

/** Per-model input preprocessing: the training split's standardisation, or the identity. */
export function inputAffine(cfg: EngineConfig, train: Dataset): InputAffine | null {
  if (!cfg.standardizeInputs.some(Boolean)) return null;
  const fit = standardizer(train);
  const d = train.dims;
  const scale = new Float32Array(cfg.k * d).fill(1);
  const shift = new Float32Array(cfg.k * d);
  cfg.standardizeInputs.forEach((on, m) => {
    if (!on) return;
    scale.set(fit.scale, m * d);
    shift.set(fit.shift, m * d);
  });
  return { scale, shift };
}
