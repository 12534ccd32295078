/**
 * The page's memory of «Automático»'s measured choices (src/worker/backend-choice.ts), in
 * localStorage: one entry per device and stack shape, so a demo measures once per device. Storage
 * that is missing, full, blocked (private mode) or holds anything unexpected is simply not used.
 */
import type { MeasuredChoice } from '../worker/backend-choice';
import { BACKEND_NAMES, type BackendName } from '../worker/protocol';

export const STORAGE_KEY = 'cursoia:motor-automatico:v1';
/** Entries kept (the oldest go first): a device sees a handful of stack shapes. */
export const MAX_ENTRIES = 24;

const NAMES: readonly BackendName[] = BACKEND_NAMES;

function isChoice(x: unknown): x is MeasuredChoice {
  const c = x as MeasuredChoice;
  return (
    typeof c === 'object' &&
    c !== null &&
    NAMES.includes(c.backend) &&
    Array.isArray(c.timings) &&
    c.timings.every((t) => NAMES.includes(t?.name) && (t.msPerStep === null || typeof t.msPerStep === 'number'))
  );
}

/** Every valid remembered choice, by key. */
export function loadChoices(storage: Pick<Storage, 'getItem'> | null = globalStorage()): Record<string, MeasuredChoice> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => isChoice(v)));
  } catch {
    return {};
  }
}

/** Remember `choice` under `key` (replacing an older one, dropping the oldest beyond MAX_ENTRIES). */
export function saveChoice(
  key: string,
  choice: MeasuredChoice,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalStorage(),
): void {
  const all = loadChoices(storage);
  delete all[key];
  all[key] = choice;
  const kept = Object.entries(all).slice(-MAX_ENTRIES);
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Full or blocked: the next visit measures again.
  }
}

function globalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
