/** Where a file stops being UTF-8, and what to do. */
export interface NotUtf8 {
  /** The line of the first byte that is not UTF-8, counting from 1. */
  line: number;
  message: string;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Whether the first `length` bytes are UTF-8, leaving aside a character the cut splits. */
function decodes(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * A file's bytes as text, read strictly: bytes that are not UTF-8 (a file saved as GB18030, GBK
 * or Latin-1) are not replaced with “�” but reported, with the line of the first of them.
 * @example decodeUtf8(new Uint8Array([0x61, 0x0a, 0xd6, 0xd0])) // { line: 2, message: 'the file is not UTF-8 text (…' }
 */
export function decodeUtf8(bytes: Uint8Array): string | NotUtf8 {
  try {
    return strict.decode(bytes);
  } catch {
    // The longest start that decodes: the byte after it is the first that is not UTF-8.
    let [valid, invalid] = [0, bytes.length];
    if (decodes(bytes, invalid)) valid = invalid; // only the last character is cut short
    while (invalid - valid > 1) {
      const middle = (valid + invalid) >>> 1;
      if (decodes(bytes, middle)) valid = middle;
      else invalid = middle;
    }
    const line = bytes.subarray(0, valid).filter((byte) => byte === 0x0a).length + 1;
    return {
      line,
      message:
        'the file is not UTF-8 text (its first byte that is not is on this line): it was saved in another encoding, ' +
        'such as GB18030, GBK or Latin-1, or is damaged. Save it as UTF-8 (in most editors: Save with Encoding, or Save As, then UTF-8).',
    };
  }
}
