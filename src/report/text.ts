import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';

const colours: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const dim = '\x1b[2m';
const reset = '\x1b[0m';

/**
 * Characters that would break a line of the report or take over the terminal: C0 and C1 controls
 * (newlines, escape sequences), DEL, the Unicode line and paragraph separators, and the bidi
 * controls that reorder what is shown.
 */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const HEX = 16;
const CODE_UNIT_DIGITS = 4;

/** A file name or message as one printable line: what it cannot print is shown as an escape (`\n`, `\u001b`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(HEX).padStart(CODE_UNIT_DIGITS, '0')}`);
}

/** `path:line:col  severity  rule  message`, grouped by file, with a closing count; names and messages escaped. */
export function formatText(findings: readonly Finding[], filesChecked: number, colour: boolean): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${reset}` : s);
  const out: string[] = [];
  let file: string | null = null;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== null) out.push('');
      file = f.file;
      out.push(paint('\x1b[4m', printable(f.file)));
    }
    out.push(`${printable(f.file)}:${f.line}:${f.column}  ${paint(colours[f.severity], f.severity)}  ${paint(dim, f.rule)}  ${printable(f.message)}`);
  }
  const counts = countBySeverity(findings);
  if (out.length > 0) out.push('');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(`${plural(filesChecked, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`);
  return out.join('\n') + '\n';
}
