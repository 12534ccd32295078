/**
 * Demo presets in the URL query, driven by a schema. A demo reads only a query addressed to it:
 * `?demo=<name>&lr=0.3&batch=32`. Every parameter that is unknown or invalid is ignored (its default
 * stays) and reported as a typed note ({ code: 'not-a-number', key: 'lr', raw: 'abc', … }), which the
 * islands' strings turn into Spanish: «Se ignoró lr=abc: debe ser un número entre 0.001 y 10.»
 *
 *   const schema = defineSchema({
 *     lr: { kind: 'number', min: 0.001, max: 10, default: 0.3, log: true },
 *     act: { kind: 'enum', values: ['sigmoid', 'tanh', 'relu'], default: 'sigmoid' },
 *   });
 *   const { settings, notes } = parseQuery('bn-vs-sin-bn', schema, new URLSearchParams(location.search));
 *   // settings.lr: number, settings.act: 'sigmoid' | 'tanh' | 'relu'
 */

/** How a setting is offered in the demo's settings panel (src/islands/ui/SchemaSettings.tsx). */
export interface FieldUi {
  /** Not in the panel (e.g. the seed, which links set). */
  hidden?: boolean;
  /** A select with these values (plus the current one, if a link set another); else a slider. */
  choices?: readonly number[];
  /** Another setting whose value is this one's upper bound in the panel (figura-1: unit ≤ width). */
  maxOf?: string;
  /** A slider's positions along its travel (keyboard arrows move one). */
  resolution?: number;
  /** Significant digits a slider's value is rounded to (log sliders: 2 by default). */
  digits?: number;
}
export interface NumberField extends FieldUi {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  /** Slider moves on a log scale (needs min > 0). Parsing is the same. */
  log?: boolean;
}
export interface IntegerField extends FieldUi {
  kind: 'integer';
  min: number;
  max: number;
  default: number;
  log?: boolean;
}
export interface EnumField<V extends string = string> extends FieldUi {
  kind: 'enum';
  values: readonly V[];
  default: V;
}
export interface BooleanField extends FieldUi {
  kind: 'boolean';
  default: boolean;
}
export type Field = NumberField | IntegerField | EnumField | BooleanField;
export type QuerySchema = Record<string, Field>;

/** The settings object a schema describes. */
export type SettingsOf<S extends QuerySchema> = {
  -readonly [K in keyof S]: S[K] extends BooleanField ? boolean : S[K] extends EnumField<infer V> ? V : number;
};

/** The query key that addresses a demo. */
export const DEMO_KEY = 'demo';
const MAX_SHOWN = 30;

/** Identity, with literal types kept (enum values become unions) and the schema checked. */
export function defineSchema<const S extends QuerySchema>(schema: S): S {
  for (const [key, f] of Object.entries(schema)) {
    const bad = (why: string) => new Error(`query schema: field "${key}" ${why}`);
    if (key === DEMO_KEY) throw bad('uses a reserved name');
    if (f.kind === 'number' || f.kind === 'integer') {
      if (!(f.min <= f.default && f.default <= f.max)) throw bad('has its default out of range');
      if (f.log && !(f.min > 0)) throw bad('is logarithmic with min <= 0');
    } else if (f.kind === 'enum' && !f.values.includes(f.default)) {
      throw bad('has a default that is not one of its values');
    }
  }
  return schema;
}

/** The defaults of every field. */
export function defaultSettings<S extends QuerySchema>(schema: S): SettingsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(schema)) out[key] = f.default;
  return out as SettingsOf<S>;
}

