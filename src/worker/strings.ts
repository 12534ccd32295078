/** Every Spanish string the worker sends to the reader (fallbacks, notes, errors). */
import { SpecError, type IntegerSetting, type SpecProblem } from '../engine/problems';
import { DigitsError, type DigitsProblem } from '../lib/datasets';
import type { NormShapeProblem } from '../lib/norms/index-sets';
import { NormShapeError } from '../lib/norms/normalize';
import { es } from '../islands/strings/number-format';
import type { BackendTiming, MeasuredChoice } from './backend-choice';
import type { BackendName } from './protocol';

const settingNames: Record<IntegerSetting, string> = {
  hiddenWidth: 'El ancho de la capa oculta',
  batchSize: 'El tamaño del batch',
  steps: 'El número de pasos',
  evalEvery: 'La frecuencia de evaluación (evalEvery)',
  ghostBatch: 'El tamaño de los sub-batches',
  groups: 'El número de grupos',
  decisionGrid: 'La resolución del mapa de decisión',
  matesBatch: 'El tamaño de los batches de test',
  batchClasses: 'Las clases por batch',
  recurrentSteps: 'El número de pasos de la red recurrente',
  hiddenNormSteps: 'El número de pasos en los que se mide el estado oculto',
  hiddenNormExamples: 'El número de imágenes con las que se mide el estado oculto',
  residualBlocks: 'El número de bloques residuales',
  warmupSteps: 'Los pasos de warm-up',
};

const shown = (v: unknown) => String(v);

/** Why a normalisation cannot work on this batch or layer. */
export function normShapeText(p: NormShapeProblem): string {
  switch (p.code) {
    case 'batch-too-small':
      return `BN en entrenamiento necesita batches de al menos 2 ejemplos (con ${p.batch}, la varianza del batch es 0 y la salida sería siempre β)`;
    case 'ghost-does-not-divide':
      return `el tamaño del batch (${p.batch}) debe ser múltiplo del de los sub-batches (${p.ghostBatch})`;
    case 'groups-do-not-divide':
      return `el número de grupos (${p.groups}) debe dividir el ancho de cada capa (${p.features})`;
  }
}

/** A digits file that is not the one the site ships. */
export function digitsProblemText(p: DigitsProblem): string {
  switch (p.code) {
    case 'wrong-size':
      return `El archivo de dígitos no es válido: mide ${p.bytes} bytes y debería medir ${p.expected} (${p.rows} filas de ${p.record} bytes).`;
    case 'pixel-out-of-range':
      return `El archivo de dígitos no es válido: fila ${p.row}, píxel ${p.pixel} vale ${p.value} (máximo ${p.max}).`;
    case 'label-out-of-range':
      return `El archivo de dígitos no es válido: la fila ${p.row} tiene la etiqueta ${p.label} (debe ser 0..9).`;
  }
}

