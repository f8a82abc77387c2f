import {
  BYTE_ORDER_MARK,
  CR,
  EN_QUAD,
  HAIR_SPACE,
  IDEOGRAPHIC_SPACE,
  LF,
  LINE_SEPARATOR,
  MEDIUM_MATHEMATICAL_SPACE,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  OGHAM_SPACE,
  PARAGRAPH_SEPARATOR,
  SPACE,
  TAB,
} from './chars.js';

/** The 0-based line holding `offset`, given the lines' starting offsets in order: the last start at or before it. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets of line starts; lines end at \n, \r\n or a lone \r (as CommonMark reads them). */
export class LineIndex {
  readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case: only \n, found natively.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) starts.push(i + 1);
      else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    const line = lineAt(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
}

export interface DecodeProblem {
  offset: number;
  message: string;
}

export interface DecodedText {
  text: string;
  hadBom: boolean;
  problems: DecodeProblem[];
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a file's bytes. Invalid UTF-8 is reported at its first bad byte and then replaced with
 * U+FFFD so the rest of the file can still be checked.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    // Read it anyway so its other findings are not hidden behind the encoding one.
    const text = new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes);
    return { text, hadBom: true, problems: [{ offset: 0, message: `File is ${utf16.toUpperCase()}, not UTF-8: convert it to UTF-8` }] };
  }
  const hadBom = holdsAt(bytes, 0, UTF8_BOM_BYTES);
  const body = hadBom ? bytes.subarray(UTF8_BOM_BYTES.length) : bytes;
  try {
    return { text: strict.decode(body), hadBom, problems: [] };
  } catch {
    const text = lenient.decode(body);
    const { offset, byte } = firstReplacement(text, body);
    return {
      text,
      hadBom,
      problems: [
        {
          offset,
          message: `File is not valid UTF-8 (first invalid byte 0x${(body[byte] ?? 0).toString(16).padStart(2, '0')} at byte ${byte + (hadBom ? UTF8_BOM_BYTES.length : 0)}); invalid bytes were read as U+FFFD`,
        },
      ],
    };
  }
}

/**
 * The first U+FFFD that stands for invalid bytes (not one written in the file), as a text offset
 * and a byte offset: the text before it is valid, so its UTF-8 length is the byte offset.
 */
function firstReplacement(text: string, bytes: Uint8Array): { offset: number; byte: number } {
  for (let offset = text.indexOf('\uFFFD'); offset !== -1; offset = text.indexOf('\uFFFD', offset + 1)) {
    const byte = Buffer.byteLength(text.slice(0, offset));
    if (!holdsAt(bytes, byte, UTF8_REPLACEMENT_BYTES)) return { offset, byte };
  }
  return { offset: 0, byte: 0 };
}

/** The byte-order marks as bytes, and U+FFFD in UTF-8 (which a file may hold itself). */
export const UTF8_BOM_BYTES = Uint8Array.of(0xef, 0xbb, 0xbf);
export const UTF16LE_BOM_BYTES = Uint8Array.of(0xff, 0xfe);
export const UTF16BE_BOM_BYTES = Uint8Array.of(0xfe, 0xff);
const UTF8_REPLACEMENT_BYTES = Uint8Array.of(0xef, 0xbf, 0xbd);

function holdsAt(bytes: Uint8Array, at: number, wanted: Uint8Array): boolean {
  for (let i = 0; i < wanted.length; i++) if (bytes[at + i] !== wanted[i]) return false;
  return true;
}

/** The encoding a UTF-16 byte-order mark announces, or null. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (holdsAt(bytes, 0, UTF16LE_BOM_BYTES)) return 'utf-16le';
  if (holdsAt(bytes, 0, UTF16BE_BOM_BYTES)) return 'utf-16be';
  return null;
}

/** Binary files hold NUL bytes early on; UTF-8 text never does (UTF-16 is told by its mark). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes) !== null) return false;
  // Searched natively (memchr), through a view of the first 8,000 bytes.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8000)).indexOf(0) !== -1;
}

/** Sorts in place by offset, unless already in order, as a scan's list nearly always is (a sort copies the array). */
export function inOffsetOrder<T>(items: T[], offset: (item: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (offset(items[i - 1]!) > offset(items[i]!)) return items.sort((a, b) => offset(a) - offset(b));
  return items;
}

/** What `\s` matches in a JavaScript regular expression. */
export function isSpace(c: number): boolean {
  return (
    c === SPACE || (c >= TAB && c <= CR) || c === NO_BREAK_SPACE || c === OGHAM_SPACE || (c >= EN_QUAD && c <= HAIR_SPACE) ||
    c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR || c === NARROW_NO_BREAK_SPACE || c === MEDIUM_MATHEMATICAL_SPACE ||
    c === IDEOGRAPHIC_SPACE || c === BYTE_ORDER_MARK
  );
}

/**
 * A copy of a string that holds no reference to the string it was cut from. V8 keeps a long slice
 * as a view of its parent, so a slice of a file's text kept for the whole run (a cache key, a
 * finding's message) would keep the whole text alive. Concatenation then slicing makes V8 flatten
 * the string into a copy of its own.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** The bytes with every LF not already after a CR made CRLF: the form `ms.openlocfilehash` has in some repositories. */
export function crlfForm(bytes: Uint8Array): Buffer {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF && (i === 0 || bytes[i - 1] !== CR)) {
      parts.push(bytes.subarray(from, i), Buffer.from([CR]));
      from = i;
    }
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}
