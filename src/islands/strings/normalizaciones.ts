/** Spanish strings of the `normalizaciones` demo: the interactive block and the training comparison. */
import type { BlockMethod } from '../../lib/norms/block';
import type { Method } from '../../lib/experiments/normalizaciones';
import { common } from './common';
import { methodNames } from './vocabulary';

const { percent, percentOrDash, number, integer, seconds } = common.format;

export const blockNames: Record<BlockMethod, string> = {
  batch: 'Batch Norm',
  layer: 'Layer Norm',
  instance: 'Instance Norm',
  group: 'Group Norm',
};

/** What each method averages over, in words (Wu & He 2018, Fig. 2). */
const over: Record<BlockMethod, string> = {
  batch: 'un canal en todos los ejemplos del batch y todas sus posiciones',
  layer: 'todos los canales y posiciones de un solo ejemplo',
  instance: 'las posiciones de un canal de un solo ejemplo',
  group: 'las posiciones de un grupo de canales de un solo ejemplo',
};

export { methodNames };

export const text = {
  title: 'BN, LN, IN y GN: sobre qué valores se calcula cada media',
  block: {
    title: 'Un tensor de 2 ejemplos × 4 canales × 3 posiciones',
    intro:
      'Elige una normalización y pulsa una celda: se resaltan las celdas con las que comparte media y varianza. Es la figura 2 del artículo de Group Normalization, en pequeño.',
    method: 'Normalización',
    groups: 'Grupos de canales (GN)',
    showXhat: 'Mostrar',
    raw: 'valores x',
    normalized: 'valores normalizados x̂',
    cell: (n: number, c: number, p: number, shown: string, shared: boolean) =>
      `Ejemplo ${n + 1}, canal ${c + 1}, posición ${p + 1}: ${shown}${shared ? ', en el conjunto seleccionado' : ''}`,
  },
  train: {
    intro: (tiny: number, normal: number) =>
      `La misma red (dos capas ocultas ReLU, normalización antes de cada activación) aprende los dígitos 8×8 sin normalizar, con BN, con LN y con GN, con un batch diminuto (${tiny}) y uno normal (${normal}).`,
    protocol: (tiny: number, normal: number) =>
      `Protocolo: todos los modelos entrenan a la vez con los mismos mini-batches de ${normal} ejemplos y la misma tasa; lo que cambia con el tamaño es sobre cuántos ejemplos calcula BN sus estadísticas (sub-batches «fantasma» de ${tiny}, o el batch entero). Así se aísla lo único que el batch cambia en BN. LN, GN y la red sin normalizar no dependen del batch en este protocolo: su resultado es el mismo en las dos columnas, por construcción.`,
    labels: { tiny: 'Batch diminuto (estadísticas de BN)', normal: 'Batch normal', width: 'Neuronas por capa', groups: 'Grupos de GN' },
    table: 'Acierto en test al terminar',
    method: 'Normalización',
    batch: (b: number) => `batch ${b}`,
  },
};

/** The selected set in words: which cells share μ and σ², and their values. */
export function blockSelection(method: BlockMethod, size: number, mean: number, variance: number): string {
  return `Con ${blockNames[method]}, esta celda comparte media y varianza con ${integer(size)} celdas (${over[method]}): μ = ${number(mean)}, σ² = ${number(variance)}.`;
}

export const instanceDenseNote =
  'En una capa densa (una sola posición por canal), Instance Norm promediaría un único valor y daría siempre 0.';

export type Results = Record<Method, (number | null)[]>;

export function idleSummary(tiny: number, normal: number): string {
  return `Pulsa «Entrenar»: cinco redes (sin normalizar, BN con estadísticas de ${tiny} y de ${normal} ejemplos, LN y GN) aprenderán los dígitos a la vez. Nada se descarga hasta entonces.`;
}

export const runningSummary = (total: number) => `Entrenando las cinco redes durante ${integer(total)} pasos… El resumen aparecerá aquí al terminar.`;

const accs = (r: Results, i: number) =>
  (['none', 'bn', 'ln', 'gn'] as const).map((m) => `${methodNames[m]} ${percentOrDash(r[m][i])}`).join(', ');

export function pausedSummary(step: number, total: number, r: Results | null, tiny: number): string {
  const where = `En pausa en el paso ${integer(step)} de ${integer(total)}.`;
  return r ? `${where} Acierto en test con batch ${tiny}: ${accs(r, 0)}.` : where;
}

export function doneSummary(o: { steps: number; r: Results; tiny: number; normal: number; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const { r } = o;
  const parts = [
    `Tras ${integer(o.steps)} pasos, acierto en test con batch ${o.tiny}: ${accs(r, 0)}. Con batch ${o.normal}: ${accs(r, 1)}.`,
  ];
  const [bnTiny, bnNormal, gn] = [r.bn[0], r.bn[1], r.gn[0]];
  if (bnTiny !== null && bnNormal !== null && gn !== null) {
    if (gn >= bnTiny) parts.push(`Con batch ${o.tiny}, GN iguala o supera a BN (${percent(gn)} frente a ${percent(bnTiny)}): sus estadísticas no dependen de los otros ejemplos.`);
    else parts.push(`Esta vez, con batch ${o.tiny}, BN supera a GN (${percent(bnTiny)} frente a ${percent(gn)}).`);
    parts.push(`BN pasa de ${percent(bnNormal)} con batch ${o.normal} a ${percent(bnTiny)} con batch ${o.tiny}.`);
  }
  parts.push(`Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`);
  return [...parts, ...o.fallbacks].join(' ');
}

export function accDescription(step: number, r: Results | null, tiny: number, normal: number): string {
  if (!r) return 'Gráfica del acierto en test de las cinco redes; aún no hay datos.';
  return `Gráfica del acierto en test por paso. En el paso ${integer(step)}: con batch ${tiny}, ${accs(r, 0)}; con batch ${normal}, ${accs(r, 1)}.`;
}

export function lossDescription(step: number): string {
  return `Gráfica de la pérdida de entrenamiento por paso de las cinco redes, hasta el paso ${integer(step)}; los valores finales están en la tabla.`;
}
