import { constants, crc32, deflateSync, type ZlibOptions } from 'node:zlib';

/** The rows to compress, reused from image to image (encoding is synchronous). */
let rows = Buffer.alloc(0);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * The palette's table: each colour seen (RGBA as a 32-bit number) in a slot found by its hash,
 * with its index in the palette plus one (0: an empty slot). A `Map` took a fifth longer to
 * encode a card: most colours are above the numbers V8 keeps unboxed.
 */
const SLOTS = 1024;
const slotColour = new Uint32Array(SLOTS);
const slotIndex = new Uint16Array(SLOTS);

/**
 * The pixels as indexes into a palette of their colours (RGBA, in order of first use), each row
 * led by its filter type (0, none); undefined when they have more than 256 colours. A card has
 * a few dozen (its background, its text colours and their antialiased edges).
 */
function indexed(rgba: Uint8Array, width: number, height: number): { palette: number[]; rows: Buffer } | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  const stride = width * 4;
  const palette: number[] = [];
  slotIndex.fill(0);
  const size = (width + 1) * height;
  if (rows.length < size) rows = Buffer.alloc(size);
  // Runs of one colour are long: the last colour's index is kept at hand.
  let last = -1;
  let at = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    rows[row] = 0;
    // Most of a card's rows are the row above again (its margins, between lines of text): copied
    // whole, which takes a tenth of the time of reading them pixel by pixel.
    if (y > 0 && bytes.compare(bytes, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
      rows.copyWithin(row + 1, row - width, row);
      continue;
    }
    for (let p = y * width, q = row + 1, end = p + width; p < end; p++, q++) {
      const colour = pixels[p]!;
      if (colour !== last) {
        let slot = Math.imul(colour, 0x9e3779b1) >>> 22; // the top 10 bits of a multiplicative hash
        while (slotIndex[slot] !== 0 && slotColour[slot] !== colour) slot = (slot + 1) % SLOTS;
        if (slotIndex[slot] === 0) {
          if (palette.length === 256) return undefined;
          palette.push(colour);
          slotColour[slot] = colour;
          slotIndex[slot] = palette.length;
        }
        last = colour;
        at = slotIndex[slot]! - 1;
      }
      rows[q] = at;
    }
  }
  return { palette, rows: rows.subarray(0, size) };
}

/** The PNG file of an image's header fields and its rows, compressed with the given options. */
function png(width: number, height: number, colourType: number, rowData: Buffer, deflate: ZlibOptions, extra: Buffer[] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel, or per index
  header[9] = colourType;
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), ...extra, chunk('IDAT', deflateSync(rowData, deflate)), chunk('IEND', Buffer.alloc(0))]);
}

/** The encoding's version: cached files are keyed by it (card-worker.ts), so a change here draws them again. */
export const PNG_ENCODING = 'palette, unfiltered, deflate run-length';

/**
 * Encodes 8-bit RGBA pixels as a PNG. Made for flat images (a preview card: a plain background
 * and text): an image of at most 256 colours is written with a palette, a byte a pixel (a card's
 * file is about half the size of its RGBA one, in about the same time); rows unfiltered, deflated
 * with runs of one byte alone (zlib's `Z_RLE`): on cards, 0.9 ms a card for 18.6 KB on average,
 * where level 4 took 2.2 ms for 17.4 KB, level 1 1.0 ms for 24.2 KB, level 6 3.3 ms for 16.3 KB
 * (300 cards). An image of more colours is written as RGBA at level 4.
 * @example encodePng(Buffer.from([255, 0, 0, 255]), 1, 1) // a 1×1 red PNG
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
  const few = rgba.byteOffset % 4 === 0 ? indexed(rgba, width, height) : undefined;
  if (few) {
    // The palette's colours (RGB), and their opacities where one is not opaque. Pixels are read
    // as 32-bit numbers in the machine's order: the bytes are taken back from the number's memory.
    const bytes = new Uint8Array(Uint32Array.from(few.palette).buffer);
    const plte = Buffer.alloc(few.palette.length * 3);
    const trns = Buffer.alloc(few.palette.length);
    few.palette.forEach((_, i) => {
      plte.set(bytes.subarray(i * 4, i * 4 + 3), i * 3);
      trns[i] = bytes[i * 4 + 3]!;
    });
    const opaque = trns.every((a) => a === 255);
    return png(width, height, 3, few.rows, { strategy: constants.Z_RLE }, [chunk('PLTE', plte), ...(opaque ? [] : [chunk('tRNS', trns)])]);
  }
  // Each row starts with its filter type: 0, none. The buffer is kept for the next image, as a
  // card's 3 MB each time keep the garbage collector busy.
  const size = (stride + 1) * height;
  if (rows.length < size) rows = Buffer.alloc(size);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return png(width, height, 6, rows.subarray(0, size), { level: 4 });
}