/** A spec problem, for the reader. */
export function specProblemText(p: SpecProblem): string {
  switch (p.code) {
    case 'missing':
      return 'La configuración del experimento falta o no es válida.';
    case 'no-models':
      return 'El experimento no tiene ningún modelo.';
    case 'too-many-models':
      return `Demasiados modelos apilados (${p.count}); el máximo es ${p.max}.`;
    case 'too-many-layers':
      return `Las capas ocultas deben ser una lista de hasta ${p.max} anchos.`;
    case 'not-an-integer': {
      const what = `${settingNames[p.setting]}${p.layer ? ` ${p.layer}` : ''}${p.model ? ` de «${p.model}»` : ''}`;
      return `${what} debe ser un entero entre 1 y ${p.max}; se recibió ${shown(p.value)}.`;
    }
    case 'unknown-activation':
      return `Activación desconocida: ${shown(p.value)}.`;
    case 'unknown-init':
      return `Inicialización desconocida: ${shown(p.value)}.`;
    case 'unknown-optimizer':
      return `Optimizador desconocido: ${shown(p.value)}.`;
    case 'bad-seed':
      return 'La semilla debe ser un número finito.';
    case 'momentum-without-convention':
      return 'El momentum de BN debe decir su convención: PyTorch (peso del batch nuevo) o Keras/TF.js (peso de la media anterior).';
    case 'momentum-out-of-range':
      return `El momentum de BN debe estar en (0, 1); se recibió ${shown(p.value)} (convención ${p.convention}).`;
    case 'bn-epsilon-out-of-range':
      return `El épsilon de la normalización debe estar en (0, 1); se recibió ${shown(p.value)}.`;
    case 'adam-epsilon-out-of-range':
      return `El épsilon de Adam debe estar en (0, 1); se recibió ${shown(p.value)}.`;
    case 'divergence-not-positive':
      return `El umbral de divergencia debe ser positivo; se recibió ${shown(p.value)}.`;
    case 'bad-model-id':
      return `Identificador de modelo no válido o repetido: ${shown(p.id)}.`;
    case 'bad-learning-rate':
      return `La tasa de aprendizaje de «${p.model}» debe ser positiva; se recibió ${shown(p.value)}.`;
    case 'no-norm':
      return `El modelo «${p.model}» no dice qué normalización usa.`;
    case 'unknown-norm':
      return `Normalización desconocida en «${p.model}»: ${shown(p.value)}.`;
    case 'unknown-position':
      return `Posición de la normalización desconocida en «${p.model}»: ${shown(p.value)}.`;
    case 'unknown-single-example':
      return `Qué hacer con un batch de un solo ejemplo en «${p.model}»: ${shown(p.value)} no es «refuse» ni «collapse».`;
    case 'norm-without-hidden-layers':
      return `«${p.model}» normaliza sus capas ocultas, pero no tiene ninguna.`;
    case 'norm-shape':
      return `En «${p.model}»: ${normShapeText(p.problem)}.`;
    case 'probe-layer':
      return `La capa a observar (${shown(p.layer)}) no existe.`;
    case 'probe-unit':
      return `La unidad a observar (${shown(p.unit)}) no existe en la capa ${p.layer}.`;
    case 'decision-map-needs-2d':
      return 'El mapa de decisión solo existe para datos en 2-D.';
    case 'train-mode-needs-a-test-batch':
      return `Medir en modo de entrenamiento necesita al menos un batch de test (${p.batch} ejemplos); el test tiene ${p.nTest}.`;
    case 'bad-probe-list':
      return 'Las escalas y los desplazamientos de las entradas de test deben ser, como mucho, 16 números finitos.';
    case 'mates-shape':
      return p.problem.code === 'small-does-not-divide'
        ? `El batch pequeño (${p.problem.small}) debe dividir al grande (${p.problem.batch}).`
        : `Cada clase del test necesita al menos ${p.problem.batch} imágenes para llenar un batch de una sola clase; la que menos tiene, ${p.problem.fewest}.`;
    case 'recurrent-layers':
      return `La red recurrente tiene una sola capa oculta; se pidieron ${p.count}.`;
    case 'rows-do-not-divide':
      return `Cada entrada (${p.dims} valores) debe partirse en ${p.steps} filas iguales: ${p.steps} debe dividir a ${p.dims}.`;
    case 'recurrent-scale':
      return `La escala de los pesos recurrentes debe ser un número entre 0 y 10; se recibió ${shown(p.value)}.`;
    case 'recurrent-norm':
      return `«${p.model}» usa ${p.kind === 'batch' ? 'BN' : p.kind}, que la red recurrente no admite: sin normalización, LayerNorm o RMSNorm, antes de la activación.`;
    case 'recurrent-input':
      return `La red recurrente lee las entradas tal cual: «${p.model}» no puede normalizarlas ni estandarizarlas.`;
    case 'probe-not-recurrent':
      return `La medida «${p.probe}» no existe para una red recurrente.`;
    case 'probe-needs-recurrent':
      return `La medida «${p.probe}» solo existe para una red recurrente.`;
    case 'residual-layers':
      return `La red residual tiene un solo ancho (el de sus bloques); se pidieron ${p.count}.`;
    case 'residual-norm':
      return `«${p.model}» usa ${p.kind === 'batch' ? 'BN' : p.kind}, que la red residual no admite: sin normalización, LayerNorm o RMSNorm, antes de cada bloque (Pre-LN) o después de cada suma (Post-LN).`;
    case 'residual-input':
      return `La red residual lee las entradas tal cual: «${p.model}» no puede normalizarlas ni estandarizarlas.`;
    case 'probe-not-residual':
      return `La medida «${p.probe}» no existe para una red residual.`;
    case 'data-mismatch':
      return 'Los conjuntos de entrenamiento y test no encajan.';
    case 'state-mismatch':
      return `El estado guardado no encaja con el modelo (${p.piece}).`;
  }
}

