/** Strict UTF-8 decoding that says where a file stops being UTF-8 (articles and editorial files). */

export type Decoded = { text: string } | { line: number; problem: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = badByte(bytes);
    const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
    return { line: bad.line, problem: `the file is not valid UTF-8 text (byte 0x${hex} at column ${bad.column}; Latin-1 or Windows-1252? save it as UTF-8)` };
  }
}

/** The first byte that is not UTF-8, with its line and column (1-based, in bytes). */
function badByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (b >= 0x80) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      try {
        decoder.decode(bytes.subarray(i, i + length));
        i += length - 1;
      } catch {
        return { line, column: i - lineStart + 1, byte: b };
      }
    }
  }
  return { line, column: 1, byte: 0 };
}
