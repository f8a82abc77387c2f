import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);

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
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
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
  const hadBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = hadBom ? bytes.subarray(3) : bytes;
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
          message: `File is not valid UTF-8 (first invalid byte 0x${(body[byte] ?? 0).toString(16).padStart(2, "0")} at byte ${byte + (hadBom ? 3 : 0)}); invalid bytes were read as U+FFFD`
        }
      ]
    };
  }
}
function firstReplacement(text, bytes) {
  for (let offset = text.indexOf("\uFFFD"); offset !== -1; offset = text.indexOf("\uFFFD", offset + 1)) {
    const byte = Buffer.byteLength(text.slice(0, offset));
    if (!(bytes[byte] === 239 && bytes[byte + 1] === 191 && bytes[byte + 2] === 189)) return { offset, byte };
  }
  return { offset: 0, byte: 0 };
}
function utf16Encoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
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
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function detached(s) {
  return (" " + s).slice(1);
}
var LF = 10;
var CR = 13;
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
  lineAt,
  LineIndex,
  decodeUtf8,
  utf16Encoding,
  looksBinary,
  inOffsetOrder,
  isSpace,
  detached,
  crlfForm,
  gitEnv
};
