/** Spanish strings of the `bn-paso-a-paso` demo (one BN layer computed by hand on an editable batch). */
import type { CellProblem, Mode } from '../../lib/experiments/bn-paso-a-paso';
import { es } from './number-format';

/** Numbers as the reader reads them: Spanish decimal comma, up to `digits` decimals. */
export function num(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return '—';
  const r = Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v; // no "-0,00"
  return es(r, { minimumFractionDigits: 0, maximumFractionDigits: digits, useGrouping: false });
}

export const feature = (j: number) => `Neurona ${j + 1}`;
export const featureShort = (j: number) => `n${j + 1}`;

export const modeNames: Record<Mode, string> = {
  train: 'Entrenamiento',
  eval: 'Evaluación',
};

export const problems: Record<CellProblem, string> = {
  empty: 'está vacía',
  nan: 'no es un número',
  range: 'es demasiado grande (máximo ±1 000 000)',
};

export const text = {
  title: 'BN paso a paso sobre un mini-batch editable',
  intro:
    'Un batch de 6 ejemplos en una capa de 3 neuronas. Edita cualquier número: BN calcula la media y la varianza de cada neurona ' +
    'sobre los 6 ejemplos (una columna), no de cada ejemplo (una fila).',
  inputCaption: 'Entrada x: el mini-batch (editable)',
  outputCaption: 'Salida de la capa',
  rowHeader: 'Ejemplo',
  batchAxis: '↓ eje del batch: se promedia hacia abajo',
  meanRow: 'μ_B (media)',
  varRow: 'σ²_B (varianza)',
  usedMeanRow: (mode: Mode) => (mode === 'train' ? 'μ usada (la del batch)' : 'μ usada (móvil)'),
  usedVarRow: (mode: Mode) => (mode === 'train' ? 'σ² usada (la del batch)' : 'σ² usada (móvil)'),
  xhatLabel: 'x̂',
  yLabel: 'y',
  cellLabel: (i: number, j: number) => `Ejemplo ${i + 1}, neurona ${j + 1}`,
  cellProblem: (i: number, j: number, why: string, used: string) =>
    `La celda del ejemplo ${i + 1}, neurona ${j + 1} ${why}; se usa su último valor válido (${used}).`,
  highlight: {
    button: (j: number) => `Destacar la columna de la neurona ${j + 1} en todas las tablas`,
    explain: (j: number, cells: string, mean: string, variance: string) =>
      `La neurona ${j + 1} se normaliza con las 6 celdas de su columna: μ_B = (${cells}) / 6 = ${mean}; ` +
      `σ²_B = media de (x − μ_B)² = ${variance}. Cada neurona tiene su propia media y varianza; ` +
      'cada ejemplo, en cambio, se mezcla con los demás del batch.',
  },
  buttons: {
    newBatch: 'Nuevo batch',
    tenBatches: 'Pasar 10 batches',
    resetRunning: 'Olvidar las estadísticas móviles',
  },
  hints: {
    newBatch: (mode: Mode) =>
      mode === 'train'
        ? 'En entrenamiento, el batch actual entra en las estadísticas móviles y llega uno nuevo.'
        : 'En evaluación no se actualiza nada: solo llega un batch nuevo.',
  },
  mode: {
    legend: 'Modo de la capa',
    train: 'Entrenamiento: normaliza con la media y la varianza de este batch.',
    eval: 'Evaluación: normaliza con las estadísticas móviles; cada ejemplo se procesa solo, sin mirar al resto del batch.',
  },
  params: {
    legend: 'Parámetros aprendibles γ (escala) y β (desplazamiento)',
    gamma: (j: number) => `γ de la neurona ${j + 1}`,
    beta: (j: number) => `β de la neurona ${j + 1}`,
  },
  running: {
    title: 'Estadísticas móviles (para evaluación)',
    momentumLabel: 'Momentum',
    momentumOption: (pt: string, keras: string) => `${pt} (PyTorch) ≡ ${keras} (Keras, TF.js)`,
    conventions: (pt: string, keras: string) =>
      `PyTorch: móvil ← (1 − ${pt})·móvil + ${pt}·batch. Keras y TF.js escriben lo mismo al revés: ` +
      `móvil ← ${keras}·móvil + (1 − ${keras})·batch. Mismo cálculo, el número es el peso del batch nuevo ` +
      'en PyTorch y el del valor antiguo en Keras.',
    bessel:
      'PyTorch guarda la varianza corregida (× m/(m − 1) = 6/5), como el algoritmo 2 del artículo (y como hace esta demo); Keras 3 y TF.js guardan la varianza sin corregir. ' +
      'El tf.keras anterior a Keras 3 la corregía solo con el kernel fusionado (fused=True).',
    seen: (n: number) =>
      n === 0
        ? 'Aún no ha pasado ningún batch en entrenamiento: las estadísticas móviles valen media 0 y varianza 1.'
        : `Batches vistos en entrenamiento: ${n}.`,
    meanRow: 'Media móvil',
    varRow: 'Varianza móvil',
    nextMeanRow: 'Media tras este batch',
    nextVarRow: 'Varianza tras este batch',
    population: (means: string, vars: string) =>
      `Los batches nuevos salen de una población con medias ${means} y varianzas ${vars}: con muchos batches, las móviles se acercan a esos valores.`,
    pending: 'Al pasar al siguiente batch en entrenamiento, este batch entra en las móviles:',
    frozen: 'En evaluación las móviles no cambian: son las que usa la capa.',
  },
  summary: (p: {
    mode: Mode;
    means: string;
    vars: string;
    runMeans: string;
    runVars: string;
    batches: number;
    invalid: number;
  }) => {
    const head =
      p.mode === 'train'
        ? `Modo de entrenamiento: cada neurona se normaliza con la media (${p.means}) y la varianza (${p.vars}) de este batch, así que x̂ tiene media 0 y varianza ≈ 1 en cada columna.`
        : `Modo de evaluación: se normaliza con las estadísticas móviles, media (${p.runMeans}) y varianza (${p.runVars}), tras ${p.batches} batch${p.batches === 1 ? '' : 'es'} de entrenamiento; x̂ ya no tiene por qué tener media 0 en este batch.`;
    const bad = p.invalid > 0 ? ` Hay ${p.invalid} celda${p.invalid === 1 ? '' : 's'} no válida${p.invalid === 1 ? '' : 's'}: se usa su último valor válido.` : '';
    return head + bad;
  },
};
