/** Spanish strings of the `tamano-batch` demo, including the run summary (the charts' text alternative). */
import type { MomentumSpec } from '../../lib/experiments/types';
import { common } from './common';

const { percent, percentOrDash, number, integer, seconds } = common.format;

export const conventionNames: Record<MomentumSpec['convention'], string> = {
  pytorch: 'PyTorch (peso del batch nuevo)',
  keras: 'Keras / TF.js (peso de la media anterior)',
};
const conventionShort: Record<MomentumSpec['convention'], string> = { pytorch: 'PyTorch', keras: 'Keras/TF.js' };

export interface SizeResults {
  batchSizes: number[];
  evalModeAcc: number[];
  trainModeAcc: (number | null)[];
}

export const text = {
  title: 'Tamaño del batch, modo de evaluación y estadísticas de BN',
  intro: (sizes: readonly number[]) =>
    `La misma red con BN (dos capas ocultas ReLU, BN antes de cada activación) aprende los dígitos 8×8 con estadísticas de batch calculadas sobre ${sizes.join(', ')} ejemplos, las ${sizes.length} versiones a la vez.`,
  protocol: (full: number) =>
    `Protocolo: todas entrenan con los mismos mini-batches de ${full} ejemplos y la misma tasa; cada una calcula la media y la varianza de BN sobre sub-batches «fantasma» de su tamaño b. Así se comparan a igualdad de pasos y también de ejemplos vistos, y lo único que cambia es cuántos ejemplos promedia cada estadística, es decir, cuánto ruido tiene. Con batches reales de b, los tamaños pequeños darían además más pasos de gradiente, y más ruidosos: ese es el protocolo real, más abajo.`,
  labels: { conv: 'Convención del momentum', momentum: 'Momentum de las estadísticas', width: 'Neuronas por capa' },
  momentumHint: (m: MomentumSpec, other: MomentumSpec, weight: number) =>
    `Momentum ${number(m.value)} en la convención de ${conventionShort[m.convention]} ≡ ${number(other.value)} en la de ${conventionShort[other.convention]}: en cada paso, la media móvil toma un ${percent(weight, 0)} del batch nuevo.`,
  table: {
    caption: 'Acierto en test al terminar, por tamaño de las estadísticas',
    size: 'b',
    evalMode: 'Modo de evaluación (medias móviles)',
    trainMode: 'Modo de entrenamiento (batches de test de b)',
  },
  charts: {
    acc: 'Acierto en test en modo de evaluación',
    mean: (unit: number) => `Media del batch de la neurona ${unit + 1} frente a su media móvil`,
    step: 'paso',
    accAxis: 'acierto',
    meanAxis: 'media de z',
    size: (b: number) => `b = ${b}`,
    batchMean: (b: number) => `media del batch, b = ${b}`,
    runningMean: (b: number) => `media móvil, b = ${b}`,
  },
};

export function idleSummary(sizes: readonly number[]): string {
  return `Pulsa «Entrenar»: ${sizes.length} redes con BN, con estadísticas sobre ${sizes.join(', ')} ejemplos, aprenderán los dígitos a la vez. Nada se descarga hasta entonces.`;
}


const list = (r: SizeResults, which: 'evalModeAcc' | 'trainModeAcc') =>
  r.batchSizes.map((b, i) => `b = ${b}: ${percentOrDash(r[which][i])}`).join(', ');

export function pausedSummary(step: number, total: number, r: SizeResults | null): string {
  const where = `En pausa en el paso ${integer(step)} de ${integer(total)}.`;
  return r ? `${where} Acierto en modo de evaluación: ${list(r, 'evalModeAcc')}.` : where;
}

export function doneSummary(o: { steps: number; r: SizeResults; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const { r } = o;
  const last = r.batchSizes.length - 1;
  const parts = [
    `Tras ${integer(o.steps)} pasos, acierto en test en modo de evaluación: ${list(r, 'evalModeAcc')}.`,
    `En modo de entrenamiento, normalizando con batches de test de b (como si se olvidara model.eval()): ${list(r, 'trainModeAcc')}.`,
  ];
  const [small, large] = [r.evalModeAcc[0], r.evalModeAcc[last]];
  if (small < large) parts.push(`Con estadísticas de ${r.batchSizes[0]} ejemplos, BN acierta ${number(Math.round((large - small) * 1000) / 10)} puntos menos que con ${r.batchSizes[last]}.`);
  else parts.push(`Esta vez, el tamaño más pequeño no quedó por debajo del mayor.`);
  parts.push(`Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`);
  return [...parts, ...o.fallbacks].join(' ');
}

export function accDescription(step: number, r: SizeResults | null): string {
  if (!r) return 'Gráfica del acierto en test en modo de evaluación de cada tamaño; aún no hay datos.';
  return `Gráfica del acierto en test en modo de evaluación por paso. En el paso ${integer(step)}: ${list(r, 'evalModeAcc')}.`;
}

export function meanDescription(step: number, small: number, large: number, v: { smallBatch?: number; smallRunning?: number; largeBatch?: number; largeRunning?: number }): string {
  if (v.smallBatch === undefined) return 'Gráfica de la media del batch de una neurona frente a su media móvil; aún no hay datos.';
  const f = (x?: number) => (x === undefined ? '—' : number(x));
  return `Gráfica de la media del batch de una neurona, en cada lectura, frente a su media móvil. En el paso ${integer(step)}: con b = ${small}, media del batch ${f(v.smallBatch)} y media móvil ${f(v.smallRunning)}; con b = ${large}, ${f(v.largeBatch)} y ${f(v.largeRunning)}. Con b pequeño, la media del batch salta mucho más alrededor de la móvil.`;
}

export const real = {
  title: 'El protocolo real: batches de verdad de cada tamaño',
  intro: (full: number, examples: number) =>
    `Aquí cada tamaño entrena por separado con batches reales de b ejemplos, la tasa escalada con b (tasa·b/${full}) y los mismos ${integer(examples)} ejemplos vistos que arriba: los tamaños pequeños dan muchos más pasos, más cortos y más ruidosos. Es lo que de verdad ocurre al reducir el batch, y tarda bastante más (cinco entrenamientos seguidos).`,
  button: 'Probar con batches reales',
  reset: 'Borrar',
  caption: 'Protocolo real: acierto en test al terminar cada tamaño, en modo de evaluación (eval.) y en modo de entrenamiento (entr.)',
  /** Short headers, so that the five columns fit a 360 px phone; the caption spells them out. */
  cols: { b: 'b', lr: 'Tasa', steps: 'Pasos', evalMode: 'Eval.', trainMode: 'Entr.' },
  progress: (b: number, i: number, n: number, step: number, total: number) =>
    `Entrenando con b = ${b} (${i + 1} de ${n}): paso ${integer(step)} de ${integer(total)}.`,
  idle: 'Pulsa «Probar con batches reales» para entrenar los cinco tamaños uno tras otro.',
  done: (r: { b: number; acc: number }[]) =>
    `Terminado. Acierto en modo de evaluación con batches reales: ${r.map((x) => `b = ${x.b}: ${percent(x.acc)}`).join(', ')}.`,
  error: (detail: string) => `Algo falló: ${detail}`,
};
