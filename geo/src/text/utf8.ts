/** Strict decoding of article and editorial files: UTF-8, or UTF-16 with a byte-order mark; says where a file stops being text. */

export type Decoded = { text: string } | { line: number; problem: string };

/**
 * The file's text, and what was done to read it. UTF-16 with a byte-order mark (what some
 * Windows editors save as "Unicode") is unambiguous, so it is read, with a note. UTF-16
 * without one is named as such (it would otherwise be "binary: NUL bytes"), not guessed at.
 * CRLF line endings (a Windows checkout) are read as LF, with a note: offsets, event ids
 * and quotes are then the same whichever line endings the file has.
 */
export function decodeText(bytes: Uint8Array): { text: string; notes: string[] } | { line: number; problem: string } {
  const notes: string[] = [];
  let text: string;
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    const endian = utf16 === 'utf-16le' ? 'little-endian' : 'big-endian';
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { line: 1, problem: `the file starts as UTF-16 (${endian}) but is not valid UTF-16 text (save it as UTF-8)` };
    }
    notes.push(`the file is UTF-16 (${endian}, with a byte-order mark), not UTF-8: read as UTF-16 (save it as UTF-8)`);
  } else {
    if (looksUtf16(bytes)) return { line: 1, problem: 'the file looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a byte-order mark)' };
    const decoded = decodeUtf8(bytes);
    if (!('text' in decoded)) return decoded;
    text = decoded.text;
  }
  if (text.includes('\r\n')) {
    text = text.replace(/\r\n/g, '\n');
    notes.push('CRLF (Windows) line endings: read as LF, so offsets, event ids and quotes are those of the same text with LF line endings');
  }
  return { text, notes };
}

/** The encoding a UTF-16 byte-order mark announces, or null. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

/** UTF-16 text, with or without a byte-order mark: its NUL bytes are text, not a sign of binary data. */
export function isUtf16(bytes: Uint8Array): boolean {
  return utf16Bom(bytes) !== null || looksUtf16(bytes);
}

/** Text in UTF-16 without a BOM: among its first bytes, every other one is NUL (Latin script), and no other is. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  // Most files have no zero byte at all: found (or not) by the native search before counting.
  if (bytes.subarray(0, n).indexOf(0) < 0) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  const half = n / 2;
  return (even === 0 && odd > half * 0.8) || (odd === 0 && even > half * 0.8);
}

/** One decoder for every file: a decoder keeps no state between whole (not streamed) decodes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: UTF8.decode(bytes) };
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
