/** Every Spanish string the worker sends to the reader (fallbacks, notes, errors). */
import type { BackendName } from './protocol';

const names: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU (JavaScript)' };

export const workerStrings = {
  names,
  noWebGL2: 'Este navegador no ofrece WebGL 2 con aceleración por hardware (o lo emula por software, más lento); se entrena con WASM.',
  noFloat32: 'El WebGL de este dispositivo no calcula en float32; se entrena con WASM, que sí lo hace.',
  float16Note: 'WebGL calcula aquí en float16: se usa un epsilon de Adam de 1e-3 para que no se anule.',
  notStarted: 'no se pudo iniciar',
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
