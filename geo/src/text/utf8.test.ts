import { describe, expect, it } from 'vitest';
import { decodeText, isUtf16 } from './utf8';

const text = 'Alep — حلب\nligne 2\n';
const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))));

describe('decodeText', () => {
  it('reads UTF-8 as it is, with no note', () => {
    expect(decodeText(bytes(Buffer.from(text, 'utf8')))).toEqual({ text, notes: [] });
  });

  it('reads UTF-16 with a byte-order mark, little- or big-endian, and says so', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(bytes([0xff, 0xfe], le))).toEqual({ text, notes: ['the file is UTF-16 (little-endian, with a byte-order mark), not UTF-8: read as UTF-16 (save it as UTF-8)'] });
    expect(decodeText(bytes([0xfe, 0xff], be))).toEqual({ text, notes: ['the file is UTF-16 (big-endian, with a byte-order mark), not UTF-8: read as UTF-16 (save it as UTF-8)'] });
  });

  it('names UTF-16 without a byte-order mark, and broken UTF-16, rather than guess', () => {
    const le = Buffer.from('---\nid: x\n---\nLes forces du régime.\n', 'utf16le');
    expect(isUtf16(bytes(le))).toBe(true);
    expect(decodeText(bytes(le))).toEqual({ line: 1, problem: 'the file looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a byte-order mark)' });
    // A lone high surrogate.
    expect(decodeText(bytes([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toEqual({ line: 1, problem: 'the file starts as UTF-16 (little-endian) but is not valid UTF-16 text (save it as UTF-8)' });
    expect(isUtf16(bytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])))).toBe(false);
  });

  it('reads CRLF as LF and says so; a lone CR is kept', () => {
    expect(decodeText(bytes(Buffer.from('a\r\nb\r\n', 'utf8')))).toEqual({ text: 'a\nb\n', notes: ['CRLF (Windows) line endings: read as LF, so offsets, event ids and quotes are those of the same text with LF line endings'] });
    expect(decodeText(bytes(Buffer.from('a\rb\n', 'utf8')))).toEqual({ text: 'a\rb\n', notes: [] });
  });
});
