export type Severity = 'error' | 'warning' | 'info';

/** One problem at one place. Every reporter reads a list of these and nothing else. */
export interface Finding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  /** Stable across moves of the text (rule, file, content of the segment or line): see baseline.ts. */
  fingerprint?: string;
}

const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export type FailLevel = 'error' | 'warning' | 'never';

export function meetsFailLevel(severity: Severity, level: FailLevel): boolean {
  return level !== 'never' && rank[severity] >= rank[level];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
