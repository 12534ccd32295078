/**
 * The words every demo shares, written once: the names of datasets, activations, optimisers,
 * normalisations and BN positions, and the labels of the settings that several demos have. A demo's
 * own strings module adds or overrides labels (figura-1's width is «Sigmoides por capa oculta»).
 */
import type { MethodName } from '../../lib/experiments/norms';
import type { Activation, DatasetName, OptimizerName } from '../../lib/experiments/types';

export const datasetNames: Record<DatasetName, string> = {
  espirales: 'Espirales',
  lunas: 'Lunas',
  circulos: 'Círculos',
  xor: 'XOR',
  digitos: 'Dígitos 8×8',
};

export const activationNames: Record<Activation, string> = { sigmoid: 'Sigmoide', tanh: 'Tanh', relu: 'ReLU' };

/** Activation names inside a sentence. */
export const activationInline: Record<Activation, string> = { sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU' };

export const optimizerNames: Record<OptimizerName, string> = { sgd: 'SGD', momentum: 'SGD con momentum 0,9', adam: 'Adam' };

/** The normalisations as demos name them in tables, legends and summaries. */
export const methodNames: Record<MethodName, string> = { none: 'Sin normalizar', bn: 'BN', ln: 'LN', rms: 'RMSNorm', gn: 'GN', in: 'IN' };

export const bnPositionNames = { before: 'Antes de la activación', after: 'Después de la activación' } as const;

/** Labels of settings that several demos share, by their URL key. */
export const fieldLabels: Record<string, string> = {
  dataset: 'Conjunto de datos',
  lr: 'Tasa de aprendizaje',
  batch: 'Tamaño del batch',
  depth: 'Capas ocultas',
  width: 'Neuronas por capa',
  act: 'Activación',
  opt: 'Optimizador',
  bn: 'Posición de BN',
  steps: 'Pasos',
};

/** The option names of the enum settings that several demos share, by their URL key. */
export const optionNames: Record<string, Record<string, string>> = {
  dataset: datasetNames,
  act: activationNames,
  opt: optimizerNames,
  bn: bnPositionNames,
};

/** The axes of the small N × C × (H·W) tensors some demos draw as tables (TensorTable). */
export const tensorAxes = {
  example: (n: number) => `Ejemplo ${n + 1}`,
  channel: (c: number) => `canal ${c + 1}`,
  position: (p: number) => `pos. ${p + 1}`,
};

/** The note when a link's GN group count does not divide the width (norms.ts: fitGroups). */
export const groupsReplaced = (g: number, width: number, fallback: number) => `${g} grupos no dividen ${width} neuronas; se usan ${fallback}.`;