function shown(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

function fold(s: string): string {
  return s.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const TRUE = new Set(['true', '1', 'si', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** Why one URL parameter was ignored (`key` and `raw` shortened for display). */
export type QueryNote =
  | { code: 'unknown-setting'; key: string; raw: string }
  | { code: 'not-a-number'; key: string; raw: string; min: number; max: number; integer: boolean }
  | { code: 'not-an-option'; key: string; raw: string; values: readonly string[] }
  | { code: 'not-a-boolean'; key: string; raw: string };

type Why = { code: 'not-a-number'; min: number; max: number; integer: boolean } | { code: 'not-an-option'; values: readonly string[] } | { code: 'not-a-boolean' };

/** Parse one raw value; returns the value, or why it is not acceptable. */
function parseValue(f: Field, raw: string): { ok: true; value: unknown } | { ok: false; why: Why } {
  const text = raw.trim();
  switch (f.kind) {
    case 'number':
    case 'integer': {
      const normal = text.replace(',', '.'); // a Spanish decimal comma is fine: 0,3
      const isInt = f.kind === 'integer';
      const why: Why = { code: 'not-a-number', min: f.min, max: f.max, integer: isInt };
      if (!NUMBER_RE.test(normal)) return { ok: false, why };
      const v = Number(normal);
      if (!Number.isFinite(v) || v < f.min || v > f.max || (isInt && !Number.isInteger(v))) return { ok: false, why };
      return { ok: true, value: v };
    }
    case 'enum': {
      const v = f.values.find((opt) => fold(opt) === fold(text));
      return v !== undefined ? { ok: true, value: v } : { ok: false, why: { code: 'not-an-option', values: f.values } };
    }
    case 'boolean': {
      const t = fold(text);
      if (TRUE.has(t)) return { ok: true, value: true };
      if (FALSE.has(t)) return { ok: true, value: false };
      return { ok: false, why: { code: 'not-a-boolean' } };
    }
  }
}

export interface ParsedQuery<S extends QuerySchema> {
  settings: SettingsOf<S>;
  /** One note per ignored parameter, in the order they appear in the URL. */
  notes: QueryNote[];
  /** Keys taken from the URL (the rest are defaults). */
  applied: (keyof S & string)[];
  /** Whether the query was addressed to this demo at all. */
  addressed: boolean;
}

/**
 * Settings for `demo` from a URL query. If `demo=` is absent or names another demo, the defaults are
 * returned with no notes. Otherwise each parameter is applied if valid (a later repeat wins) and
 * explained in `notes` if not. Never throws on any input.
 */
export function parseQuery<S extends QuerySchema>(
  demo: string,
  schema: S,
  query: URLSearchParams | string,
): ParsedQuery<S> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const settings = defaultSettings(schema) as Record<string, unknown>;
  const result: ParsedQuery<S> = { settings: settings as SettingsOf<S>, notes: [], applied: [], addressed: false };
  if (params.get(DEMO_KEY) !== demo) return result;
  result.addressed = true;
  for (const [key, raw] of params) {
    if (key === DEMO_KEY) continue;
    const where = { key: shown(key), raw: shown(raw) };
    const field = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (!field) {
      result.notes.push({ code: 'unknown-setting', ...where });
      continue;
    }
    const parsed = parseValue(field, raw);
    if (!parsed.ok) {
      result.notes.push({ ...parsed.why, ...where });
      continue;
    }
    settings[key] = parsed.value;
    if (!result.applied.includes(key)) result.applied.push(key);
  }
  return result;
}

/** A number as written in a URL: at most 6 significant digits, no float noise (0.30000000000000004 → 0.3). */
export function formatNumber(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/**
 * The query string (without "?") that reproduces `settings` for `demo`: `demo=<name>` plus every
 * field whose written value differs from its default's (all fields with `{ all: true }`), in schema order.
 */
export function toQuery<S extends QuerySchema>(
  demo: string,
  schema: S,
  settings: SettingsOf<S>,
  options: { all?: boolean } = {},
): string {
  const params = new URLSearchParams({ [DEMO_KEY]: demo });
  for (const [key, f] of Object.entries(schema)) {
    const v = (settings as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const text = typeof v === 'number' ? formatNumber(v) : String(v);
    const def = typeof f.default === 'number' ? formatNumber(f.default) : String(f.default);
    if (!options.all && text === def) continue;
    params.set(key, text);
  }
  return params.toString();
}

/** Map a slider position in [0, 1] to a value of a numeric field (geometric when `log`). */
export function sliderToValue(f: NumberField | IntegerField, pos: number): number {
  const t = Math.min(1, Math.max(0, pos));
  const raw = f.log ? f.min * Math.pow(f.max / f.min, t) : f.min + t * (f.max - f.min);
  const v = Math.min(f.max, Math.max(f.min, raw)); // no rounding error past the ends
  return f.kind === 'integer' ? Math.round(v) : v;
}

/** The inverse of `sliderToValue`: where a value sits on the slider, in [0, 1]. */
export function valueToSlider(f: NumberField | IntegerField, value: number): number {
  if (f.max === f.min) return 0;
  const v = Math.min(f.max, Math.max(f.min, value));
  return f.log ? Math.log(v / f.min) / Math.log(f.max / f.min) : (v - f.min) / (f.max - f.min);
}
