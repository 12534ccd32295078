/** Demo names fixed by the public contract (DESIGN.md §1); each has one <DemoSlot> in a lesson. */
export const DEMO_NAMES = [
  'bn-vs-sin-bn',
  'bn-paso-a-paso',
  'figura-1',
  'tasa-aprendizaje',
  'escala-entradas',
  'tamano-batch',
  'normalizaciones',
  'ln-batch-de-uno',
  'ln-companeros',
  'ln-escala',
  'ln-recurrente',
  'ln-pre-post',
  'gn-segun-batch',
  'gn-grupos',
  'gn-no-iid',
  'in-estilo',
] as const;

export type DemoName = (typeof DEMO_NAMES)[number];

export function isDemoName(name: string): name is DemoName {
  return (DEMO_NAMES as readonly string[]).includes(name);
}
