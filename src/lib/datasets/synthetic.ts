/**
 * 2-D toy datasets with two balanced classes (row i has label i mod 2), noise in 0..1 and a seed.
 * Each generator draws in its natural units (radius ≈ 1) and then standardises both features of the
 * sample to mean 0 and standard deviation 1, as one would in preprocessing: BN is about hidden
 * layers, not about fixing badly scaled inputs (that is the `escala-entradas` demo's business).
 *
 * noise = 0 gives clean shapes; noise = 1 makes the classes overlap noticeably. The jitter is
 * Gaussian with a standard deviation of noise × (a per-dataset scale, listed below).
 */
import { createRng, type Rng } from '../random';
import { standardizeInPlace } from './transform';
import type { Dataset } from './types';

/** Jitter standard deviation at noise = 1, in each generator's raw units (radius ≈ 1). */
export const NOISE_SCALE = { espirales: 0.12, lunas: 0.3, circulos: 0.15, xor: 0.25 } as const;

/** Turns of each spiral arm. */
const SPIRAL_TURNS = 1.75;

type PointFn = (rng: Rng, label: number) => [number, number];

function validate(n: number, noise: number): void {
  if (!Number.isInteger(n) || n < 2 || n > 1_000_000) {
    throw new Error(`the number of points must be an integer from 2 to 1,000,000; got ${n}`);
  }
  if (!(noise >= 0 && noise <= 1)) {
    throw new Error(`noise must be in [0, 1]; got ${noise}`);
  }
}

function generate(n: number, noise: number, seed: number, scale: number, point: PointFn): Dataset {
  validate(n, noise);
  const rng = createRng(seed);
  const x = new Float32Array(n * 2);
  const y = new Uint8Array(n);
  const sd = noise * scale;
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const [a, b] = point(rng, label);
    x[2 * i] = a + (sd > 0 ? rng.normal(0, sd) : 0);
    x[2 * i + 1] = b + (sd > 0 ? rng.normal(0, sd) : 0);
    y[i] = label;
  }
  standardizeInPlace(x, n, 2);
  return { x, y, n, dims: 2, classes: 2 };
}

/**
 * Two interleaved spirals: radius r = t ∈ [0, 1), angle θ = 2π·1.75·t + π·label.
 * Adjacent arms are 1/3.5 ≈ 0.29 apart radially.
 */
export function espirales(n: number, noise: number, seed: number): Dataset {
  return generate(n, noise, seed, NOISE_SCALE.espirales, (rng, label) => {
    const t = rng.uniform();
    const theta = 2 * Math.PI * SPIRAL_TURNS * t + Math.PI * label;
    return [t * Math.cos(theta), t * Math.sin(theta)];
  });
}

/** Two interleaved half-moons: (cos t, sin t) and (1 − cos t, ½ − sin t), t ∈ [0, π]. */
export function lunas(n: number, noise: number, seed: number): Dataset {
  return generate(n, noise, seed, NOISE_SCALE.lunas, (rng, label) => {
    const t = Math.PI * rng.uniform();
    return label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
  });
}

/** A disk of radius 0.5 (label 0) inside a ring 0.7 ≤ r ≤ 1 (label 1), both uniform by area. */
export function circulos(n: number, noise: number, seed: number): Dataset {
  return generate(n, noise, seed, NOISE_SCALE.circulos, (rng, label) => {
    const u = rng.uniform();
    const r = label === 0 ? 0.5 * Math.sqrt(u) : Math.sqrt(0.49 + 0.51 * u);
    const theta = 2 * Math.PI * rng.uniform();
    return [r * Math.cos(theta), r * Math.sin(theta)];
  });
}

/**
 * XOR: points in the square [−1, 1]², kept at least 0.05 away from the axes; label 0 where both
 * coordinates have the same sign (quadrants I and III), label 1 in quadrants II and IV.
 */
export function xor(n: number, noise: number, seed: number): Dataset {
  return generate(n, noise, seed, NOISE_SCALE.xor, (rng, label) => {
    const a = (0.05 + 0.95 * rng.uniform()) * (rng.uniform() < 0.5 ? -1 : 1);
    const b = (0.05 + 0.95 * rng.uniform()) * (label === 0 ? Math.sign(a) : -Math.sign(a));
    return [a, b];
  });
}
