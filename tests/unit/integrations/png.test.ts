import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/integrations/png.ts';

/** The chunks of a PNG file: type, data, and whether the CRC matches. */
function chunks(png: Buffer) {
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    out.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4), crcOk: crc32(body) === png.readUInt32BE(at + 8 + length) });
    at += length + 12;
  }
  return out;
}

describe('encodePng', () => {
  // 300 colours: more than a palette holds, so written as RGBA.
  const width = 30;
  const height = 10;
  const pixels = Uint8Array.from(Array.from({ length: width * height }, (_, p) => [p % 256, p >> 8, 7, 255]).flat());
  const png = encodePng(pixels, width, height);
  const header = (file: Buffer) => {
    const h = chunks(file)[0]!.data;
    return [h.readUInt32BE(0), h.readUInt32BE(4), h[8], h[9], h[10], h[11], h[12]];
  };

  it('writes the PNG signature and IHDR, IDAT, IEND chunks with valid CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every((c) => c.crcOk)).toBe(true);
    expect(header(png)).toEqual([30, 10, 8, 6, 0, 0, 0]);
  });
  it('stores every row of an image of many colours, unfiltered, with the pixels as given', () => {
    const rows = inflateSync(chunks(png)[1]!.data);
    const stride = width * 4;
    expect(rows.length).toBe(height * (stride + 1));
    for (let y = 0; y < height; y++) {
      expect(rows[y * (stride + 1)]).toBe(0);
      expect([...rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))]).toEqual([...pixels.subarray(y * stride, (y + 1) * stride)]);
    }
  });

  describe('an image of 256 colours or fewer', () => {
    // A 3×2 image of three colours, one of them half transparent.
    const [red, white, glass] = [
      [255, 0, 0, 255],
      [255, 255, 255, 255],
      [0, 0, 255, 128],
    ];
    const few = Uint8Array.from([red, white, red, glass, glass, white].flat());
    const file = encodePng(few, 3, 2);

    it('is written with a palette of its colours, in order of first use, and their opacities', () => {
      const found = chunks(file);
      expect(found.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
      expect(found.every((c) => c.crcOk)).toBe(true);
      expect(header(file)).toEqual([3, 2, 8, 3, 0, 0, 0]);
      expect([...found[1]!.data]).toEqual([255, 0, 0, 255, 255, 255, 0, 0, 255]);
      expect([...found[2]!.data]).toEqual([255, 255, 128]);
    });
    it('stores a byte a pixel, each row unfiltered', () => {
      expect([...inflateSync(chunks(file)[3]!.data)]).toEqual([0, 0, 1, 0, 0, 2, 2, 1]);
    });
    it('stores a row that repeats the row above as its own row of indexes', () => {
      const repeated = Uint8Array.from([white, red, white, red, glass, white, glass, red].flat());
      expect([...inflateSync(chunks(encodePng(repeated, 2, 4))[3]!.data)]).toEqual([0, 0, 1, 0, 0, 1, 0, 2, 0, 0, 2, 1]);
    });
    it('holds up to 256 colours, each at its index however their numbers collide, and writes 257 as RGBA', () => {
      // Blues and greys: 36 of the first 256 share their first slot of the table with another colour.
      const colours = Array.from({ length: 257 }, (_, i) => (i < 128 ? [0, 0, i, 255] : [i - 127, i - 127, i - 127, 255]));
      const palette = encodePng(Uint8Array.from(colours.slice(0, 256).flat()), 256, 1);
      expect(header(palette)[3]).toBe(3);
      expect([...chunks(palette)[1]!.data]).toEqual(colours.slice(0, 256).flatMap(([r, g, b]) => [r, g, b]));
      expect([...inflateSync(chunks(palette)[2]!.data)]).toEqual([0, ...colours.slice(0, 256).map((_, i) => i)]);
      expect(header(encodePng(Uint8Array.from(colours.flat()), 257, 1))[3]).toBe(6);
    });
    it("numbers an image's colours from its own palette, not the image's before", () => {
      encodePng(Uint8Array.from([glass, white].flat()), 2, 1);
      const found = chunks(encodePng(Uint8Array.from([red, white, red].flat()), 3, 1));
      expect([...found[1]!.data]).toEqual([255, 0, 0, 255, 255, 255]);
      expect([...inflateSync(found[2]!.data)]).toEqual([0, 0, 1, 0]);
    });
    it('has no opacities when every colour is opaque', () => {
      expect(chunks(encodePng(Uint8Array.from([red, white].flat()), 2, 1)).map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    });
  });

  it('encodes a smaller image after a larger one with only its own rows', () => {
    encodePng(new Uint8Array(50 * 40 * 4).fill(255), 50, 40);
    const rows = inflateSync(chunks(encodePng(pixels, width, height))[1]!.data);
    expect(rows.length).toBe(height * (width * 4 + 1));
    expect([...rows.subarray(1, width * 4 + 1)]).toEqual([...pixels.subarray(0, width * 4)]);
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(5), 1, 1)).toThrow('5 bytes is not 1×1 RGBA');
  });
});
