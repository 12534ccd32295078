/** Spanish strings of the `escala-entradas` demo, including the run summary (the charts' text alternative). */
import type { Dataset2DName } from '../../lib/experiments/types';
import type { InputModelId } from '../../lib/experiments/escala-entradas';
import { common } from './common';
import { datasetNames } from './vocabulary';

const { percent, number, integer, seconds } = common.format;

export interface InputResult {
  loss: number;
  acc: number;
  diverged: boolean;
  divergedAt?: number;
}
export type InputResults = Record<InputModelId, InputResult>;

export const models: Record<InputModelId, string> = {
  raw: 'Entradas en bruto',
  standardized: 'Estandarizadas (con train)',
  bnInput: 'BN en la entrada',
};

/** The same names inside a sentence («la red con …»). */
const inline: Record<InputModelId, string> = {
  raw: 'con las entradas en bruto',
  standardized: 'con las entradas estandarizadas',
  bnInput: 'con BN en la entrada',
};

export const text = {
  title: 'Entradas con escalas muy distintas: en bruto, estandarizadas o con BN',
  intro:
    'Tres redes idénticas (dos capas ocultas de 16 ReLU, sin normalización dentro, mismos pesos iniciales y mismos mini-batches) aprenden los mismos puntos; solo cambia qué se hace con las entradas.',
  labels: {
    scale: 'Escala de x₁ (×)',
    offset: 'Desplazamiento de x₁ (+)',
  },
  dataNote: (n: number, testFraction: number) =>
    `${integer(n)} puntos; el ${Math.round(testFraction * 100)} % se reserva para test. La media y la desviación típica de la estandarización salen solo del conjunto de entrenamiento y se aplican igual a los de test.`,
};

const units = (scale: number, offset: number) =>
  `la primera variable multiplicada por ${number(scale)}${offset ? ` y desplazada ${number(offset)}` : ''}`;

export function idleSummary(scale: number, offset: number, dataset: Dataset2DName): string {
  return `Pulsa «Entrenar»: tres redes aprenderán «${datasetNames[dataset]}» con ${units(scale, offset)}: una con las entradas en bruto, otra con las entradas estandarizadas y otra con BN sobre las entradas. Nada se descarga hasta entonces.`;
}

export const runningSummary = (total: number) =>
  `Entrenando las tres redes durante ${integer(total)} pasos… El resumen aparecerá aquí al terminar.`;

export function pausedSummary(step: number, total: number, r?: InputResults): string {
  const where = `En pausa en el paso ${integer(step)} de ${integer(total)}.`;
  return r ? `${where} Acierto en test: ${accuracies(r)}.` : where;
}

const accuracies = (r: InputResults) =>
  `en bruto ${percent(r.raw.acc)}, estandarizadas ${percent(r.standardized.acc)}, BN en la entrada ${percent(r.bnInput.acc)}`;

function divergence(id: InputModelId, r: InputResult): string {
  const at = r.divergedAt === undefined ? '' : ` en el paso ${integer(r.divergedAt)}`;
  return `La red ${inline[id]} divergió${at}: su pérdida se disparó y se detuvo ahí.`;
}

export function doneSummary(o: { steps: number; r: InputResults; scale: number; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const { r } = o;
  const parts = [`Tras ${integer(o.steps)} pasos, acierto en test: ${accuracies(r)}.`];
  for (const id of ['raw', 'standardized', 'bnInput'] as const) if (r[id].diverged) parts.push(divergence(id, r[id]));
  if (o.scale > 1 && (r.raw.diverged || r.raw.acc < r.standardized.acc - 0.05)) {
    parts.push(
      `Con x₁ ${number(o.scale)} veces más grande, la misma tasa de aprendizaje mueve los pesos de x₁ mucho más de la cuenta: lo que sirve para una variable es demasiado para la otra.`,
    );
  }
  if (!r.standardized.diverged && !r.bnInput.diverged) {
    parts.push(`Pérdida final: estandarizadas ${number(r.standardized.loss)}, BN en la entrada ${number(r.bnInput.loss)}.`);
  }
  parts.push(`Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`);
  return [...parts, ...o.fallbacks].join(' ');
}

export function lossDescription(step: number, r?: InputResults): string {
  if (!r) return 'Gráfica de la pérdida de entrenamiento de las tres redes; aún no hay datos.';
  const v = (x: InputResult) => (x.diverged ? 'divergió' : number(x.loss));
  return `Gráfica de la pérdida de entrenamiento por paso. En el paso ${integer(step)}: en bruto ${v(r.raw)}, estandarizadas ${v(r.standardized)}, BN en la entrada ${v(r.bnInput)}.`;
}

export function accDescription(step: number, r?: InputResults): string {
  if (!r) return 'Gráfica del acierto en test de las tres redes; aún no hay datos.';
  return `Gráfica del acierto en test por paso. En el paso ${integer(step)}: ${accuracies(r)}.`;
}

export function regionsDescription(id: InputModelId, r?: InputResult): string {
  const base = `Mapa de las regiones de decisión de la red ${inline[id]}, en las unidades de los datos, con los puntos de test encima`;
  return r ? `${base}; acierta el ${percent(r.acc)} de ellos.` : `${base}; aún sin entrenar.`;
}
