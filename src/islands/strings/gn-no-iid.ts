/** Spanish strings of the `gn-no-iid` demo: batches of one or two classes, the summary and the tables. */
import type { GnNoIidSettings, Method } from '../../lib/experiments/gn-no-iid';
import { common } from './common';

const { integer, number, percentOrDash, rate, seconds } = common.format;

/** A reading per method, one per kind of batch (null: not finished). */
export type KindTable = Record<Method, (number | null)[]>;

/** The kinds of batch by their classes per batch, as the tables' columns say them. */
export const kindName = (k: number, all: number) => (k === all ? 'Al azar' : k === 1 ? '1 clase' : `${integer(k)} clases`);

export const text = {
  title: 'Batches que no son independientes: de una o dos clases',
  intro: (s: GnNoIidSettings) =>
    `La misma red (dos capas ocultas ReLU de ${integer(s.width)} neuronas, la normalización antes de cada activación) aprende los dígitos 8×8 ` +
    `sin normalizar, con BN, con LN y con GN de ${integer(s.groups)} grupos, con batches de 32 ejemplos de tres tipos: al azar entre las diez clases, ` +
    'de solo dos clases y de una sola. Después se mide el acierto en test en modo de evaluación, con BN usando sus estadísticas móviles.',
  protocol: (s: GnNoIidSettings) =>
    `Protocolo: una pila de cuatro redes por tipo de batch, entrenadas una tras otra con los mismos pesos iniciales, la misma tasa (${rate(s.lr)}) y ${integer(s.steps)} pasos. ` +
    'Cada clase sale igual de a menudo, pero nunca junto a las demás. Es el análogo de la cabeza de cajas de un detector, cuyo batch son las regiones de una misma imagen (Wu y He, tabla 5).',
  labels: { width: 'Neuronas por capa oculta', groups: 'Grupos de GN', lr: 'Tasa de aprendizaje', steps: 'Pasos' },
  acc: { caption: 'Acierto en test al terminar', corner: 'Normalización' },
  loss: { caption: 'Pérdida de entrenamiento al terminar, en sus propios batches', corner: 'Normalización' },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra que BN falla cuando todo el batch es de una clase: resta a cada neurona la media del batch, que es la media de esa clase, y borra justo lo que la distingue. Con los valores por defecto y las semillas 1 a 5, BN acertó el 7,8–13,2 % en test (el azar es el 10 %), y ni siquiera aprendió sus propios batches (pérdida ≈ ln 10 = 2,30); GN, LN y la red sin normalizar acertaron el 89–97 %.',
      'Con dos clases por batch BN ya aprende: acertó el 92,2–95,4 %, unos tres puntos menos que con batches al azar (95,2–97,4 %). Un batch poco variado le cuesta algo; uno de una sola clase, todo.',
      'Con la tasa de 0,05 de las otras demos, los batches de una sola clase hunden a todas las redes, con o sin normalización (del 5 % al 32 % de acierto medio con las semillas 1 a 5): el momentum arrastra el gradiente de una clase a los batches de la siguiente. Por eso la tasa por defecto es 0,01.',
      'No reproduce los puntos de AP de la tabla 5 de Wu y He: aquí no hay detector ni regiones, solo batches de dígitos de una misma clase.',
    ],
  },
};

export const idleSummary = () =>
  'Pulsa «Entrenar»: se entrenará una pila de cuatro redes por tipo de batch (al azar, dos clases, una clase). Nada se descarga hasta entonces.';

export const runningSummary = (done: number, total: number) =>
  `Entrenando, tipo de batch ${integer(done + 1)} de ${integer(total)}… El resumen aparecerá aquí al terminar.`;

export function doneSummary(o: {
  acc: KindTable;
  loss: KindTable;
  kinds: readonly number[];
  all: number;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const at = (k: number) => o.kinds.indexOf(k);
  const [random, two, one] = [at(o.all), at(2), at(1)];
  const others = `GN ${percentOrDash(o.acc.gn[one])}, LN ${percentOrDash(o.acc.ln[one])} y la red sin normalizar ${percentOrDash(o.acc.none[one])}`;
  return [
    `Con batches de una sola clase, BN acierta el ${percentOrDash(o.acc.bn[one])} en test (el azar es el 10 %), frente al ${percentOrDash(o.acc.bn[random])} con batches al azar; en los mismos batches, ${others}.`,
    `Su pérdida de entrenamiento con una clase por batch es ${number(o.loss.bn[one] ?? NaN)} (ln 10 ≈ 2,30: no sabe de qué clase es ni uno de sus propios batches).`,
    `Con dos clases por batch, BN acierta el ${percentOrDash(o.acc.bn[two])}.`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
    ...o.fallbacks,
  ].join(' ');
}

export const formats = { lr: (v: number) => common.format.plain(v) };
