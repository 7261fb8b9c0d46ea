import { crc32, inflateSync } from 'node:zlib';

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Just enough of a PNG decoder for pdftoppm's output: 8-bit greyscale or RGB, not interlaced (it
 * writes RGB even with -gray). It checks the signature and every chunk's CRC, so a truncated or
 * corrupt file fails the test. RGB is averaged down to one grey byte per pixel.
 */
export function readGrayPng(png: Buffer): GrayImage {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (;;) {
    if (offset + 12 > png.length) throw new Error('PNG ends before IEND');
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    offset += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 0 ? 1 : colour === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`expected 8-bit grey or RGB, not interlaced; got depth ${depth} colour ${colour}`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
  }
  if (width === 0 || height === 0) throw new Error('PNG has no IHDR');
  const raw = unfilter(inflateSync(Buffer.concat(idat)), width * channels, height, channels);
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += raw[i * channels + c] ?? 0;
    pixels[i] = Math.round(sum / channels);
  }
  return { width, height, pixels };
}

/** Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth); `stride` is bytes per row. */
function unfilter(data: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  if (data.length !== height * (stride + 1)) throw new Error('PNG image data has the wrong length');
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const raw = data[row + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) predicted = paeth(a, b, c);
      else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Share of pixels darker than mid-grey: text, rules, the QR code. A blank page scores 0. */
export function darkFraction(image: GrayImage): number {
  let dark = 0;
  for (const value of image.pixels) if (value < 128) dark++;
  return dark / image.pixels.length;
}
