/**
 * Training steps for the reference MLP (mlp-reference.ts): plain SGD, SGD with momentum in the form
 * of PyTorch and tfjs (v ← μv + g, θ ← θ − ηv), and BN's running statistics after each step.
 */
import { allocLike, type FloatArray } from './arrays';
import { updateRunningStats } from './batchnorm-running';
import { gradientList, mlpLossAndGrads, mlpParameters, type Mlp, type MlpGrads, type NormLayer } from './mlp-reference';
import { featureMoments, type NormForward } from './norms/normalize';

/** Every parameter with its gradient, in `mlpParameters` order. */
function paired(mlp: Mlp, grads: MlpGrads): { name: string; value: FloatArray; grad: FloatArray }[] {
  const gs = gradientList(mlp, grads);
  return mlpParameters(mlp).map(({ name, value }, i) => ({ name, value, grad: gs[i].value }));
}

/** Plain SGD in place: θ ← θ − lr·∂L/∂θ for every weight, bias, γ and β. */
export function sgdUpdate(mlp: Mlp, grads: MlpGrads, lr: number): void {
  for (const { value, grad } of paired(mlp, grads)) for (let k = 0; k < value.length; k++) value[k] -= lr * grad[k];
}

/** SGD with momentum in place: v ← μv + g, θ ← θ − ηv. `velocity` holds v by parameter name (start with an empty Map). */
export function momentumUpdate(mlp: Mlp, grads: MlpGrads, lr: number, mu: number, velocity: Map<string, FloatArray>): void {
  for (const { name, value, grad } of paired(mlp, grads)) {
    let v = velocity.get(name);
    if (!v) velocity.set(name, (v = allocLike(value, value.length)));
    for (let k = 0; k < value.length; k++) {
      v[k] = mu * v[k] + grad[k];
      value[k] -= lr * v[k];
    }
  }
}

/** Fold a training-mode pass's batch moments into a BN layer's running statistics. */
function updateRunning(n: NormLayer, f: NormForward): void {
  if (!n.running) return;
  const mom = featureMoments(f);
  updateRunningStats(n.running, mom.mean, mom.variance, mom.perSet);
}

/**
 * One training step on a batch: forward (train mode), backward, SGD (with momentum if given), then
 * each BN layer's running statistics are updated with this batch's moments. Returns the batch loss
 * (before the update).
 */
export function mlpTrainStep(
  mlp: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  m: number,
  lr: number,
  momentum?: { mu: number; velocity: Map<string, FloatArray> },
): number {
  const { loss, grads, trace } = mlpLossAndGrads(mlp, x, y, m);
  if (momentum) momentumUpdate(mlp, grads, lr, momentum.mu, momentum.velocity);
  else sgdUpdate(mlp, grads, lr);
  mlp.norms.forEach((n, l) => updateRunning(n, trace.hidden[l].norm!));
  if (mlp.inputNorm && trace.input) updateRunning(mlp.inputNorm, trace.input);
  return loss;
}
