/**
 * What can be wrong with an experiment spec or a checkpoint, as typed problems with codes: the engine
 * says what is wrong, the strings module of whoever shows it (src/worker/strings.ts) says it in Spanish.
 */
import type { MatesProblem } from '../lib/batch-mates';
import type { NormShapeProblem } from '../lib/norms/index-sets';

/** Integer settings the engine checks, to name them in a message. */
export type IntegerSetting =
  | 'hiddenWidth'
  | 'batchSize'
  | 'batchClasses'
  | 'steps'
  | 'evalEvery'
  | 'ghostBatch'
  | 'groups'
  | 'decisionGrid'
  | 'matesBatch'
  | 'recurrentSteps'
  | 'hiddenNormSteps'
  | 'hiddenNormExamples'
  | 'residualBlocks'
  | 'warmupSteps';

export type SpecProblem =
  | { code: 'missing' }
  | { code: 'no-models' }
  | { code: 'too-many-models'; count: number; max: number }
  | { code: 'too-many-layers'; max: number }
  | { code: 'not-an-integer'; setting: IntegerSetting; value: unknown; max: number; layer?: number; model?: string }
  | { code: 'unknown-activation' | 'unknown-init' | 'unknown-optimizer'; value: unknown }
  | { code: 'bad-seed' }
  | { code: 'momentum-without-convention' }
  | { code: 'momentum-out-of-range'; value: unknown; convention: string }
  | { code: 'bn-epsilon-out-of-range' | 'adam-epsilon-out-of-range' | 'divergence-not-positive'; value: unknown }
  | { code: 'bad-model-id'; id: unknown }
  | { code: 'bad-learning-rate'; model: string; value: unknown }
  | { code: 'no-norm'; model: string }
  | { code: 'unknown-norm'; model: string; value: unknown }
  | { code: 'unknown-position'; model: string; value: unknown }
  | { code: 'unknown-single-example'; model: string; value: unknown }
  | { code: 'norm-without-hidden-layers'; model: string }
  | { code: 'norm-shape'; model: string; problem: NormShapeProblem }
  | { code: 'probe-layer'; layer: unknown }
  | { code: 'probe-unit'; layer: number; unit: unknown }
  | { code: 'decision-map-needs-2d' }
  | { code: 'train-mode-needs-a-test-batch'; batch: number; nTest: number }
  | { code: 'mates-shape'; problem: MatesProblem }
  | { code: 'bad-probe-list'; probe: 'scan' }
  | { code: 'recurrent-layers'; count: number }
  | { code: 'rows-do-not-divide'; dims: number; steps: number }
  | { code: 'recurrent-scale'; value: unknown }
  | { code: 'recurrent-norm'; model: string; kind: string }
  | { code: 'recurrent-input'; model: string }
  | { code: 'probe-not-recurrent'; probe: string }
  | { code: 'probe-needs-recurrent'; probe: string }
  | { code: 'residual-layers'; count: number }
  | { code: 'residual-norm'; model: string; kind: string }
  | { code: 'residual-input'; model: string }
  | { code: 'probe-not-residual'; probe: string }
  | { code: 'data-mismatch' }
  | { code: 'state-mismatch'; piece: string };

export class SpecError extends Error {
  constructor(readonly problem: SpecProblem) {
    super(`spec:${problem.code}`);
    this.name = 'SpecError';
  }
}

export function fail(problem: SpecProblem): never {
  throw new SpecError(problem);
}
