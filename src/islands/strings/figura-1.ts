/** Spanish strings of the `figura-1` demo (Ioffe & Szegedy 2015, Figure 1, reduced to the 8×8 digits). */
import type { OptimizerName } from '../../lib/experiments/types';
import { common } from './common';
import { optimizerNames } from './vocabulary';

const { percent, integer, number, rate, seconds } = common.format;

export const models = { withBN: 'Con BN', withoutBN: 'Sin BN' } as const;

export const text = {
  title: 'La figura 1 del artículo de BN, reproducida en tu navegador',
  intro: (p: { width: number; steps: number; batch: number; trainN: number; testN: number }) =>
    `Réplica fiel pero reducida del experimento de la sección 4.1 de Ioffe y Szegedy (2015): una red totalmente conectada ` +
    `con 3 capas ocultas de ${integer(p.width)} sigmoides y una salida softmax de 10 clases, entrenada con batches de ` +
    `${integer(p.batch)} ejemplos, con BN antes de cada sigmoide y sin BN. Las dos redes parten de los mismos pesos y ven los ` +
    `mismos batches. En lugar de MNIST usamos los dígitos de 8×8 (${integer(p.trainN)} para entrenar, ${integer(p.testN)} ` +
    `para test) y ${integer(p.steps)} pasos en lugar de 50 000, para que termine en segundos.`,
  paper:
    'El original: MNIST (imágenes de 28×28), 3 capas ocultas de 100 sigmoides, batches de 60 y 50 000 pasos. ' +
    'El artículo no dice qué optimizador ni qué tasa de aprendizaje usó; aquí los puedes elegir.',
  notice: {
    title: 'Qué mirar',
    items: [
      'Gráfica (a): la red con BN llega antes a un acierto alto en test.',
      'Gráficas (b) y (c): la entrada de una sigmoide de la última capa oculta, resumida por sus percentiles 15, 50 y 85 sobre las imágenes de test. Sin BN, las tres curvas se desplazan y se separan mientras la red aprende: la distribución que recibe la neurona cambia. Con BN se quedan casi quietas tras los primeros pasos.',
      'Los primeros puntos con BN arrancan estrechos: en modo de evaluación se usan las estadísticas móviles, que empiezan en media 0 y varianza 1 y tardan unas decenas de pasos en ajustarse.',
    ],
  },
  labels: {
    width: 'Sigmoides por capa oculta',
    unit: 'Sigmoide observada (última capa)',
  },
  charts: {
    acc: '(a) Precisión en test',
    withoutBN: '(b) Sin BN',
    withBN: '(c) Con BN',
    panels: (unit: number) => `Entrada de la sigmoide n.º ${unit} de la última capa oculta: percentiles 15, 50 y 85 sobre las imágenes de test`,
    step: 'paso',
    accAxis: 'acierto',
    inputAxis: 'entrada',
    p15: 'Percentil 15',
    p50: 'Percentil 50 (mediana)',
    p85: 'Percentil 85',
    legend: 'Leyenda',
  },
};

export interface F1Result {
  acc: number;
  /** Range of p50 and of the p85 − p15 spread after the first tenth of training. */
  median: [number, number];
  spread: [number, number];
}

const range = (r: [number, number]) => `entre ${number(r[0])} y ${number(r[1])}`;

export function accDescription(step: number, bn?: number, plain?: number): string {
  if (bn === undefined || plain === undefined) return 'Gráfica del acierto en test de las dos redes; aún no hay datos.';
  return `Gráfica del acierto en test por paso. En el paso ${integer(step)}: con BN ${percent(bn)}, sin BN ${percent(plain)}.`;
}

export function percentileDescription(who: string, unit: number, r?: F1Result): string {
  if (!r) return `Percentiles 15, 50 y 85 de la entrada de la sigmoide ${unit} de la última capa oculta, ${who}; aún no hay datos.`;
  return (
    `Percentiles 15, 50 y 85 de la entrada de la sigmoide ${unit} de la última capa oculta, ${who}. ` +
    `Tras el primer décimo del entrenamiento, la mediana se movió ${range(r.median)} y la distancia entre los percentiles 15 y 85 ${range(r.spread)}.`
  );
}

export const summary = {
  idle: (steps: number) =>
    `Pulsa «Entrenar» para entrenar las dos redes ${integer(steps)} pasos. Nada se descarga hasta entonces.`,
  running: (steps: number) => `Entrenando las dos redes durante ${integer(steps)} pasos…`,
  paused: (step: number, bn?: number, plain?: number) =>
    bn === undefined || plain === undefined
      ? `En pausa en el paso ${integer(step)}.`
      : `En pausa en el paso ${integer(step)}: acierto en test con BN ${percent(bn)}, sin BN ${percent(plain)}.`,
  done: (p: {
    steps: number;
    bn: F1Result;
    plain: F1Result;
    early?: { step: number; bn: number; plain: number };
    unit: number;
    elapsedMs: number;
    backend: string;
  }) => {
    const lead =
      p.bn.acc > p.plain.acc
        ? 'BN va por delante, como en la figura del artículo.'
        : 'Esta vez BN no va por delante: prueba otra tasa de aprendizaje o más pasos.';
    const early = p.early
      ? ` En el paso ${integer(p.early.step)} ya iba ${percent(p.early.bn)} con BN frente a ${percent(p.early.plain)} sin BN.`
      : '';
    return (
      `Tras ${integer(p.steps)} pasos, acierto en test: con BN ${percent(p.bn.acc)}, sin BN ${percent(p.plain.acc)}. ${lead}${early} ` +
      `Entrada de la sigmoide ${p.unit}: sin BN, su mediana se movió ${range(p.plain.median)} y la distancia entre los percentiles 15 y 85 ${range(p.plain.spread)}; ` +
      `con BN, la mediana ${range(p.bn.median)} y la distancia ${range(p.bn.spread)}. ` +
      `Tardó ${seconds(p.elapsedMs)} en ${p.backend}.`
    );
  },
};

export const settingsNote = (lr: number, opt: OptimizerName, adamEpsilon: number) =>
  `Tasa ${rate(lr)} con ${optimizerNames[opt]}${opt === 'adam' ? ` (ε = ${common.format.power10(adamEpsilon)}, el valor por defecto de TF.js y Keras; el de PyTorch es ${common.format.power10(1e-8)})` : ''}.`;

/** The settings panel's words: labels beyond the shared ones, and how the observed unit reads. */
export const settingsText = { labels: text.labels, formats: { unit: (v: number) => `n.º ${v}` } };
