import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIGITS_ATTRIBUTION, DIGITS_PATH, parseDigits } from '../../src/lib/datasets/digits';
import { DigitsError } from '../../src/lib/datasets';
import { workerStrings } from '../../src/worker/strings';

const file = fileURLToPath(new URL(`../../public/${DIGITS_PATH}`, import.meta.url));
const bytes = readFileSync(file);
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

describe('digits.bin', () => {
  // Parsed inside each test, not at collection time: mutation testing activates a mutant for the
  // tests only, so a parse outside them would always see the original code.
  const parsed = () => parseDigits(buffer);

  it('parses 1797 images of 64 pixels in 0..1 with labels 0..9', () => {
    const d = parsed();
    expect(d).toMatchObject({ n: 1797, dims: 64, classes: 10 });
    expect(d.x).toHaveLength(1797 * 64);
    expect(Math.min(...d.x)).toBe(0);
    expect(Math.max(...d.x)).toBe(1);
    // Pixels were integers 0..16, so x·16 must be an integer.
    expect(d.x.every((v) => Number.isInteger(v * 16))).toBe(true);
    const counts = new Array(10).fill(0);
    for (const label of d.y) counts[label]++;
    expect(counts.reduce((s, c) => s + c, 0)).toBe(1797);
    for (const c of counts) expect(c).toBeGreaterThan(150), expect(c).toBeLessThan(200);
  });

  it('has labels that match the pixels (nearest class mean is right for most images)', () => {
    const d = parsed();
    const means = Array.from({ length: 10 }, () => new Float64Array(64));
    const counts = new Array(10).fill(0);
    for (let i = 0; i < d.n; i++) {
      counts[d.y[i]]++;
      for (let j = 0; j < 64; j++) means[d.y[i]][j] += d.x[i * 64 + j];
    }
    means.forEach((m, c) => m.forEach((_, j) => (m[j] /= counts[c])));
    let correct = 0;
    for (let i = 0; i < d.n; i++) {
      let best = -1;
      let bestDist = Infinity;
      for (let c = 0; c < 10; c++) {
        let dist = 0;
        for (let j = 0; j < 64; j++) dist += (d.x[i * 64 + j] - means[c][j]) ** 2;
        if (dist < bestDist) [best, bestDist] = [c, dist];
      }
      if (best === d.y[i]) correct++;
    }
    expect(correct / d.n).toBeGreaterThan(0.85);
  });

  it('accepts a Uint8Array view as well as an ArrayBuffer', () => {
    expect(parseDigits(new Uint8Array(buffer)).y).toEqual(parsed().y);
  });

  it('reads each 65-byte record as 64 pixels / 16 and a label (first, middle and last image)', () => {
    const d = parsed();
    for (const i of [0, 898, 1796]) {
      for (let j = 0; j < 64; j++) expect(d.x[i * 64 + j], `image ${i}, pixel ${j}`).toBe(bytes[i * 65 + j] / 16);
      expect(d.y[i]).toBe(bytes[i * 65 + 64]);
    }
  });
});

/** What a reader reads for what `f` throws (a typed problem, in the worker's Spanish). */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DigitsError);
    return workerStrings.digitsProblem((e as DigitsError).problem);
  }
  throw new Error('no error was thrown');
}

describe('parseDigits rejects corrupt input with a clear error', () => {
  it('wrong size (truncated, empty, an HTML page)', () => {
    expect(messageOf(() => parseDigits(buffer.slice(0, 65 * 100)))).toMatch(/no es válido.*6500 bytes/);
    expect(() => parseDigits(buffer.slice(0, 65 * 100))).toThrow(expect.objectContaining({ message: 'digits:wrong-size', problem: expect.objectContaining({ expected: 1797 * 65, rows: 1797, record: 65 }) }));
    expect(messageOf(() => parseDigits(new ArrayBuffer(0)))).toMatch(/no es válido/);
    expect(messageOf(() => parseDigits(new TextEncoder().encode('<!doctype html><p>404</p>')))).toMatch(/no es válido/);
  });

  it('a pixel above 16 or a label above 9', () => {
    const badPixel = new Uint8Array(buffer.slice(0));
    badPixel[65 * 3 + 10] = 17;
    expect(messageOf(() => parseDigits(badPixel))).toMatch(/fila 4, píxel 11 vale 17/);
    const badLabel = new Uint8Array(buffer.slice(0));
    badLabel[65 * 5 + 64] = 10;
    expect(messageOf(() => parseDigits(badLabel))).toMatch(/fila 6 tiene la etiqueta 10/);
  });
});

describe('attribution', () => {
  it('names the creators, the repository and the licence', () => {
    expect(DIGITS_ATTRIBUTION.creators).toEqual(['E. Alpaydin', 'C. Kaynak']);
    expect(DIGITS_ATTRIBUTION.license).toBe('CC BY 4.0');
    expect(DIGITS_ATTRIBUTION.url).toBe('https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits');
    expect(DIGITS_ATTRIBUTION.repository).toBe('UCI Machine Learning Repository');
  });
});
