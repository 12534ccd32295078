/** Spanish strings of the `gn-grupos` demo: the numeric tensor, the sweep over G, its summary and text alternatives. */
import type { Reference } from '../../lib/experiments/gn-grupos';
import { common } from './common';
import { tensorAxes } from './vocabulary';

const { integer, number, percentOrDash, seconds } = common.format;

/** Test error of GN per group count (groupCounts order) and without normalisation. */
export type SweepErrors = { gn: (number | null)[]; none: number | null };

export const referenceNames: Record<Reference, string> = { layer: 'LN', instance: 'IN' };
const referenceLong: Record<Reference, string> = { layer: 'Layer Norm', instance: 'Instance Norm' };

const perGroup = (units: number) => (units === 1 ? '1 neurona por grupo' : `${integer(units)} neuronas por grupo`);

export const text = {
  title: 'GN de G = 1 a G = C: de Layer Norm a Instance Norm',
  tensor: {
    title: 'Un tensor de 2 ejemplos × 4 canales × 3 posiciones',
    intro:
      'GN reparte los canales de cada ejemplo en G grupos y normaliza cada grupo con su media y su varianza. Elige G y con qué comparar: con G = 1 el grupo es el ejemplo entero (Layer Norm); con G = 4, cada canal solo (Instance Norm).',
    groups: 'Grupos de GN (G)',
    reference: 'Comparar con',
    table: (example: number, name: string) => `${tensorAxes.example(example)}: ${name}`,
    gnName: (g: number) => `GN con G = ${g}`,
    differs: 'distinto',
    verdict: (o: {
      groups: number;
      reference: Reference;
      differing: number;
      cells: number;
      maxDiff: number;
      gnSet: number;
      refSet: number;
    }) =>
      o.differing === 0
        ? `GN con G = ${o.groups} y ${referenceLong[o.reference]} dan los mismos ${integer(o.cells)} valores normalizados, número a número (diferencia máxima 0): los dos promedian los mismos conjuntos de ${integer(o.gnSet)} celdas.`
        : `GN con G = ${o.groups} y ${referenceLong[o.reference]} difieren en ${integer(o.differing)} de ${integer(o.cells)} celdas (diferencia máxima ${number(o.maxDiff)}): GN promedia grupos de ${integer(o.gnSet)} celdas y ${referenceNames[o.reference]}, de ${integer(o.refSet)}.`,
  },
  sweep: {
    title: 'Los grupos en una red densa',
    intro: (width: number, groups: readonly number[]) =>
      `La misma red (dos capas ocultas ReLU de ${integer(width)} neuronas, GN antes de cada activación) aprende los dígitos 8×8 con G = ${groups.join(', ')} y sin normalizar, todas a la vez, con los mismos pesos iniciales y los mismos batches de 32 ejemplos.`,
    why: 'En una capa densa cada neurona es un canal con una sola posición: un grupo tiene tantos valores como neuronas. Con una neurona por grupo, x̂ = 0 siempre y la capa devuelve β sea cual sea la entrada. Con dos, x̂ vale ±1 (solo queda el signo de su diferencia): el gradiente es casi nulo, salvo cuando las dos casi empatan, donde se multiplica hasta por 1/√ε ≈ 316 y los pesos saltan. En una red convolucional cada canal aporta H·W valores, y ese colapso no ocurre.',
    labels: { width: 'Neuronas por capa oculta', lr: 'Tasa de aprendizaje', steps: 'Pasos' },
    legend: 'Modelo',
    gn: 'GN',
    none: 'Sin normalizar',
    chart: { title: 'Error en test según el número de grupos (escalas logarítmicas)', xLabel: 'grupos G', yLabel: 'error en test' },
    table: { caption: 'Error en test al terminar', corner: 'Grupos' },
    row: (g: number, units: number) => `G = ${g} (${perGroup(units)})`,
  },
  paper: {
    caption: 'Wu y He (2018), tabla 3: ResNet-50 en ImageNet, error de validación con GN',
    groups: 'Grupos G',
    groupsError: 'Error (%)',
    channels: 'Canales por grupo',
    channelsError: 'Error (%)',
    note: 'En la ResNet cada capa tiene de 64 a 2048 canales y cada canal muchas posiciones: hasta con un canal por grupo (Instance Norm) el error solo sube al 28,4 %. El colapso de la red densa no es ese efecto.',
  },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra que GN con G = 1 es Layer Norm y con G = C es Instance Norm: los conjuntos sobre los que se promedia son los mismos, y los números también (Wu y He, ecuación 7).',
      'Demuestra que una red densa con GN de una o dos neuronas por grupo no aprende: con los valores por defecto y las semillas 1 a 5, G = 16 y G = 32 se quedaron en el 89–92 % de error (el azar es el 90 %), y G ≤ 8 en el 3,7–8,0 %.',
      'No reproduce la tabla 3 del artículo, la sensibilidad de una ResNet a G: en la red densa el error apenas cambia mientras cada grupo tenga varias neuronas, y eso es todo lo que se puede ver aquí.',
      'Es una sola semilla: cambia la anchura o la tasa para ver cuánto se mueven los resultados.',
    ],
  },
};

export const idleSummary = (models: number) =>
  `Pulsa «Entrenar»: ${integer(models)} redes (una por cada G y una sin normalizar) aprenderán los dígitos a la vez. Nada se descarga hasta entonces.`;

const row = (e: SweepErrors, groups: readonly number[]) => groups.map((g, i) => `G = ${g}: ${percentOrDash(e.gn[i])}`).join(', ');

export function doneSummary(o: {
  e: SweepErrors;
  groups: readonly number[];
  collapsed: readonly number[];
  width: number;
  elapsedMs: number;
  backend: string;
  fallbacks: string[];
}): string {
  const collapsed = o.collapsed.map((g) => `G = ${g} (${perGroup(o.width / g)})`);
  const parts = [`Error en test con GN: ${row(o.e, o.groups)}; sin normalizar, ${percentOrDash(o.e.none)}.`];
  if (collapsed.length)
    parts.push(
      `${collapsed.join(' y ')} se ${collapsed.length === 1 ? 'queda' : 'quedan'} en el azar: con tan pocos valores por grupo, x̂ no lleva información.`,
    );
  parts.push(`Tiempo: ${seconds(o.elapsedMs)} con ${o.backend}.`);
  return [...parts, ...o.fallbacks].join(' ');
}

export function chartDescription(e: SweepErrors, groups: readonly number[]): string {
  if (e.gn.every((v) => v === null)) return 'Gráfica del error en test según el número de grupos de GN; aún no hay datos.';
  return `Gráfica del error en test según el número de grupos de GN. ${row(e, groups)}. Sin normalizar: ${percentOrDash(e.none)}.`;
}

export const formats = { lr: (v: number) => common.format.plain(v) };
