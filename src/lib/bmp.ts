/**
 * An uncompressed 24-bit BMP of RGBA pixels (alpha dropped): the smallest image format a browser
 * decodes with no encoder to write. A decision map becomes an `<img>` this way, decoded by the
 * browser off the main thread and scaled by CSS, with no canvas to set up or draw into.
 *
 * Layout (BITMAPINFOHEADER): a 14-byte file header, a 40-byte info header, then rows of B, G, R
 * bytes, each row padded to a multiple of 4 bytes; a negative height stores the rows top first.
 */

const FILE_HEADER = 14;
const INFO_HEADER = 40;

export function encodeBmp(rgba: ArrayLike<number>, width: number, height: number): Uint8Array {
  const stride = Math.ceil((3 * width) / 4) * 4;
  const offset = FILE_HEADER + INFO_HEADER;
  const size = offset + stride * height;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x42; // 'B'
  bytes[1] = 0x4d; // 'M'
  view.setUint32(2, size, true);
  view.setUint32(10, offset, true);
  view.setUint32(14, INFO_HEADER, true);
  view.setInt32(18, width, true);
  view.setInt32(22, -height, true);
  view.setUint16(26, 1, true); // colour planes
  view.setUint16(28, 24, true); // bits per pixel
  view.setUint32(34, stride * height, true); // image size (compression 0 = none, at 30)
  view.setInt32(38, 2835, true); // 72 dpi, as pixels per metre
  view.setInt32(42, 2835, true);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = 4 * (y * width + x);
      const to = offset + y * stride + 3 * x;
      bytes[to] = rgba[from + 2];
      bytes[to + 1] = rgba[from + 1];
      bytes[to + 2] = rgba[from];
    }
  }
  return bytes;
}

/** A small image as a data: URL of its BMP (an <img> with no blob URL to free; the CSP allows data: images). */
export function bmpDataUrl(rgba: ArrayLike<number>, width: number, height: number): string {
  let binary = '';
  for (const byte of encodeBmp(rgba, width, height)) binary += String.fromCharCode(byte);
  return `data:image/bmp;base64,${btoa(binary)}`;
}
