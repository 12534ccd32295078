/**
 * Spanish strings shared by every demo island (buttons, states, backends, URL notes). Demo-specific
 * text lives next to this file in `<demo>.ts`. Nothing the reader sees is written inside a component.
 */
import type { BackendChoice, BackendName } from '../../worker/protocol';
import type { QueryNote } from '../../lib/query';
import { es } from './number-format';

export type DemoState = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'error';

export const common = {
  buttons: {
    train: 'Entrenar',
    trainAgain: 'Entrenar de nuevo',
    pause: 'Pausa',
    resume: 'Continuar',
    step: 'Paso',
    reset: 'Reiniciar',
  },
  /** Accessible descriptions of the buttons (title/aria-describedby). */
  buttonHints: {
    step: 'Avanza un paso de entrenamiento y se detiene',
    reset: 'Borra el entrenamiento y vuelve al estado inicial',
  },
  state: {
    idle: 'Listo para entrenar',
    loading: 'Cargando TensorFlow.js…',
    running: 'Entrenando…',
    paused: 'En pausa',
    done: 'Entrenamiento terminado',
    error: 'Error',
  } satisfies Record<DemoState, string>,
  backend: {
    legend: 'Motor de cálculo',
    choices: {
      auto: 'Automático',
      webgl: 'WebGL',
      wasm: 'WASM',
      cpu: 'CPU',
    } satisfies Record<BackendChoice, string>,
    names: { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } satisfies Record<BackendName, string>,
    inUse: 'En uso',
    none: '—',
    stepsPerSec: 'pasos/s',
    /** Why WebGL is not used when the page itself has WebGL switched off. */
    webglOff: 'WebGL está desactivado en este navegador, así que se entrena con WASM.',
    /** Shown when the worker changed backend on its own (fallback or lost WebGL context). */
    fallback: (to: string, reason: string) => `Se cambió a ${to}: ${reason}`,
  },
  controls: {
    legend: 'Ajustes',
    /** The phone's disclosure button over the settings (its state is aria-expanded), before the current values. */
    show: 'Cambiar ajustes',
    /** Under a demo's opening text, clamped on a phone. */
    readMore: 'Leer más',
    readLess: 'Leer menos',
    stepsLabel: 'Pasos',
    changeStopsRun: 'Cambiar un ajuste reinicia el entrenamiento.',
    yes: 'Sí',
    no: 'No',
  },
  url: {
    /** Why a URL parameter was ignored (src/lib/query.ts' QueryNote). */
    note: (n: QueryNote): string => {
      const label = `Se ignoró ${n.key}=${n.raw}`;
      switch (n.code) {
        case 'unknown-setting':
          return `${label}: esta demo no tiene ese ajuste.`;
        case 'not-a-number':
          return `${label}: debe ser un número${n.integer ? ' entero' : ''} entre ${n.min} y ${n.max}.`;
        case 'not-an-option':
          return `${label}: debe ser uno de: ${n.values.join(', ')}.`;
        case 'not-a-boolean':
          return `${label}: debe ser true o false (también sí/no, 1/0).`;
      }
    },
    noteTitle: 'Enlace con ajustes',
    /** Heading for the list of ignored URL parameters. */
    ignored: 'Algunos parámetros de la dirección no son válidos y se han ignorado; se usan los valores por defecto:',
    share: 'Enlace a estos ajustes',
    copied: 'Enlace copiado',
  },
  /** Words of the shared model charts (src/islands/ui/ModelCharts.tsx). */
  charts: {
    loss: 'Pérdida de entrenamiento (media móvil; en claro, cada lectura)',
    lossLog: 'Pérdida de entrenamiento (escala logarítmica; media móvil y, en claro, cada lectura)',
    /** Each point the mean loss of the training steps since the previous read-back. */
    lossWindows: 'Pérdida de entrenamiento (cada punto, la media de los pasos desde el anterior)',
    /** A series of each read-back's raw value, drawn faint behind its moving average. */
    raw: 'sin suavizar',
    acc: 'Acierto en test',
    step: 'paso',
    lossAxis: 'pérdida',
    accAxis: 'acierto',
    regions: 'Regiones de decisión sobre los puntos de test',
    legend: 'Leyenda',
    class0: 'Clase 0 (test)',
    class1: 'Clase 1 (test)',
  },
  /** Attribution of a dataset (src/islands/ui/DigitsCredit.tsx). */
  credit: { data: 'Datos', licence: 'licencia' },
  summary: {
    noJsNeeded: 'Pulsa «Entrenar» para empezar. Nada se descarga hasta entonces.',
    /** While a run trains or is paused, where the demo has nothing of its own to add. */
    running: (total: number) => `Entrenando durante ${es(Math.round(total))} pasos… El resumen aparecerá aquí al terminar.`,
    paused: (step: number, total: number) => `En pausa en el paso ${es(Math.round(step))} de ${es(Math.round(total))}.`,
  },
  errors: {
    worker: 'No se pudo iniciar el entrenamiento en este navegador.',
    generic: (message: string) => `Algo falló: ${message}`,
    workerStopped: (detail: string) => `El entrenador se detuvo: ${detail || 'error desconocido'}.`,
  },
  /** The visible progress line of every training demo (not a live region): «Paso 120 de 800 · 95 pasos/s». */
  progressLine: (step: number, total: number, stepsPerSec: number): string => {
    const int = (v: number) => es(Math.round(v));
    const speed = stepsPerSec > 0 ? ` · ${int(stepsPerSec)} pasos/s` : '';
    return `Paso ${int(step)} de ${int(total)}${speed}`;
  },
  format: {
    /** A power of ten as 10⁻⁷; anything else with a decimal comma. */
    power10: (v: number) => {
      const e = Math.log10(v);
      if (!Number.isInteger(e)) return es(v);
      const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
      return `10${e < 0 ? '⁻' : ''}${String(Math.abs(e)).replace(/\d/g, (d) => sup[Number(d)])}`;
    },
    /** 0.934 → "93,4 %". */
    percent: (v: number, digits = 1) =>
      `${es(v * 100, { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`,
    /** A percentage, or a dash where there is no value yet. */
    percentOrDash: (v: number | null | undefined) => (v === null || v === undefined ? '—' : common.format.percent(v)),
    /** Loss and similar values with 3 significant digits. */
    number: (v: number) => es(v, { maximumSignificantDigits: 3 }),
    /** A size that may span many orders of magnitude: 4 500 000 → «4,5·10⁶», 3,2e−9 → «3,2·10⁻⁹»; from 0,001 to 10 000 as `number`. */
    magnitude: (v: number) => {
      if (v === 0 || !Number.isFinite(v) || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4)) return es(v, { maximumSignificantDigits: 3 });
      const e = Math.floor(Math.log10(Math.abs(v)));
      const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
      const power = `10${e < 0 ? '⁻' : ''}${String(Math.abs(e)).replace(/\d/g, (d) => sup[Number(d)])}`;
      return `${es(v / 10 ** e, { maximumSignificantDigits: 2 })}·${power}`;
    },
    /** A learning rate such as 0.003 or 1.5. */
    rate: (v: number) => es(v, { maximumSignificantDigits: 2 }),
    seconds: (ms: number) => `${es(ms / 1000, { maximumFractionDigits: 1 })} s`,
    integer: (v: number) => es(Math.round(v)),
    /** A setting's value as written: 0,1 · 32 · 10.000. */
    plain: (v: number) => es(v, { maximumFractionDigits: 6 }),
  },
} as const;
