/** Spanish strings of the `in-estilo` demo: the three situations, the AdaIN panel, the summary. */
import type { ColourPreset } from '../../lib/adain';
import type { InEstiloSettings, Method, Situation } from '../../lib/experiments/in-estilo';
import { common } from './common';

const { integer, number, percentOrDash, rate, seconds } = common.format;

/** Test accuracy per method, one per situation (null: not finished). */
export type SituationTable = Record<Method, (number | null)[]>;

export const situationNames: Record<Situation, string> = {
  gray: 'Gris → gris',
  tinted: 'Gris → tintado',
  label: 'El tinte es la etiqueta',
};

export const colourNames: Record<ColourPreset, string> = {
  verde: 'verde sobre negro',
  rosa: 'rosa sobre granate',
  cian: 'cian sobre azul',
  naranja: 'naranja sobre marrón',
};

export const text = {
  title: 'IN borra el estilo: dígitos de colores',
  intro: (s: InEstiloSettings) =>
    `Cada dígito 8×8 se pinta en tres canales de color: papel de un color y tinta de otro, es decir, cada canal es el dígito con otro contraste y otro brillo. ` +
    `La misma red (dos capas ocultas ReLU de ${integer(s.width)} neuronas) aprende sin normalizar, con BN en la entrada o con IN en la entrada (cada canal de cada imagen normalizado sobre sus 64 píxeles).`,
  protocol: (s: InEstiloSettings) =>
    `Tres situaciones, una pila de tres redes cada una, con los mismos pesos iniciales, la tasa ${rate(s.lr)} y ${integer(s.steps)} pasos: ` +
    'entrenar y evaluar con dígitos grises; entrenar con grises y evaluar con dígitos de colores al azar (el tinte es ruido); y clasificar el tinte, uno de tres colores, en dígitos cualesquiera (el tinte es la señal; el azar es el 33 %).',
  labels: { width: 'Neuronas por capa oculta', lr: 'Tasa de aprendizaje', steps: 'Pasos' },
  table: { caption: 'Acierto en test al terminar (BN e IN, en la entrada)', corner: 'Situación' },
  adain: {
    title: 'AdaIN en píxeles: el color de una imagen en la forma de otra',
    intro:
      'AdaIN(x, y) = σ(y)·(x − μ(x))/σ(x) + μ(y), canal a canal (Huang y Belongie, 2017): quita a x su media y su desviación y le pone las de y. Elige el dígito de contenido y el color del estilo.',
    content: 'Contenido',
    style: 'Color del estilo',
    images: { content: 'Contenido', style: 'Estilo', result: 'AdaIN(contenido, estilo)', resultShort: 'AdaIN' },
    alt: (digit: string, colour: string) => `Un ${digit} en ${colour}`,
    stats: {
      caption: 'Media (μ) y desviación (σ) de cada canal',
      corner: 'Canal',
      mean: (m: number) => `μ ${number(m)}`,
      std: (s: number) => `σ ${number(s)}`,
    },
    channels: ['R', 'G', 'B'],
    note: 'El resultado tiene la forma del contenido y, canal a canal, la media y la desviación del estilo: en píxeles, eso es solo el color. AdaIN hace lo mismo sobre las activaciones profundas de una red VGG, donde esas medias y desviaciones resumen texturas y pinceladas, y un decodificador vuelve a imagen: eso no se entrena aquí.',
  },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra que IN en la entrada hace a la red ciega al tinte: con los valores por defecto y las semillas 1 a 5, acertó con dígitos de colores exactamente lo mismo que con grises en cada semilla (93,1–97,2 %), mientras que sin normalizar bajó del 94,8–96,7 % al 87,2–93,3 % y BN en la entrada, del 94,2–97,2 % al 13,4–16,7 %: sus estadísticas móviles son las de los dígitos grises.',
      'Demuestra que IN estorba cuando el tinte es la señal: al clasificar el color se quedó en el 30,6–33,0 % (el azar es el 33 %), y las otras dos redes acertaron el 100 %.',
      'No demuestra estilización: AdaIN en píxeles solo cambia colores. La estilización de Ulyanov et al. y de Huang y Belongie usa redes convolucionales y activaciones profundas, que aquí no se entrenan.',
    ],
  },
};

export const idleSummary = () =>
  'Pulsa «Entrenar»: se entrenará una pila de tres redes por situación (grises, grises → colores, el color como etiqueta). Nada se descarga hasta entonces.';

export const runningSummary = (done: number, total: number) =>
  `Entrenando, situación ${integer(done + 1)} de ${integer(total)}… El resumen aparecerá aquí al terminar.`;

export function doneSummary(o: {
  acc: SituationTable;
  situations: readonly Situation[];
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const [gray, tinted, label] = (['gray', 'tinted', 'label'] as const).map((s) => o.situations.indexOf(s));
  const a = o.acc;
  return [
    `Con dígitos de colores, IN en la entrada acierta el ${percentOrDash(a.in[tinted])} (el ${percentOrDash(a.in[gray])} con grises); sin normalizar, el ${percentOrDash(a.none[tinted])} (${percentOrDash(a.none[gray])}); BN en la entrada, el ${percentOrDash(a.bn[tinted])} (${percentOrDash(a.bn[gray])}).`,
    `Cuando el tinte es la etiqueta, IN acierta el ${percentOrDash(a.in[label])} (el azar es el 33 %); sin normalizar, el ${percentOrDash(a.none[label])}, y BN, el ${percentOrDash(a.bn[label])}.`,
    `Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`,
    ...o.fallbacks,
  ].join(' ');
}

export const formats = { lr: (v: number) => common.format.plain(v) };
