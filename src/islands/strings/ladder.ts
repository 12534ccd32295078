/** Spanish words of a learning-rate ladder's table (ui/Ladder.tsx), shared by the demos that show one. */
import { common } from './common';

const { integer, number } = common.format;

export type Verdict = 'ok' | 'stalled' | 'diverged' | 'pending';

export const verdicts: Record<Verdict, string> = { ok: 'estable', stalled: 'sin progreso', diverged: 'divergió', pending: '—' };

/** A final loss for the table: three significant digits, tiny values as «< 0,001». */
export function lossText(v: number): string {
  return v < 0.001 ? `< ${number(0.001)}` : number(v);
}

export const ladderTable = {
  caption: 'Pérdida final de cada red (barra: pérdida frente a la de predecir la proporción de clases; la marca, el umbral de estabilidad)',
  rate: 'Tasa',
  best: 'mayor tasa estable',
  divergedAt: (step: number) => `divergió en el paso ${integer(step)}`,
  cell: (loss: string, verdict: string) => `${loss} · ${verdict}`,
};
