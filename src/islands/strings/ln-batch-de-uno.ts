/** Spanish strings of the `ln-batch-de-uno` demo, including the run summary (the chart's text alternative). */
import type { Method, SizeRun } from '../../lib/experiments/ln-batch-de-uno';
import { common } from './common';
import { methodNames } from './vocabulary';

const { percentOrDash, integer, rate, seconds } = common.format;

export interface BatchResults {
  batchSizes: number[];
  acc: Record<Method, (number | null)[]>;
  bnTrainMode: (number | null)[];
}

export const text = {
  title: 'Con un batch de 1: BN no puede entrenar, LN sí',
  intro: (sizes: readonly number[]) =>
    `La misma red (dos capas ocultas ReLU) aprende los dígitos 8×8 sin normalizar, con BN, con LN y con RMSNorm antes de cada activación, con batches de ${sizes.join(', ')} ejemplos: una tanda de entrenamiento por tamaño, las cuatro redes a la vez.`,
  protocol: (examples: number, largest: number) =>
    `Protocolo: cada tamaño b ve los mismos ${integer(examples)} ejemplos (b = 1 da ${integer(examples)} pasos; b = ${largest}, ${integer(Math.round(examples / largest))}), con la tasa de aprendizaje proporcional a b (la tasa elegida es la de b = ${largest}). Con b = 1, BN calcula la media y la varianza de cada neurona sobre un único ejemplo: la varianza es 0, x̂ = 0 y la salida es β, entre lo que entre. Keras y TensorFlow.js lo aceptan sin avisar (aquí se reproduce a propósito); PyTorch lanza un error.`,
  labels: { examples: 'Ejemplos vistos por tamaño', lr: 'Tasa de aprendizaje (con el batch mayor)', width: 'Neuronas por capa' },
  table: {
    caption: 'Acierto en test en modo de evaluación al terminar, por tamaño del batch',
    method: 'Normalización',
    size: (b: number) => `b = ${b}`,
    bnTrainMode: 'BN en modo de entrenamiento',
  },
  runs: (runs: SizeRun[]) =>
    `Cada tamaño: ${runs.map((x) => `b = ${x.b}, tasa ${rate(x.learningRate)}, ${integer(x.steps)} pasos`).join('; ')}.`,
  collapse:
    'Por qué BN se queda en el azar con b = 1: al entrenar, su salida es β para cualquier entrada, así que ningún gradiente llega a las capas de debajo; y su varianza móvil tiende a 0, así que en el modo de evaluación divide entre √ε (con ε = 10⁻⁵, multiplica las diferencias por unas 300) lo que la red nunca aprendió a usar.',
};

const row = (r: BatchResults, i: number) =>
  (Object.keys(r.acc) as Method[]).map((m) => `${methodNames[m]} ${percentOrDash(r.acc[m][i])}`).join(', ');
const bySize = (r: BatchResults, upTo = r.batchSizes.length) =>
  r.batchSizes
    .slice(0, upTo)
    .map((b, i) => `con b = ${b}: ${row(r, i)}`)
    .join('; ');

export function idleSummary(sizes: readonly number[]): string {
  return `Pulsa «Entrenar»: cuatro redes (sin normalizar, BN, LN y RMSNorm) aprenderán los dígitos con batches de ${sizes.join(', ')} ejemplos, un tamaño tras otro. Nada se descarga hasta entonces.`;
}

export const runningSummary = (total: number) =>
  `Entrenando durante ${integer(total)} pasos en total… El resumen aparecerá aquí al terminar.`;

export function pausedSummary(step: number, total: number, r: BatchResults, finished: number): string {
  const where = `En pausa en el paso ${integer(step)} de ${integer(total)}.`;
  return finished > 0 ? `${where} Acierto en test, ${bySize(r, finished)}.` : where;
}

export function doneSummary(o: { r: BatchResults; steps: number; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const { r } = o;
  const first = r.batchSizes[0];
  const parts = [
    `Tras ${integer(o.steps)} pasos en total, acierto en test en modo de evaluación ${bySize(r)}.`,
    `BN en modo de entrenamiento, con batches de test del mismo tamaño: ${r.batchSizes.map((b, i) => `b = ${b}: ${percentOrDash(r.bnTrainMode[i])}`).join(', ')}.`,
    `Con b = ${first}, LN acierta ${percentOrDash(r.acc.ln[0])} y BN ${percentOrDash(r.acc.bn[0])}, cerca del azar (10 %).`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
  ];
  return [...parts, ...o.fallbacks].join(' ');
}
