/**
 * Seeded pseudo-random numbers. Every random thing in the project takes a seed and draws from an
 * `Rng` built here, so a seed fully determines a run (datasets, initial weights, mini-batch order).
 *
 * Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128-bit state, 32-bit
 * output), seeded through splitmix32 so that nearby seeds (1, 2, 3…) give unrelated streams.
 * Not cryptographic; good enough statistically for simulations and far faster than needed.
 */

/** One splitmix32 step: a bijective 32-bit mixer. Returns an unsigned 32-bit integer. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Hash a string label to 32 bits (FNV-1a), for `deriveSeed` with named streams. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Normalise any finite number to an unsigned 32-bit seed (fractions and negatives are accepted). */
export function toSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new Error(`invalid seed: ${seed}`);
  if (Number.isInteger(seed) && Math.abs(seed) < 2 ** 53) {
    // Fold the high bits in so 2**32 + 1 and 1 differ.
    const hi = Math.floor(seed / 2 ** 32);
    return (seed ^ splitmix32(hi)) >>> 0;
  }
  return hashLabel(String(seed));
}

/**
 * A sub-seed for an independent stream: `deriveSeed(seed, 'weights', 2)` is stable, differs from
 * `deriveSeed(seed, 'batches')`, and does not collide with `seed + 1`. Use it instead of `seed + k`.
 */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let s = toSeed(seed);
  for (const label of labels) {
    const h = typeof label === 'number' ? toSeed(label) : hashLabel(label);
    s = splitmix32(s ^ splitmix32(h));
  }
  return s;
}

/** A seeded generator. Construct with `createRng(seed)`. */
export class Rng {
  /** The seed as given. */
  readonly seed: number;
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second Box–Muller value, kept for the next `normal()` call. */
  private spare: number | null = null;

  constructor(seed: number) {
    this.seed = seed;
    let s = toSeed(seed);
    s = splitmix32(s);
    this.a = s;
    s = splitmix32(s);
    this.b = s;
    s = splitmix32(s);
    this.c = s;
    s = splitmix32(s);
    this.d = s;
    // Discard the first outputs, as the generator's author recommends.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Next raw unsigned 32-bit integer (sfc32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  uniform(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /**
   * Standard normal N(0, 1) by Box–Muller: for u1 ∈ (0, 1], u2 ∈ [0, 1),
   * r = √(−2 ln u1), z0 = r cos 2πu2, z1 = r sin 2πu2 are independent N(0, 1). z1 is cached.
   */
  normal(mean = 0, std = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + std * z;
    }
    const u1 = 1 - this.uniform(); // (0, 1]: log never sees 0
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    this.spare = r * Math.sin(theta);
    return mean + std * r * Math.cos(theta);
  }

  /** Uniform integer in [0, n), without modulo bias (rejection sampling). */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) {
      throw new Error(`int(n) needs an integer 1 ≤ n ≤ 2^32; got ${n}`);
    }
    const limit = 4294967296 - (4294967296 % n); // largest multiple of n ≤ 2^32
    let v: number;
    do v = this.nextUint32();
    while (v >= limit);
    return v % n;
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T extends { length: number; [i: number]: unknown }>(arr: T): T {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = arr[i];
      arr[i] = arr[j];
      arr[j] = tmp;
    }
    return arr;
  }

  /** A random permutation of 0..n−1. */
  permutation(n: number): Uint32Array {
    const p = new Uint32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }

  /**
   * An independent generator for a named sub-stream, `createRng(deriveSeed(this.seed, ...labels))`.
   * Does not advance this one.
   */
  fork(...labels: (string | number)[]): Rng {
    return new Rng(deriveSeed(this.seed, ...labels));
  }
}

/** A seeded generator: `createRng(42).uniform()` is the same on every machine. */
export function createRng(seed: number): Rng {
  return new Rng(seed);
}
