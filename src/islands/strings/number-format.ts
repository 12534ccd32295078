/**
 * Spanish (es-ES) number formatting without Intl: decimal comma, a no-break space between thousands
 * from five integer digits on (1234 but 12 345: the RAE's rule, which no reader of either decimal
 * convention misreads, as they would 12.345; the unit's glosario.yaml), "-" for negatives and no "-0".
 * Intl's es-ES puts a dot there; otherwise the output is Intl's.
 * Why not Intl.NumberFormat: the page's first Spanish formatter loads the locale's data, measured at
 * 52 ms of main thread at 4× CPU slowdown, inside the first demo's hydration. The unit tests check
 * this against Intl.NumberFormat('es-ES') for every option used here.
 */
export interface NumberOptions {
  minimumFractionDigits?: number;
  /** Default 3, as Intl's. */
  maximumFractionDigits?: number;
  /** Round to this many significant digits instead (fraction digits are then ignored). */
  maximumSignificantDigits?: number;
  /** Default true. */
  useGrouping?: boolean;
}

/** What separates groups of three digits: a no-break space, so that a number never breaks across lines. */
export const THOUSANDS_SEPARATOR = '\u00a0';

/** Groups of three digits, when there are at least five. */
function group(int: string): string {
  if (int.length < 5) return int;
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += `${THOUSANDS_SEPARATOR}${int.slice(i, i + 3)}`;
  return out;
}

/** Trailing zeros of the fraction off, keeping at least `min` digits. */
function trimFraction(frac: string, min: number): string {
  let end = frac.length;
  while (end > min && frac[end - 1] === '0') end--;
  return frac.slice(0, end);
}

/**
 * |x| rounded half-up at `decimals` fraction digits (negative: tens, hundreds …), as "int.frac".
 * Rounds the shortest decimal that reads back as x (as Intl does: 0.15 → 0.2), not x's exact binary
 * value (toFixed: 0.15 → 0.1).
 */
function roundDecimal(x: number, decimals: number): string {
  const [mant, e] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const point = Number(e) + 1; // digits before the decimal point
  const keep = point + decimals; // digits kept
  let kept = keep <= 0 ? '' : digits.slice(0, keep).padEnd(keep, '0');
  if ((digits[keep] ?? '0') >= '5' && keep >= 0) {
    // Carry the 1 through the kept digits.
    const a = kept.split('');
    let i = a.length - 1;
    for (; i >= 0 && a[i] === '9'; i--) a[i] = '0';
    kept = i >= 0 ? (a.splice(i, 1, String(Number(a[i]) + 1)), a.join('')) : `1${a.join('')}`;
  }
  const total = Math.max(decimals, 0);
  const whole = kept.padStart(total + 1, '0');
  const cut = whole.length - total;
  const int = whole.slice(0, cut).replace(/^0+(?=\d)/, '') + '0'.repeat(Math.max(0, -decimals));
  return total > 0 ? `${int}.${whole.slice(cut)}` : int;
}

/** `v` as es-ES writes it, for the options above. */
export function es(v: number, opts: NumberOptions = {}): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v < 0 ? '-∞' : '∞';
  let digits: string;
  let min = opts.minimumFractionDigits ?? 0;
  const sig = opts.maximumSignificantDigits;
  if (sig !== undefined) {
    // Fraction digits for `sig` significant ones; a carry (9.99 → 10.0) only adds a trailing zero.
    const p = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)));
    digits = roundDecimal(v, sig - 1 - p);
    min = 0;
  } else {
    digits = roundDecimal(v, Math.max(min, opts.maximumFractionDigits ?? 3));
  }
  const [int, frac = ''] = digits.split('.');
  const f = trimFraction(frac, min);
  const body = (opts.useGrouping === false ? int : group(int)) + (f ? `,${f}` : '');
  const zero = /^[0,]*$/.test(body);
  return v < 0 && !zero ? `-${body}` : body;
}
