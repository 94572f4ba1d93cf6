import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/content/utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
/** “中文” saved as GB18030 (and GBK). */
const gb18030 = [0xd6, 0xd0, 0xce, 0xc4];

describe('decodeUtf8', () => {
  it('returns the text of UTF-8 bytes, Chinese and a written “�” included', () => {
    expect(decodeUtf8(bytes('---\ntitle: "中文 �"\n---\n'))).toBe('---\ntitle: "中文 �"\n---\n');
  });
  it('returns the line of the first byte that is not UTF-8, and the fix', () => {
    expect(new TextDecoder('gb18030').decode(new Uint8Array(gb18030))).toBe('中文');
    expect(decodeUtf8(bytes('---\ntitle: "x"\n---\n\n', gb18030, '\n\n', gb18030))).toEqual({
      line: 5,
      message: expect.stringMatching(/^the file is not UTF-8 text \(its first byte that is not is on this line\): .*GB18030.* Save it as UTF-8/),
    });
  });
  it('returns the line of a character cut short by the end of a line or of the file', () => {
    expect(decodeUtf8(bytes('a\nb', [0xe4, 0xb8], '\nc'))).toMatchObject({ line: 2 });
    expect(decodeUtf8(bytes('a\nb\nc', [0xe4, 0xb8]))).toMatchObject({ line: 3 });
  });
  it('returns the first line for a stray byte at the start', () => {
    expect(decodeUtf8(bytes([0xff], 'abc\n'))).toMatchObject({ line: 1 });
  });
});
