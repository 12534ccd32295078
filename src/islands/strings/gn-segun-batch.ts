/** Spanish strings of the `gn-segun-batch` demo, including the run summary and the chart's text alternative. */
import type { GnBatchSettings, Method, Protocol } from '../../lib/experiments/gn-segun-batch';
import { common } from './common';
import { methodNames } from './vocabulary';

const { integer, percentOrDash, rate, seconds } = common.format;

/** Test error per method, one per batch size (null: not finished). */
export type BatchErrors = Record<Method, (number | null)[]>;

const ORDER: Method[] = ['bn', 'gn', 'ln', 'none'];
const list = (xs: readonly number[]) => `${xs.slice(0, -1).join(', ')} y ${xs[xs.length - 1]}`;

const protocolShort: Record<Protocol, string> = { ghost: 'Batches fantasma', real: 'Batches reales' };
/** The protocol's option names in the settings. */
export const protocolNames: Record<Protocol, string> = {
  ghost: `${protocolShort.ghost} (una sola pila, rápido)`,
  real: `${protocolShort.real} (una ejecución por tamaño, más lento)`,
};

export const text = {
  title: 'El error según el tamaño del batch: BN, LN y GN',
  intro: (sizes: readonly number[], s: GnBatchSettings) =>
    `La misma red (dos capas ocultas ReLU de ${integer(s.width)} neuronas, la normalización antes de cada activación) aprende los dígitos 8×8 ` +
    `sin normalizar, con BN, con LN y con GN de ${integer(s.groups)} grupos, con batches de ${list(sizes)} ejemplos. ` +
    'Es la forma de la figura 1 de Wu y He (2018), con una red densa en vez de una ResNet.',
  protocol: (p: Protocol, sizes: readonly number[], s: GnBatchSettings) =>
    p === 'ghost'
      ? `Protocolo: todas las redes entrenan a la vez con los mismos mini-batches de ${sizes[0]} ejemplos, la misma tasa (${rate(s.lr)}) y ${integer(s.steps)} pasos; ` +
        `BN con batch b calcula sus estadísticas sobre trozos de b ejemplos de cada mini-batch («batches fantasma»). Solo cambia el ruido de las estadísticas de BN: ` +
        'la red sin normalizar, LN y GN no miran el batch y son una sola red cada una, con el mismo error en todos los tamaños por construcción.'
      : `Protocolo: una ejecución por tamaño b, con mini-batches de b ejemplos, la tasa proporcional al batch (${rate(s.lr)}·b/${sizes[0]}) ` +
        `y los mismos ejemplos vistos (${integer(s.steps)} pasos con b = ${sizes[0]}, ${sizes[0]}/b veces más con b menor), como en el artículo. ` +
        'Todas las redes dependen ahora del batch, por sus pasos; BN, además, por sus estadísticas. Tarda unas seis veces más que los batches fantasma.',
  labels: {
    protocol: 'Protocolo',
    width: 'Neuronas por capa oculta',
    groups: 'Grupos de GN',
    lr: 'Tasa de aprendizaje (con batch 32)',
    steps: 'Pasos (con batch 32)',
  },
  legend: 'Normalización',
  chart: { title: 'Error en test según el tamaño del batch (escalas logarítmicas)', xLabel: 'ejemplos por batch', yLabel: 'error en test' },
  table: { caption: 'Error en test al terminar', corner: 'Batch' },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra la forma de la tabla 2 de Wu y He: el error de BN sube cuando sus estadísticas salen de pocos ejemplos y el de GN no depende del batch. Con los valores por defecto y las semillas 1 a 5, BN pasó del 2,6–3,3 % de error con estadísticas de 32 ejemplos al 50–69 % con 2, y GN se quedó en el 3,2–6,5 %.',
      'Con batches reales cambia también el número de pasos y su ruido, para todas las redes: GN y LN se mueven algo con el batch, BN se hunde con 2. Con las semillas 1 a 5, GN quedó entre el 2,0 % y el 7,8 % en todos los tamaños y BN llegó al 53–63 % con 2.',
      'No demuestra que GN sea mejor que LN o que no normalizar: en una red densa tan pequeña, con 32 ejemplos por batch, normalizar apenas ayuda, y GN con grupos de pocas neuronas puede ir por detrás. En el artículo, con una ResNet-50 en ImageNet, el orden es BN < GN < LN < IN (tabla 1).',
      'Aquí no se entrena ninguna red convolucional: en el navegador serían demasiado lentas para terminar en segundos y, a esta escala, inestables. Las cifras de ImageNet, COCO y Kinetics del artículo están en la lección.',
      'Es una sola semilla: cambia el protocolo, la anchura o los grupos para ver cuánto se mueven las curvas.',
    ],
  },
};

export const idleSummary = (p: Protocol) =>
  p === 'ghost'
    ? 'Pulsa «Entrenar»: las redes de los cinco tamaños entrenarán a la vez. Nada se descarga hasta entonces.'
    : 'Pulsa «Entrenar»: se entrenará una pila de cuatro redes por tamaño del batch, del más grande al más pequeño. Nada se descarga hasta entonces.';

export const runningSummary = (p: Protocol, done: number, total: number) =>
  p === 'ghost'
    ? 'Entrenando las redes de los cinco tamaños a la vez… El resumen aparecerá aquí al terminar.'
    : `Entrenando, tamaño ${integer(done + 1)} de ${integer(total)}… El resumen aparecerá aquí al terminar.`;

const row = (e: BatchErrors, sizes: readonly number[], m: Method) =>
  `${methodNames[m]}: ${sizes.map((b, i) => `${b} → ${percentOrDash(e[m][i])}`).join(', ')}`;

export function doneSummary(o: {
  e: BatchErrors;
  sizes: readonly number[];
  p: Protocol;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const last = o.sizes.length - 1;
  const bn = `Con BN, el error en test pasa del ${percentOrDash(o.e.bn[0])} con batches de ${o.sizes[0]} al ${percentOrDash(o.e.bn[last])} con ${o.sizes[last]}.`;
  const others =
    o.p === 'ghost'
      ? `GN, LN y la red sin normalizar no dependen del batch en este protocolo: GN ${percentOrDash(o.e.gn[0])}, LN ${percentOrDash(o.e.ln[0])} y sin normalizar ${percentOrDash(o.e.none[0])}.`
      : `Con GN, del ${percentOrDash(o.e.gn[0])} al ${percentOrDash(o.e.gn[last])}; con LN, del ${percentOrDash(o.e.ln[0])} al ${percentOrDash(o.e.ln[last])}; sin normalizar, del ${percentOrDash(o.e.none[0])} al ${percentOrDash(o.e.none[last])}.`;
  return [`${protocolShort[o.p]}.`, bn, others, `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`, ...o.fallbacks].join(' ');
}

export function chartDescription(e: BatchErrors, sizes: readonly number[]): string {
  if (ORDER.every((m) => e[m].every((v) => v === null))) return 'Gráfica del error en test según el tamaño del batch; aún no hay datos.';
  return `Gráfica del error en test según los ejemplos por batch. ${ORDER.map((m) => row(e, sizes, m)).join('. ')}.`;
}

export const formats = { lr: (v: number) => common.format.plain(v) };
