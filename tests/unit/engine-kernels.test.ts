/**
 * Kernels per training step of each demo's default stack, counted with tf.profile (deterministic, not
 * a timing). At these sizes every kernel's fixed cost is what bounds speed, so a rise above the bound
 * is a regression; BENCHMARKS.md lists the counts. The first step builds the constant select masks,
 * so the second step is the one counted.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, it } from 'vitest';
import { StackedTrainer } from '../../src/engine/trainer';
import { makeSplit, parseDigits } from '../../src/lib/datasets';
import * as bnVsSinBn from '../../src/lib/experiments/bn-vs-sin-bn';
import * as escala from '../../src/lib/experiments/escala-entradas';
import * as figura1 from '../../src/lib/experiments/figura-1';
import * as normalizaciones from '../../src/lib/experiments/normalizaciones';
import * as tamano from '../../src/lib/experiments/tamano-batch';
import * as tasa from '../../src/lib/experiments/tasa-aprendizaje';
import * as lnBatchDeUno from '../../src/lib/experiments/ln-batch-de-uno';
import * as lnCompaneros from '../../src/lib/experiments/ln-companeros';
import * as lnEscala from '../../src/lib/experiments/ln-escala';
import * as lnRecurrente from '../../src/lib/experiments/ln-recurrente';
import * as lnPrePost from '../../src/lib/experiments/ln-pre-post';
import * as gnSegunBatch from '../../src/lib/experiments/gn-segun-batch';
import * as gnGrupos from '../../src/lib/experiments/gn-grupos';
import * as gnNoIid from '../../src/lib/experiments/gn-no-iid';
import * as inEstilo from '../../src/lib/experiments/in-estilo';
import type { ExperimentSpec } from '../../src/lib/experiments/types';
import { useCpu } from './engine-fixtures';

beforeAll(useCpu);

const digits = parseDigits(readFileSync('public/data/digits.bin'));

async function kernelsPerStep(spec: ExperimentSpec): Promise<{ count: number; byName: Record<string, number> }> {
  const t = StackedTrainer.create(spec, makeSplit(spec.dataset, digits));
  t.train(1);
  const profile = await tf.profile(() => t.train(1));
  t.dispose();
  const byName: Record<string, number> = {};
  for (const k of profile.kernels) byName[k.name] = (byName[k.name] ?? 0) + 1;
  return { count: profile.kernels.length, byName };
}

it.each([
  // [demo, spec at its defaults, bound]; bn-vs-sin-bn's bound is issue 7's target (was 426).
  ['bn-vs-sin-bn', bnVsSinBn.buildSpec(bnVsSinBn.DEFAULTS), 260],
  ['figura-1', figura1.buildSpec(figura1.DEFAULTS), 160],
  ['tasa-aprendizaje', tasa.buildSpec(tasa.DEFAULTS), 180],
  ['escala-entradas', escala.buildSpec(escala.DEFAULTS), 120],
  ['normalizaciones', normalizaciones.buildSpec(normalizaciones.DEFAULTS), 290],
  ['tamano-batch', tamano.buildSpec(tamano.DEFAULTS), 320],
  ['ln-batch-de-uno (b = 1)', lnBatchDeUno.buildSpecs(lnBatchDeUno.DEFAULTS)[0], 200],
  ['ln-companeros', lnCompaneros.buildSpec(lnCompaneros.DEFAULTS), 160],
  ['ln-escala', lnEscala.buildSpec(lnEscala.DEFAULTS), 200],
  ['ln-recurrente (8 steps unrolled)', lnRecurrente.buildSpec(lnRecurrente.DEFAULTS), 300],
  ['ln-pre-post (6 residual blocks, warm-up)', lnPrePost.buildSpecs(lnPrePost.DEFAULTS).at(-1)!, 680],
  ['gn-segun-batch (ghost stack)', [gnSegunBatch.buildSpecs(gnSegunBatch.DEFAULTS)].flat()[0], 420],
  ['gn-segun-batch (real, b = 2)', [gnSegunBatch.buildSpecs({ ...gnSegunBatch.DEFAULTS, protocol: 'real' })].flat().at(-1)!, 220],
  ['gn-grupos (none and six group counts)', gnGrupos.buildSpec(gnGrupos.DEFAULTS), 350],
  ['gn-no-iid (one class per batch)', gnNoIid.buildSpecs(gnNoIid.DEFAULTS).at(-1)!, 220],
  ['in-estilo (none, BN and IN on the input)', inEstilo.buildSpecs(inEstilo.DEFAULTS)[1], 120],
] as const)('%s: kernels per training step stay within the bound', async (_, spec, bound) => {
  const { count, byName } = await kernelsPerStep(spec);
  if (process.env.KERNELS_REPORT) console.log(`KERNELS ${_} ${count}`);
  expect(count, JSON.stringify(byName)).toBeLessThanOrEqual(bound);
  // No tape clones: the backward pass is written out, so no Identity kernel should appear.
  expect(byName.Identity ?? 0).toBe(0);
});
