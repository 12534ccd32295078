/**
 * The 8×8 handwritten digits (UCI "Optical Recognition of Handwritten Digits", the 1,797-image copy
 * distributed with scikit-learn), shipped as public/data/digits.bin.
 *
 * File format (written by scripts/make-digits.mjs): no header, 1797 records of 65 bytes; record i
 * starts at byte 65·i; bytes 0..63 are the pixels (0..16, row-major 8×8), byte 64 is the label (0..9).
 *
 * `parseDigits` scales pixels to 0..1 (pixel / 16), not standardised: like the paper's MNIST
 * inputs, and it keeps images drawable. Call `standardizeInPlace` if a demo wants z-scores.
 */
import type { Dataset } from './types';

export const DIGITS_ROWS = 1797;
export const DIGITS_DIMS = 64;
export const DIGITS_CLASSES = 10;
const RECORD = DIGITS_DIMS + 1;
const MAX_PIXEL = 16;

/** Path of the file under the site root (prefix it with the site's base URL to fetch it). */
export const DIGITS_PATH = 'data/digits.bin';

/** Attribution the page must show wherever the digits are used (licence CC BY 4.0). */
export const DIGITS_ATTRIBUTION = {
  title: 'Optical Recognition of Handwritten Digits',
  creators: ['E. Alpaydin', 'C. Kaynak'],
  year: 1998,
  repository: 'UCI Machine Learning Repository',
  url: 'https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Why a digits file is not the one the site ships (a truncated download, an HTML error page…). */
export type DigitsProblem =
  | { code: 'wrong-size'; bytes: number; expected: number; rows: number; record: number }
  | { code: 'pixel-out-of-range'; row: number; pixel: number; value: number; max: number }
  | { code: 'label-out-of-range'; row: number; label: number };

export class DigitsError extends Error {
  constructor(readonly problem: DigitsProblem) {
    super(`digits:${problem.code}`);
  }
}

/**
 * Parse digits.bin into a Dataset (x in 0..1, 64 dims, 10 classes). Throws a DigitsError saying what
 * is wrong if the size is wrong or any pixel/label is out of range (e.g. a truncated download or an
 * HTML error page served instead of the file); rows and pixels are counted from 1.
 */
export function parseDigits(buf: ArrayBuffer | ArrayBufferView): Dataset {
  const bytes = ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : new Uint8Array(buf);
  if (bytes.length !== DIGITS_ROWS * RECORD) {
    throw new DigitsError({ code: 'wrong-size', bytes: bytes.length, expected: DIGITS_ROWS * RECORD, rows: DIGITS_ROWS, record: RECORD });
  }
  const n = DIGITS_ROWS;
  const x = new Float32Array(n * DIGITS_DIMS);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * RECORD;
    for (let j = 0; j < DIGITS_DIMS; j++) {
      const v = bytes[base + j];
      if (v > MAX_PIXEL) {
        throw new DigitsError({ code: 'pixel-out-of-range', row: i + 1, pixel: j + 1, value: v, max: MAX_PIXEL });
      }
      x[i * DIGITS_DIMS + j] = v / MAX_PIXEL;
    }
    const label = bytes[base + DIGITS_DIMS];
    if (label >= DIGITS_CLASSES) {
      throw new DigitsError({ code: 'label-out-of-range', row: i + 1, label });
    }
    y[i] = label;
  }
  return { x, y, n, dims: DIGITS_DIMS, classes: DIGITS_CLASSES };
}
