import { describe, expect, it } from 'vitest';
import { encodeBmp } from '~/lib/bmp';

describe('encodeBmp', () => {
  it('writes the BMP headers a browser reads: size, offset, width, top-first height, 24 bits', () => {
    const bytes = encodeBmp(new Uint8Array(4 * 3 * 2), 3, 2);
    const view = new DataView(bytes.buffer);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('BM');
    // Rows of 3 pixels × 3 bytes = 9, padded to 12.
    expect(bytes.length).toBe(14 + 40 + 12 * 2);
    expect(view.getUint32(2, true)).toBe(bytes.length);
    expect(view.getUint32(10, true)).toBe(54);
    expect(view.getUint32(14, true)).toBe(40);
    expect(view.getInt32(18, true)).toBe(3);
    expect(view.getInt32(22, true)).toBe(-2);
    expect(view.getUint16(26, true)).toBe(1);
    expect(view.getUint16(28, true)).toBe(24);
    expect(view.getUint32(30, true)).toBe(0);
  });

  it.each([
    [1, 1, 4],
    [4, 2, 12],
    [5, 3, 16],
    [40, 40, 120],
  ])('pads each row of %i pixels (× %i rows) to %i bytes and stores pixels as B, G, R, top row first', (w, h, stride) => {
    const rgba = new Uint8Array(4 * w * h).map((_, i) => (i * 7 + 3) % 256);
    const bytes = encodeBmp(rgba, w, h);
    expect(bytes.length).toBe(54 + stride * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const px = 54 + y * stride + 3 * x;
        const src = 4 * (y * w + x);
        expect([bytes[px + 2], bytes[px + 1], bytes[px]]).toEqual([rgba[src], rgba[src + 1], rgba[src + 2]]);
      }
  });
});
