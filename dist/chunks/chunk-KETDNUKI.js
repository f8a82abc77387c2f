import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);

// src/document/chars.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var QUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var PERCENT = 37;
var AMPERSAND = 38;
var APOSTROPHE = 39;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var ASTERISK = 42;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var SLASH = 47;
var DIGIT_0 = 48;
var DIGIT_1 = 49;
var DIGIT_9 = 57;
var COLON = 58;
var SEMICOLON = 59;
var LESS_THAN = 60;
var EQUALS = 61;
var GREATER_THAN = 62;
var AT_SIGN = 64;
var UPPER_A = 65;
var UPPER_H = 72;
var UPPER_K = 75;
var UPPER_S = 83;
var UPPER_Z = 90;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var UNDERSCORE = 95;
var BACKTICK = 96;
var LOWER_A = 97;
var LOWER_D = 100;
var LOWER_F = 102;
var LOWER_H = 104;
var LOWER_K = 107;
var LOWER_N = 110;
var LOWER_P = 112;
var LOWER_S = 115;
var LOWER_Z = 122;
var OPEN_BRACE = 123;
var PIPE = 124;
var CLOSE_BRACE = 125;
var TILDE = 126;
var DELETE = 127;
var ASCII_END = 128;
var CASE_BIT = 32;
var NO_BREAK_SPACE = 160;
var ARABIC_INDIC_DIGIT_0 = 1632;
var ARABIC_INDIC_DIGIT_9 = 1641;
var ARABIC_DECIMAL_SEPARATOR = 1643;
var ARABIC_THOUSANDS_SEPARATOR = 1644;
var EXTENDED_ARABIC_INDIC_DIGIT_0 = 1776;
var EXTENDED_ARABIC_INDIC_DIGIT_9 = 1785;
var OGHAM_SPACE = 5760;
var EN_QUAD = 8192;
var HAIR_SPACE = 8202;
var LINE_SEPARATOR = 8232;
var PARAGRAPH_SEPARATOR = 8233;
var NARROW_NO_BREAK_SPACE = 8239;
var KELVIN_SIGN = 8490;
var MEDIUM_MATHEMATICAL_SPACE = 8287;
var IDEOGRAPHIC_SPACE = 12288;
var IDEOGRAPHIC_COMMA = 12289;
var BYTE_ORDER_MARK = 65279;
var FULLWIDTH_COMMA = 65292;
var FULLWIDTH_DIGIT_0 = 65296;
var FULLWIDTH_DIGIT_9 = 65305;
var FULLWIDTH_PIPE = 65372;
var INLINE_MARKS = "\\`[]!";
var codesOf = (chars) => new Set([...chars].map((c) => c.charCodeAt(0)));
var isDigit = (c) => c >= DIGIT_0 && c <= DIGIT_9;

