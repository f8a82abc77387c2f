import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';

const colours: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const dim = '\x1b[2m';
const reset = '\x1b[0m';

/** `path:line:col  severity  rule  message`, grouped by file, with a closing count. */
export function formatText(findings: readonly Finding[], filesChecked: number, colour: boolean): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${reset}` : s);
  const out: string[] = [];
  let file: string | null = null;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== null) out.push('');
      file = f.file;
      out.push(paint('\x1b[4m', f.file));
    }
    out.push(`${f.file}:${f.line}:${f.column}  ${paint(colours[f.severity], f.severity)}  ${paint(dim, f.rule)}  ${f.message}`);
  }
  const counts = countBySeverity(findings);
  if (out.length > 0) out.push('');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(`${plural(filesChecked, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`);
  return out.join('\n') + '\n';
}
