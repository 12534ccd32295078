// Builds public/data/digits.bin from ../shared/data/digits.csv.gz (run once; the .bin is committed).
//
// Input:  one line per image, 64 integers 0..16 (8×8 pixels, row-major) and the label 0..9 last.
// Output: 1797 records of 65 bytes, no header: bytes 0..63 are the pixels (0..16), byte 64 the label.
//         Record i starts at byte 65·i. Total 116 805 bytes. Parsed by src/lib/datasets/digits.ts.
//
// Usage: node_modules/.bin/node scripts/make-digits.mjs [input.csv.gz] [output.bin]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/data/digits.csv.gz');
const output = process.argv[3] ?? resolve(root, 'public/data/digits.bin');
const RECORD = 65;
const EXPECTED_ROWS = 1797;

const text = gunzipSync(readFileSync(input)).toString('utf8');
const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
if (lines.length !== EXPECTED_ROWS) throw new Error(`expected ${EXPECTED_ROWS} rows, found ${lines.length}`);

const out = new Uint8Array(lines.length * RECORD);
lines.forEach((line, row) => {
  const cells = line.split(',').map((c) => Number(c.trim()));
  if (cells.length !== RECORD) throw new Error(`row ${row + 1}: ${cells.length} values, expected ${RECORD}`);
  cells.forEach((v, col) => {
    const max = col < 64 ? 16 : 9;
    if (!Number.isInteger(v) || v < 0 || v > max) throw new Error(`row ${row + 1}, column ${col + 1}: bad value ${v}`);
    out[row * RECORD + col] = v;
  });
});

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, out);
const counts = new Array(10).fill(0);
for (let r = 0; r < lines.length; r++) counts[out[r * RECORD + 64]]++;
console.log(`wrote ${output}: ${lines.length} rows, ${out.length} bytes; per class ${counts.join(' ')}`);
