import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  countBySeverity
} from "./chunk-E7DP2LTR.js";

// src/report/json.ts
function formatJson(findings, filesChecked) {
  return JSON.stringify({ version: 1, files: filesChecked, findings }, null, 2) + "\n";
}

// src/report/text.ts
var colours = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var dim = "\x1B[2m";
var reset = "\x1B[0m";
var UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var HEX = 16;
var CODE_UNIT_DIGITS = 4;
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(HEX).padStart(CODE_UNIT_DIGITS, "0")}`);
}
function formatText(findings, filesChecked, colour) {
  const paint = (code, s) => colour ? `${code}${s}${reset}` : s;
  const out = [];
  let file = null;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== null) out.push("");
      file = f.file;
      out.push(paint("\x1B[4m", printable(f.file)));
    }
    out.push(`${printable(f.file)}:${f.line}:${f.column}  ${paint(colours[f.severity], f.severity)}  ${paint(dim, f.rule)}  ${printable(f.message)}`);
  }
  const counts = countBySeverity(findings);
  if (out.length > 0) out.push("");
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  out.push(`${plural(filesChecked, "file")} checked: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`);
  return out.join("\n") + "\n";
}

export {
  formatJson,
  formatText
};