// src/document/text.ts
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var LineIndex = class {
  starts;
  constructor(text) {
    const starts = [0];
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
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
  position(offset) {
    const line = lineAt(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
  lineStart(line) {
    return this.starts[line - 1] ?? 0;
  }
};
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeUtf8(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
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
          message: `File is not valid UTF-8 (first invalid byte 0x${(body[byte] ?? 0).toString(16).padStart(2, "0")} at byte ${byte + (hadBom ? UTF8_BOM_BYTES.length : 0)}); invalid bytes were read as U+FFFD`
        }
      ]
    };
  }
}
function firstReplacement(text, bytes) {
  for (let offset = text.indexOf("\uFFFD"); offset !== -1; offset = text.indexOf("\uFFFD", offset + 1)) {
    const byte = Buffer.byteLength(text.slice(0, offset));
    if (!holdsAt(bytes, byte, UTF8_REPLACEMENT_BYTES)) return { offset, byte };
  }
  return { offset: 0, byte: 0 };
}
var UTF8_BOM_BYTES = Uint8Array.of(239, 187, 191);
var UTF16LE_BOM_BYTES = Uint8Array.of(255, 254);
var UTF16BE_BOM_BYTES = Uint8Array.of(254, 255);
var UTF8_REPLACEMENT_BYTES = Uint8Array.of(239, 191, 189);
function holdsAt(bytes, at, wanted) {
  for (let i = 0; i < wanted.length; i++) if (bytes[at + i] !== wanted[i]) return false;
  return true;
}
function utf16Encoding(bytes) {
  if (holdsAt(bytes, 0, UTF16LE_BOM_BYTES)) return "utf-16le";
  if (holdsAt(bytes, 0, UTF16BE_BOM_BYTES)) return "utf-16be";
  return null;
}
function looksBinary(bytes) {
  if (utf16Encoding(bytes) !== null) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8e3)).indexOf(0) !== -1;
}
function inOffsetOrder(items, offset) {
  for (let i = 1; i < items.length; i++) if (offset(items[i - 1]) > offset(items[i])) return items.sort((a, b) => offset(a) - offset(b));
  return items;
}
function isSpace(c) {
  return c === SPACE || c >= TAB && c <= CR || c === NO_BREAK_SPACE || c === OGHAM_SPACE || c >= EN_QUAD && c <= HAIR_SPACE || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR || c === NARROW_NO_BREAK_SPACE || c === MEDIUM_MATHEMATICAL_SPACE || c === IDEOGRAPHIC_SPACE || c === BYTE_ORDER_MARK;
}
function detached(s) {
  return (" " + s).slice(1);
}
function crlfForm(bytes) {
  const parts = [];
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

// src/source/git-env.ts
var gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_OPTIONAL_LOCKS: "0" });

export {
  TAB,
  LF,
  CR,
  SPACE,
  BANG,
  QUOTE,
  HASH,
  DOLLAR,
  PERCENT,
  AMPERSAND,
  APOSTROPHE,
  OPEN_PAREN,
  CLOSE_PAREN,
  ASTERISK,
  PLUS,
  COMMA,
  DASH,
  DOT,
  SLASH,
  DIGIT_0,
  DIGIT_1,
  DIGIT_9,
  COLON,
  SEMICOLON,
  LESS_THAN,
  EQUALS,
  GREATER_THAN,
  AT_SIGN,
  UPPER_A,
  UPPER_H,
  UPPER_K,
  UPPER_S,
  UPPER_Z,
  OPEN_BRACKET,
  BACKSLASH,
  CLOSE_BRACKET,
  UNDERSCORE,
  BACKTICK,
  LOWER_A,
  LOWER_D,
  LOWER_F,
  LOWER_H,
  LOWER_K,
  LOWER_N,
  LOWER_P,
  LOWER_S,
  LOWER_Z,
  OPEN_BRACE,
  PIPE,
  CLOSE_BRACE,
  TILDE,
  DELETE,
  ASCII_END,
  CASE_BIT,
  NO_BREAK_SPACE,
  ARABIC_INDIC_DIGIT_0,
  ARABIC_INDIC_DIGIT_9,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_THOUSANDS_SEPARATOR,
  EXTENDED_ARABIC_INDIC_DIGIT_0,
  EXTENDED_ARABIC_INDIC_DIGIT_9,
  OGHAM_SPACE,
  EN_QUAD,
  HAIR_SPACE,
  LINE_SEPARATOR,
  PARAGRAPH_SEPARATOR,
  NARROW_NO_BREAK_SPACE,
  KELVIN_SIGN,
  IDEOGRAPHIC_COMMA,
  BYTE_ORDER_MARK,
  FULLWIDTH_COMMA,
  FULLWIDTH_DIGIT_0,
  FULLWIDTH_DIGIT_9,
  FULLWIDTH_PIPE,
  INLINE_MARKS,
  codesOf,
  isDigit,
  lineAt,
  LineIndex,
  decodeUtf8,
  UTF8_BOM_BYTES,
  UTF16LE_BOM_BYTES,
  UTF16BE_BOM_BYTES,
  utf16Encoding,
  looksBinary,
  inOffsetOrder,
  isSpace,
  detached,
  crlfForm,
  gitEnv
};
