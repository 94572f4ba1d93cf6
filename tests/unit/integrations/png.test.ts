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
  const width = 3;
  const height = 2;
  const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
  const png = encodePng(pixels, width, height);

  it('writes the PNG signature and IHDR, IDAT, IEND chunks with valid CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every((c) => c.crcOk)).toBe(true);
    const header = found[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 8, 6, 0, 0, 0]);
  });
  it('stores every row, unfiltered, with the pixels as given', () => {
    const rows = inflateSync(chunks(png)[1]!.data);
    expect(rows.length).toBe(height * (width * 4 + 1));
    expect(rows[0]).toBe(0);
    expect([...rows.subarray(1, 13)]).toEqual([...pixels.subarray(0, 12)]);
    expect(rows[13]).toBe(0);
    expect([...rows.subarray(14)]).toEqual([...pixels.subarray(12)]);
  });
  it('encodes a smaller image after a larger one with only its own rows', () => {
    encodePng(new Uint8Array(5 * 4 * 4).fill(255), 5, 4);
    const rows = inflateSync(chunks(encodePng(pixels, width, height))[1]!.data);
    expect([...rows]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(5), 1, 1)).toThrow('5 bytes is not 1×1 RGBA');
  });
});
