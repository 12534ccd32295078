/** Spanish strings of the `tasa-aprendizaje` demo (a ladder of learning rates, with and without BN). */
import type { LadderProblem } from '../../lib/experiments/tasa-aprendizaje';
import { common } from './common';
export { lossText, verdicts, type Verdict } from './ladder';

const { integer, number, rate, seconds } = common.format;

export const models = { withBN: 'Con BN', withoutBN: 'Sin BN' } as const;

/** A ladder the settings cannot make (src/lib/experiments/tasa-aprendizaje.ts' LadderProblem). */
export function ladderProblem(p: LadderProblem): string {
  switch (p.code) {
    case 'not-a-ladder':
      return 'La escalera necesita dos tasas positivas y al menos 2 peldaños.';
    case 'ends-out-of-order':
      return `La tasa máxima (${p.lrmax}) debe ser mayor que la mínima (${p.lrmin}).`;
    case 'too-narrow':
      return `Entre ${p.lo} y ${p.hi} no caben ${p.n} tasas distintas: amplía el rango.`;
  }
}

/** A list of rates in Spanish: «0,52, 1,4 y 3,7». */
export function rateList(rs: readonly number[]): string {
  const t = rs.map(rate);
  return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join('; ')} y ${t[t.length - 1]}`;
}

export const text = {
  title: 'Una escalera de tasas de aprendizaje, con y sin BN',
  intro: (n: number, steps: number) =>
    `${integer(n)} tasas de aprendizaje espaciadas en escala logarítmica, cada una con BN y sin BN: ${integer(2 * n)} redes ` +
    `que se entrenan a la vez, apiladas en un solo cálculo, con los mismos datos, los mismos pesos iniciales y los mismos ` +
    `mini-batches durante ${integer(steps)} pasos. Solo cambian la tasa y la presencia de BN.`,
  definition: (threshold: number, prior: number) =>
    `Estable quiere decir aquí dos cosas: que la pérdida nunca se volvió infinita o NaN (si no, «divergió») y que la pérdida ` +
    `final, la media de los últimos pasos, quedó por debajo de ${number(threshold)}: el 80 % de ${number(prior)}, la pérdida de ` +
    `una red que ignora la entrada y predice siempre la proporción de cada clase. Si no divergió pero quedó por encima, ` +
    `la tabla dice «sin progreso».`,
  labels: {
    lrmin: 'Tasa mínima',
    lrmax: 'Tasa máxima',
    n: 'Peldaños',
  },
  curves: {
    toggle: 'Ver las curvas de pérdida',
    withBN: 'Pérdida de entrenamiento con BN',
    withoutBN: 'Pérdida de entrenamiento sin BN',
    step: 'paso',
    lossAxis: 'pérdida (escala log.)',
    legend: 'Tasas de aprendizaje',
    description: (who: string, n: number) =>
      `Curvas de pérdida de las ${integer(n)} redes ${who}, una por tasa; la línea de una red que diverge se corta. ` +
      'La tabla de arriba da los mismos resultados en texto.',
  },
  proves: {
    title: 'Qué demuestra esto y qué no',
    items: [
      'Demuestra que, en esta red y con estos datos, BN ensancha hacia arriba el rango de tasas con las que se entrena de forma estable: la mayor tasa estable con BN suele ser bastante más alta que sin BN.',
      'No demuestra que con BN funcione cualquier tasa: las más altas también divergen o se quedan sin progreso, porque BN no normaliza la capa de salida ni elimina el tamaño del paso.',
      'Tampoco dice que BN sea mejor con tasas pequeñas: ahí las dos versiones suelen aprender, y a veces la red sin BN acaba con menos pérdida.',
      'Es un solo problema pequeño y una sola semilla: cambia la semilla, los datos o la activación para ver cuánto se mueve la frontera.',
    ],
  },
};

export const summary = {
  idle: (k: number, steps: number) =>
    `Pulsa «Entrenar» para entrenar ${integer(k)} redes a la vez durante ${integer(steps)} pasos. Nada se descarga hasta entonces.`,
  running: (k: number) => `Entrenando ${integer(k)} redes a la vez…`,
  paused: (step: number) => `En pausa en el paso ${integer(step)}.`,
  done: (p: {
    steps: number;
    bnMax: number | null;
    plainMax: number | null;
    bnDiverged: number[];
    plainDiverged: number[];
    bnStalled: number[];
    plainStalled: number[];
    threshold: number;
    elapsedMs: number;
    backend: string;
  }) => {
    const max = (v: number | null) => (v === null ? 'ninguna' : rate(v));
    const list = (rs: number[]) => (rs.length ? rateList(rs) : 'ninguna');
    const verdict =
      p.bnMax !== null && (p.plainMax === null || p.bnMax > p.plainMax)
        ? 'BN ensanchó el rango estable.'
        : p.bnMax !== null && p.bnMax === p.plainMax
          ? 'Esta vez las dos llegan a la misma tasa.'
          : 'Esta vez BN no ensanchó el rango estable.';
    return (
      `Tras ${integer(p.steps)} pasos, la mayor tasa estable fue ${max(p.bnMax)} con BN y ${max(p.plainMax)} sin BN. ${verdict} ` +
      `Divergieron con BN: ${list(p.bnDiverged)}; sin BN: ${list(p.plainDiverged)}. ` +
      `Sin progreso (pérdida final ≥ ${number(p.threshold)}) con BN: ${list(p.bnStalled)}; sin BN: ${list(p.plainStalled)}. ` +
      `Tardó ${seconds(p.elapsedMs)} en ${p.backend}.`
    );
  },
};

