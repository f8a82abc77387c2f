import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';
import { localeFromPath } from '../layout/locale.js';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The locale a report files a finding under: its path's, else a label of its own. */
export const localeOfFinding = (f: Finding): string => localeFromPath(f.file) ?? '(no locale)';

export function totalsLine(findings: readonly Finding[], filesChecked: number): string {
  const c = countBySeverity(findings);
  return `${plural(filesChecked, 'file')} checked: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/** Findings counted by locale (columns) and rule (rows), as a Markdown table. */
export function localeRuleTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const locales = [...new Set(findings.map((f) => localeFromPath(f.file) ?? '—'))].sort();
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.rule}\0${localeFromPath(f.file) ?? '—'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = rules.map((rule) => `| \`${rule}\` | ${locales.map((l) => counts.get(`${rule}\0${l}`) ?? 0).join(' | ')} |`);
  return [`| rule | ${locales.join(' | ')} |`, `|---|${locales.map(() => '---:').join('|')}|`, ...rows].join('\n');
}
