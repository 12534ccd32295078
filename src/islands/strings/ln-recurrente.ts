/** Spanish strings of the `ln-recurrente` demo, including the run summary and the chart's text alternative. */
import type { Method } from '../../lib/experiments/ln-recurrente';
import { common } from './common';
import { rateList } from './tasa-aprendizaje';
import { methodNames } from './vocabulary';

const { integer, magnitude, plain, rate, seconds } = common.format;

export interface RecurrentResults {
  scale: number;
  rows: number;
  /** ‖h_t‖ at initialisation, t = 1 … the chart's length. */
  norms: Record<Method, number[]>;
}

export const text = {
  title: 'LN en una red recurrente',
  intro: (rows: number, units: number, steps: number, rates: number) =>
    `Una red recurrente de ${integer(units)} neuronas ReLU lee cada dígito 8×8 fila a fila: ${integer(rows)} pasos de 8 píxeles, ` +
    `con los mismos pesos en cada paso. Se entrena sin normalizar y con LN en la celda (estadísticas de cada ejemplo en cada paso; ` +
    `la misma ganancia y el mismo sesgo en todos los pasos), con ${integer(rates)} tasas de aprendizaje cada una: ${integer(2 * rates)} redes a la vez, ` +
    `con los mismos pesos iniciales y los mismos mini-batches durante ${integer(steps)} pasos de entrenamiento.`,
  protocol: (rows: number, examples: number) =>
    `La escala fija los pesos recurrentes iniciales: W_h empieza como la escala por una matriz ortogonal aleatoria, así que todos sus valores singulares valen la escala. La gráfica mide el tamaño del estado oculto, ‖h_t‖ (la media de ${integer(examples)} imágenes de test), en la red recién iniciada: las ${integer(rows)} filas de la imagen y, después, filas en blanco, como cuando una secuencia corta se rellena hasta la longitud de las demás.`,
  labels: { escala: 'Escala de los pesos recurrentes', steps: 'Pasos de entrenamiento' },
  formats: { escala: (v: number) => plain(v) },
  legend: 'Red',
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra que, sin normalizar, el tamaño del estado oculto lo marcan los pesos recurrentes: con las semillas 1 a 5, con escala 2 crece paso a paso en todas, con 1 se apaga en todas y con 1,5 depende de la semilla. Con LN, la entrada sumada de cada paso vuelve a tener media 0 y varianza 1 sobre sus 32 neuronas, y ReLU deja pasar más o menos la mitad: ‖h_t‖ ronda √16 = 4 con cualquier escala.',
      'Demuestra que, en esta red y con estos datos, LN admite tasas de aprendizaje más altas. Con las semillas 1 a 5 y los valores por defecto, la mayor tasa estable fue de 0,1 a 0,3 con LN y de ninguna a 0,03 sin normalizar (en una semilla, ni 0,01 fue estable).',
      'No reproduce las cifras del artículo (Ba et al., 2016, §6), que son de tareas mucho mayores; y la red solo se entrena con secuencias de 8 pasos: las filas en blanco solo se usan para medir.',
      'Es una sola semilla: cambia la escala o los pasos para ver cuánto se mueve la frontera.',
    ],
  },
  chart: {
    title: (scale: number) => `Tamaño del estado oculto al empezar, con escala ${plain(scale)} (escala logarítmica)`,
    xLabel: 'paso t (1–8: la imagen; después, filas en blanco)',
    yLabel: '‖h_t‖',
  },
};

const METHOD_ORDER: Method[] = ['none', 'ln'];

export const idleSummary =
  'Pulsa «Entrenar»: se medirá el estado oculto de las dos redes recién iniciadas y después se entrenará cada una con cada tasa. Nada se descarga hasta entonces.';

/** How the summary names each network. */
const WHO: Record<Method, string> = { none: 'sin normalizar', ln: 'con LN' };

/** ‖h_t‖ at the end of the image and at the last step, per method. */
function normLine(r: RecurrentResults): string {
  const last = r.norms.none.length;
  return METHOD_ORDER.map(
    (m) => `${WHO[m]}, ${magnitude(r.norms[m][r.rows - 1])} en el paso ${r.rows} y ${magnitude(r.norms[m][last - 1])} en el ${last}`,
  ).join('; ');
}

export function doneSummary(o: {
  r: RecurrentResults;
  steps: number;
  maxStable: Record<Method, number | null>;
  diverged: Record<Method, number[]>;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const max = (v: number | null) => (v === null ? 'ninguna' : rate(v));
  const div = (m: Method) => (o.diverged[m].length ? rateList(o.diverged[m]) : 'ninguna');
  const parts = [
    `Al empezar, con escala ${plain(o.r.scale)}, el tamaño del estado oculto ‖h_t‖ es ${normLine(o.r)}.`,
    `Tras ${integer(o.steps)} pasos, la mayor tasa estable fue ${max(o.maxStable.none)} sin normalizar y ${max(o.maxStable.ln)} con LN.`,
    `Divergieron sin normalizar: ${div('none')}; con LN: ${div('ln')}.`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
  ];
  return [...parts, ...o.fallbacks].join(' ');
}

export function chartDescription(r: RecurrentResults | null): string {
  if (!r) return 'Gráfica del tamaño del estado oculto de cada red en cada paso, al empezar; aún no hay datos.';
  const at = [1, r.rows, 16, 32, r.norms.none.length].filter((t, i, a) => t <= r.norms.none.length && a.indexOf(t) === i);
  const per = METHOD_ORDER.map((m) => `${methodNames[m]}: ${at.map((t) => `paso ${t} → ${magnitude(r.norms[m][t - 1])}`).join(', ')}`);
  return `Gráfica de ‖h_t‖ en cada paso, al empezar, con escala ${plain(r.scale)}; del paso 1 al ${r.rows} la red lee la imagen y después, filas en blanco. ${per.join('. ')}.`;
}
