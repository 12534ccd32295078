/** Spanish strings of the `ln-escala` demo, including the run summary and the charts' text alternatives. */
import type { Method } from '../../lib/experiments/ln-escala';
import { common } from './common';
import { methodNames } from './vocabulary';

const { percent, number, plain, integer, seconds } = common.format;

export interface ScanResults {
  scales: number[];
  shifts: number[];
  scan: Record<Method, { scaleLoss: number[]; scaleAcc: number[]; shiftLoss: number[]; shiftAcc: number[] }>;
  spread: Record<Method, { scale: number; shift: number }>;
}

export const text = {
  title: 'Multiplicar o desplazar cada ejemplo: qué ve LN',
  intro:
    'La misma red (dos capas ocultas ReLU) aprende los dígitos 8×8 sin normalizar, con BN, con LN y con RMSNorm antes de cada activación. Después, cada imagen de test se multiplica por un factor a (x → a·x) o se le suma una constante c a cada píxel (x → x + c; los píxeles van de 0 a 1), y se clasifica en modo de evaluación.',
  protocol:
    'Lo que dice la tabla 1 de Ba et al. (2016): LN es invariante si se reescala un solo ejemplo, y no si se recentra. La primera capa no tiene sesgo delante de la normalización, así que a·x multiplica por a todas las entradas sumadas de la capa, y LN divide por su desviación: solo ε separa el resultado del original. Sumar c, en cambio, suma a cada neurona una cantidad distinta (c por la suma de su columna de pesos), que centrar no quita. BN en modo de evaluación es una función afín fija: ve el cambio entero.',
  labels: { lr: 'Tasa de aprendizaje', steps: 'Pasos' },
  legend: 'Normalización',
  charts: {
    scale: 'Pérdida en test según el factor a (escala logarítmica)',
    shift: 'Pérdida en test según el desplazamiento c (escala logarítmica)',
    scaleAxis: 'factor a',
    shiftAxis: 'desplazamiento c',
    lossAxis: 'pérdida',
  },
  table: {
    caption: { scale: 'Acierto en test con las imágenes multiplicadas', shift: 'Acierto en test con las imágenes desplazadas' },
    method: 'Normalización',
    scale: (a: number) => `a = ${plain(a)}`,
    shift: (c: number) => `c = ${plain(c).replace('-', '−')}`,
  },
};

const METHOD_ORDER: Method[] = ['none', 'bn', 'ln', 'rms'];
const spreadLine = (r: ScanResults, which: 'scale' | 'shift') =>
  METHOD_ORDER.map((m) => `${methodNames[m]} ${number(r.spread[m][which])}`).join(', ');

export const idleSummary =
  'Pulsa «Entrenar»: cuatro redes (sin normalizar, BN, LN y RMSNorm) aprenderán los dígitos y después clasificarán las imágenes de test multiplicadas y desplazadas. Nada se descarga hasta entonces.';

export function doneSummary(o: { r: ScanResults; steps: number; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const { r } = o;
  const lo = r.scales[0];
  const hi = r.scales[r.scales.length - 1];
  const at = (m: Method, a: number) => percent(r.scan[m].scaleAcc[r.scales.indexOf(a)]);
  const parts = [
    `Tras ${integer(o.steps)} pasos, lo más que cambia la pérdida en test al multiplicar las imágenes por un factor entre ${plain(lo)} y ${plain(hi)}: ${spreadLine(r, 'scale')}.`,
    `Al desplazarlas entre ${plain(r.shifts[0])} y ${plain(r.shifts[r.shifts.length - 1])}: ${spreadLine(r, 'shift')}.`,
    `Acierto de LN con a = ${plain(lo)} y a = ${plain(hi)}: ${at('ln', lo)} y ${at('ln', hi)}; de BN: ${at('bn', lo)} y ${at('bn', hi)}.`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
  ];
  return [...parts, ...o.fallbacks].join(' ');
}

export function chartDescription(r: ScanResults | null, which: 'scale' | 'shift'): string {
  const axis = which === 'scale' ? 'factor a' : 'desplazamiento c';
  if (!r) return `Gráfica de la pérdida en test de cada normalización según el ${axis}; aún no hay datos.`;
  const xs = which === 'scale' ? r.scales : r.shifts;
  const per = METHOD_ORDER.map(
    (m) =>
      `${methodNames[m]}: ${xs.map((x, i) => `${plain(x)} → ${number(r.scan[m][which === 'scale' ? 'scaleLoss' : 'shiftLoss'][i])}`).join(', ')}`,
  );
  return `Gráfica de la pérdida en test según el ${axis}. ${per.join('. ')}.`;
}