const names: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU (JavaScript)' };

/** «WASM 2,1 ms · CPU (JavaScript) 5,3 ms · WebGL no arrancó», per training step. */
function timingList(timings: BackendTiming[]): string {
  const one = (t: BackendTiming) => `${names[t.name]} ${t.msPerStep === null ? 'no arrancó' : `${es(t.msPerStep, { maximumSignificantDigits: 2 })} ms`}`;
  return timings.map(one).join(' · ');
}

export const workerStrings = {
  names,
  specProblem: specProblemText,
  digitsProblem: digitsProblemText,
  normShape: normShapeText,
  noWebGL2: 'Este navegador no ofrece WebGL 2 con aceleración por hardware (o lo emula por software, más lento); se entrena con WASM.',
  noFloat32: 'El WebGL de este dispositivo no calcula en float32; se entrena con WASM, que sí lo hace.',
  float16Note: 'WebGL calcula aquí en float16: se usa un épsilon de Adam de 1e-3 para que no se anule.',
  notStarted: 'no se pudo iniciar',
  /** Why «Automático» runs on this backend, after timing each one on this device. */
  measured: (c: MeasuredChoice, webglTried: boolean) =>
    `Automático eligió ${names[c.backend]}: se midió cada motor con esta demo en este dispositivo y fue el más rápido (por paso: ${timingList(c.timings)}).` +
    (webglTried ? '' : ' WebGL no se midió: este navegador no ofrece WebGL 2 con aceleración por hardware que calcule en float32.'),
  /** The same, when the choice was measured on an earlier visit. */
  remembered: (c: MeasuredChoice) =>
    `Automático usa ${names[c.backend]}: fue el más rápido cuando se midió esta demo en este dispositivo (por paso: ${timingList(c.timings)}).`,
  fallback: (wanted: BackendName, got: BackendName, detail: string) =>
    `${names[wanted]} no está disponible; se entrena con ${names[got]}.${detail ? ` (${detail})` : ''}`,
  noBackend: (detail: string) => `No se pudo iniciar ningún motor de cálculo (WebGL, WASM ni CPU). ${detail}`.trim(),
  contextLost: (got: BackendName, step: number) =>
    `Se perdió el contexto WebGL; el entrenamiento sigue con ${names[got]} desde el paso ${step}.`,
  webglFailed: (got: BackendName, step: number, detail: string) =>
    `WebGL falló (${detail}); el entrenamiento sigue con ${names[got]} desde el paso ${step}.`,
  webglLostBefore: 'WebGL ya perdió su contexto en esta página; se usa otro motor.',
  badVersion: (got: unknown, want: number) =>
    `Versión de protocolo incompatible (${String(got)}; se esperaba ${want}). Recarga la página.`,
  unknownMessage: (type: unknown) => `Mensaje desconocido para el entrenador: ${String(type)}.`,
  noRun: 'No hay ningún entrenamiento en curso: pulsa Entrenar primero.',
  trainingFailed: (detail: string) => `El entrenamiento falló: ${detail}`,
  digitsFailed: (detail: string) => `No se pudieron cargar los dígitos: ${detail}`,
};

/** An error as the reader reads it: typed problems in Spanish, anything else as it came. */
export function readable(e: unknown): string {
  if (e instanceof SpecError) return specProblemText(e.problem);
  if (e instanceof NormShapeError) return `${normShapeText(e.problem)}.`;
  if (e instanceof DigitsError) return digitsProblemText(e.problem);
  return e instanceof Error ? e.message : String(e);
}
