/** Spanish strings of the `ln-pre-post` demo, including the run summary and the charts' text alternatives. */
import type { Placement, PrePostSettings, VariantId } from '../../lib/experiments/ln-pre-post';
import { common } from './common';

const { integer, magnitude, number, percent, percentOrDash, plain, rate, seconds } = common.format;

export interface PrePostResults {
  depths: number[];
  /** The last block's ‖∂L/∂W₂‖ at initialisation per depth (null: not run yet). */
  sweep: Record<Placement, (number | null)[]>;
  /** Pre-LN's reading at the shallowest depth, scaled by 1/√L. */
  reference: (number | null)[];
  /** Reading at the deepest over the shallowest depth. */
  ratio: Record<Placement, number | null>;
  /** ‖∂W‖ of each weight matrix of the trained network at step 0, input → output. */
  profile: Record<Placement, number[]> | null;
  acc: Record<VariantId, number | null>;
  loss: Record<VariantId, number | null>;
  diverged: Record<VariantId, boolean | null>;
}

const list = (xs: readonly number[]) => `${xs.slice(0, -1).join(', ')} y ${xs[xs.length - 1]}`;

export const variantNames: Record<VariantId, string> = {
  post: 'Post-LN',
  pre: 'Pre-LN',
  'post-warm': 'Post-LN con warm-up',
  'pre-warm': 'Pre-LN con warm-up',
};

export const text = {
  title: 'Pre-LN y Post-LN en una red residual',
  intro: (width: number, blocks: number) =>
    `Una red residual densa para los dígitos 8×8: una capa de entrada a ${integer(width)} neuronas, ${integer(blocks)} bloques residuales ` +
    `(dos capas densas con ReLU entre ellas) y la capa de salida. No tiene atención: de un Transformer solo conserva dónde va LN respecto al camino residual. ` +
    `Post-LN normaliza tras cada suma; Pre-LN, la entrada de cada bloque, con una LN final antes de la capa de salida.`,
  protocol: (depths: readonly number[], s: PrePostSettings) =>
    `Primero se miden redes recién iniciadas de ${list(depths)} bloques, con un paso de entrenamiento cada una: la norma del gradiente de la segunda matriz de pesos ` +
    `del último bloque en el primer mini-batch. Después se entrenan a la vez cuatro redes de ${integer(s.bloques)} bloques, con los mismos pesos iniciales y los mismos mini-batches: ` +
    `Post-LN y Pre-LN, cada una sin warm-up y con ${integer(s.warmup)} pasos de warm-up (la tasa sube en línea recta de 0 a ${rate(s.lr)}), con Adam durante ${integer(s.steps)} pasos.`,
  labels: {
    bloques: 'Bloques de la red entrenada',
    lr: 'Tasa de aprendizaje (Adam)',
    warmup: 'Pasos de warm-up',
    steps: 'Pasos de entrenamiento',
  },
  placements: { post: 'Post-LN', pre: 'Pre-LN' } satisfies Record<Placement, string>,
  legend: 'Red',
  depthChart: {
    title: 'Gradiente del último bloque al empezar, según la profundidad (escalas logarítmicas)',
    xLabel: 'bloques',
    yLabel: '‖∂L/∂W₂‖ del último bloque',
    reference: 'Pre-LN si bajara como 1/√L',
  },
  profileChart: {
    title: (blocks: number) => `Gradiente de cada matriz de pesos al empezar, en la red de ${integer(blocks)} bloques`,
    xLabel: 'matriz de pesos (1: entrada; la última: salida)',
    yLabel: '‖∂L/∂W‖',
  },
  table: { caption: 'Acierto en test al terminar', corner: 'Colocación', columns: ['Sin warm-up', 'Con warm-up'] },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra, en esta red, el teorema 1 de Xiong et al. (2020): al empezar, el gradiente del último bloque no depende de la profundidad con Post-LN y baja como 1/√L con Pre-LN, porque el camino residual crece con cada bloque y la LN final lo divide. Con las semillas 1 a 5, al pasar de 1 a 16 bloques se multiplicó por 0,15–0,40 con Pre-LN (1/√16 = 0,25) y por 0,44–1,41, sin tendencia, con Post-LN.',
      'Demuestra que, a una tasa alta para Adam (0,03, con 6 bloques y 200 pasos), Post-LN sin warm-up no despega: con las semillas 1 a 5 se quedó en el azar (del 7,8 % al 12,4 % de acierto, con la pérdida en ln 10 ≈ 2,30) sin llegar a divergir, mientras que Pre-LN sin warm-up llegó al 91,3–94,8 %. Con 100 pasos de warm-up, Post-LN subió al 75,7–87,2 %, por debajo de Pre-LN en todas las semillas: el warm-up la rescata solo en parte.',
      'A tasas bajas no hay diferencia: con 0,003, las cuatro redes llegaron al 90–97 % en las cinco semillas. Con 0,1 hasta Pre-LN sin warm-up sufre (54–88 %), y Pre-LN con warm-up sigue en el 90–94 %.',
      'No reproduce la figura 3 del artículo: en este MLP, al empezar, los gradientes de Post-LN son parejos entre capas y los de Pre-LN bajan hacia la salida, mientras que en el Transformer de Xiong et al. los de Post-LN crecen hacia la salida y los de Pre-LN se mantienen parejos. Tampoco reproduce sus cifras de traducción (BLEU).',
      'Es una sola semilla: cambia la tasa, los bloques o el warm-up para ver dónde se separan las cuatro redes.',
    ],
  },
};

