/** Spanish strings of the `bn-vs-sin-bn` demo, including the run summary (the charts' text alternative). */
import type { Activation, DatasetName } from '../../lib/experiments/types';
import { common } from './common';
import { activationInline, datasetNames } from './vocabulary';

const { percent, number, integer, seconds } = common.format;

export interface ModelResult {
  loss: number;
  acc: number;
  diverged: boolean;
  divergedAt?: number;
}

export const models = {
  withBN: 'Con BN',
  withoutBN: 'Sin BN',
} as const;

/** The same names inside a sentence («la red con BN»). */
export const modelsInline = {
  withBN: 'con BN',
  withoutBN: 'sin BN',
} as const;

export const text = {
  title: 'La misma red con y sin Batch Normalization',
  dataNote: (n: number, testFraction: number) =>
    `${integer(n)} puntos; el ${Math.round(testFraction * 100)} % se reserva para medir el acierto (test).`,
  intro:
    'Dos redes idénticas —misma semilla, mismos pesos iniciales, mismos mini-batches— que solo se diferencian en BN se entrenan a la vez en tu navegador.',
};

/** Text alternative of the loss chart. */
export function lossDescription(step: number, bn?: ModelResult, plain?: ModelResult): string {
  if (!bn || !plain) return 'Gráfica de la pérdida de entrenamiento de las dos redes; aún no hay datos.';
  return `Gráfica de la pérdida de entrenamiento por paso. En el paso ${integer(step)}: con BN ${number(bn.loss)}, sin BN ${number(plain.loss)}.`;
}

/** Text alternative of the accuracy chart. */
export function accDescription(step: number, bn?: ModelResult, plain?: ModelResult): string {
  if (!bn || !plain) return 'Gráfica del acierto en test de las dos redes; aún no hay datos.';
  return `Gráfica del acierto en test por paso. En el paso ${integer(step)}: con BN ${percent(bn.acc)}, sin BN ${percent(plain.acc)}.`;
}

/** Text alternative of a decision-region map. */
export function regionsDescription(id: keyof typeof models, r?: ModelResult): string {
  const base = `Mapa de las regiones de decisión de la red ${modelsInline[id]}, con los puntos de test encima`;
  return r ? `${base}; acierta el ${percent(r.acc)} de ellos.` : `${base}; aún sin entrenar.`;
}

/** The idle summary: what will happen when the reader presses Entrenar. */
export function idleSummary(depth: number, width: number, act: Activation, dataset: DatasetName): string {
  return `Pulsa «Entrenar»: dos redes de ${depth} capas ocultas de ${width} neuronas (${activationInline[act]}) aprenderán el conjunto «${datasetNames[dataset]}», una con BN y otra sin BN. Nada se descarga hasta entonces.`;
}

export function runningSummary(total: number): string {
  return `Entrenando las dos redes durante ${integer(total)} pasos… El resumen aparecerá aquí al terminar.`;
}

export function pausedSummary(step: number, total: number, bn?: ModelResult, plain?: ModelResult): string {
  const where = `En pausa en el paso ${integer(step)} de ${integer(total)}.`;
  if (!bn || !plain) return where;
  return `${where} Acierto en test: con BN ${percent(bn.acc)}, sin BN ${percent(plain.acc)}.`;
}

function divergence(id: keyof typeof models, r: ModelResult): string {
  const at = r.divergedAt === undefined ? '' : ` en el paso ${integer(r.divergedAt)}`;
  return `La red ${modelsInline[id]} divergió${at}: su pérdida se volvió infinita o NaN y se detuvo ahí (prueba una tasa de aprendizaje menor).`;
}

/** The final summary: who won, by how much, divergences, time and backend. */
export function doneSummary(o: {
  steps: number;
  bn: ModelResult;
  plain: ModelResult;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const { bn, plain } = o;
  const diff = Math.round((bn.acc - plain.acc) * 1000) / 10;
  const parts: string[] = [];
  parts.push(
    `Tras ${integer(o.steps)} pasos, la red con BN acierta el ${percent(bn.acc)} de los puntos de test y la red sin BN el ${percent(plain.acc)}.`,
  );
  if (Math.abs(diff) < 1) parts.push('Prácticamente empatan (menos de un punto de diferencia).');
  else if (diff > 0) parts.push(`Gana la red con BN por ${number(diff)} puntos.`);
  else parts.push(`Esta vez gana la red sin BN por ${number(-diff)} puntos.`);
  if (!bn.diverged && !plain.diverged) {
    parts.push(`Pérdida final: ${number(bn.loss)} con BN y ${number(plain.loss)} sin BN.`);
  }
  if (bn.diverged) parts.push(divergence('withBN', bn));
  if (plain.diverged) parts.push(divergence('withoutBN', plain));
  parts.push(`Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`);
  for (const f of o.fallbacks) parts.push(f);
  return parts.join(' ');
}
