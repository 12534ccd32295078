/** Spanish strings of the `ln-companeros` demo, including the run summary. */
import type { MateKind } from '../../lib/batch-mates';
import type { MateResults } from '../../lib/experiments/ln-companeros';
import { common } from './common';

const { percent, number, integer, seconds } = common.format;

export const kindNames = (batch: number, small: number): Record<MateKind | 'evalMode', string> => ({
  evalMode: 'Modo de evaluación',
  random: `Batch aleatorio de ${batch}`,
  small: `Batch pequeño de ${small}`,
  oneClass: `Batch de ${batch} de un solo dígito`,
});

export const text = {
  title: 'La misma imagen con distintos compañeros de batch',
  intro: (batch: number) =>
    `Una red con BN y otra con LN (dos capas ocultas ReLU, la normalización antes de cada activación) aprenden los dígitos 8×8 con batches de ${batch}. Después, las mismas imágenes de test se clasifican en modo de entrenamiento, es decir, con las estadísticas del batch en el que llegan, dentro de tres tipos de batch.`,
  protocol: (batch: number, small: number) =>
    `Las imágenes son las primeras de cada dígito del conjunto de test (el mismo número de cada uno); solo cambia con quién van: batches aleatorios de ${batch}, batches aleatorios de ${small} y batches de ${batch} en los que todas son el mismo dígito. BN normaliza cada imagen con la media y la varianza de sus compañeras; LN, con las de sus propias neuronas.`,
  labels: { small: 'Tamaño del batch pequeño', lr: 'Tasa de aprendizaje', steps: 'Pasos' },
  smallReplaced: (asked: number, batch: number, used: number) =>
    `El batch pequeño debe dividir ${batch}: en vez de ${asked} se usa ${used}.`,
  table: {
    caption: 'Acierto en test de las mismas imágenes según su batch (en modo de entrenamiento) y en modo de evaluación',
    kind: 'Batch',
  },
  sameTable: { caption: 'Imágenes con la misma respuesta que en el modo de evaluación, según su batch', kind: 'Batch' },
};

const line = (r: MateResults['bn'], names: Record<MateKind | 'evalMode', string>) =>
  `${names.evalMode.toLowerCase()} ${percent(r.evalAcc)}; ${names.random.toLowerCase()} ${percent(r.acc.random)}; ${names.small.toLowerCase()} ${percent(r.acc.small)}; ${names.oneClass.toLowerCase()} ${percent(r.acc.oneClass)}`;

export const idleSummary =
  'Pulsa «Entrenar»: una red con BN y otra con LN aprenderán los dígitos y después clasificarán las mismas imágenes dentro de distintos batches. Nada se descarga hasta entonces.';

export function doneSummary(o: {
  r: MateResults;
  names: Record<MateKind | 'evalMode', string>;
  steps: number;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const { r, names } = o;
  const moved = 1 - r.bn.sameAsEval.oneClass;
  const parts = [
    `Tras ${integer(o.steps)} pasos, acierto de BN con las mismas imágenes: ${line(r.bn, names)}.`,
    `LN: ${line(r.ln, names)}.`,
    `En batches de un solo dígito, BN cambia la respuesta de un ${percent(moved, 0)} de las imágenes respecto al modo de evaluación.`,
    r.ln.maxLogitShift === 0
      ? 'Las salidas de LN son idénticas, bit a bit, en los tres tipos de batch y en el modo de evaluación.'
      : `Las salidas de LN cambian como mucho ${number(r.ln.maxLogitShift)} (redondeo del motor de cálculo); las de BN, hasta ${number(r.bn.maxLogitShift)}.`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
  ];
  return [...parts, ...o.fallbacks].join(' ');
}