export const idleSummary =
  'Pulsa «Entrenar»: se medirá el gradiente de redes recién iniciadas de varias profundidades y después se entrenarán las cuatro redes. Nada se descarga hasta entonces.';

export const runningSummary = (training: boolean, steps: number) =>
  training
    ? `Entrenando las cuatro redes durante ${integer(steps)} pasos… El resumen aparecerá aquí al terminar.`
    : 'Midiendo el gradiente al empezar, de la red más corta a la más profunda…';

const PLACEMENT_ORDER: Placement[] = ['pre', 'post'];
const VARIANT_ORDER: VariantId[] = ['post', 'pre', 'post-warm', 'pre-warm'];

function sweepLine(r: PrePostResults): string {
  const first = r.depths[0];
  const last = r.depths[r.depths.length - 1];
  const per = PLACEMENT_ORDER.map((p) => {
    const a = r.sweep[p][0];
    const b = r.sweep[p][r.depths.length - 1];
    return a === null || b === null ? null : `con ${text.placements[p]}, de ${number(a)} a ${number(b)} (×${number(r.ratio[p]!)})`;
  }).filter(Boolean);
  return `Al empezar, el gradiente del último bloque pasa, de ${integer(first)} a ${integer(last)} bloques, ${per.join('; ')}; 1/√${last} = ${number(1 / Math.sqrt(last / first))}.`;
}

export function doneSummary(o: { r: PrePostResults; s: PrePostSettings; elapsedMs: number; backend: string; fallbacks: string[] }): string {
  const accs = VARIANT_ORDER.map((id) => `${variantNames[id]} ${percentOrDash(o.r.acc[id])}`).join(', ');
  const diverged = VARIANT_ORDER.filter((id) => o.r.diverged[id]).map((id) => variantNames[id]);
  const parts = [
    sweepLine(o.r),
    `Tras ${integer(o.s.steps)} pasos con tasa ${rate(o.s.lr)}, ${integer(o.s.bloques)} bloques y ${integer(o.s.warmup)} pasos de warm-up, el acierto en test es: ${accs}.`,
    diverged.length ? `Divergieron: ${diverged.join(', ')}.` : '',
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
  ];
  return [...parts.filter(Boolean), ...o.fallbacks].join(' ');
}

export function depthDescription(r: PrePostResults): string {
  if (r.sweep.pre.every((v) => v === null))
    return 'Gráfica del gradiente del último bloque al empezar, según el número de bloques; aún no hay datos.';
  const per = PLACEMENT_ORDER.map(
    (p) => `${text.placements[p]}: ${r.depths.map((b, i) => `${b} → ${r.sweep[p][i] === null ? '—' : number(r.sweep[p][i]!)}`).join(', ')}`,
  );
  return `Gráfica de ‖∂L/∂W₂‖ del último bloque al empezar, por número de bloques. ${per.join('. ')}. La línea de referencia baja como 1/√L desde el valor de Pre-LN con ${r.depths[0]} bloque.`;
}

export function profileDescription(r: PrePostResults, blocks: number): string {
  if (!r.profile)
    return `Gráfica del gradiente de cada matriz de pesos de la red de ${integer(blocks)} bloques al empezar; aún no hay datos.`;
  const per = PLACEMENT_ORDER.map((p) => `${text.placements[p]}: ${r.profile![p].map((v) => magnitude(v)).join(', ')}`);
  return `Gráfica de ‖∂L/∂W‖ de cada matriz de pesos, de la entrada a la salida, en la red de ${integer(blocks)} bloques al empezar. ${per.join('. ')}.`;
}

export function lossDescription(step: number, r: PrePostResults): string {
  const losses = VARIANT_ORDER.filter((id) => r.loss[id] !== null).map((id) => `${variantNames[id]} ${number(r.loss[id]!)}`);
  const end = losses.length ? ` Pérdida final: ${losses.join(', ')}.` : '';
  return `Gráfica de la pérdida de entrenamiento de las cuatro redes, hasta el paso ${integer(step)}.${end}`;
}

export function accDescription(step: number, r: PrePostResults): string {
  const accs = VARIANT_ORDER.filter((id) => r.acc[id] !== null).map((id) => `${variantNames[id]} ${percent(r.acc[id]!)}`);
  const end = accs.length ? ` Al final: ${accs.join(', ')}.` : '';
  return `Gráfica del acierto en test de las cuatro redes, hasta el paso ${integer(step)}.${end}`;
}

export const formats = { lr: (v: number) => plain(v) };
