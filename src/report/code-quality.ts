import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../findings/finding.js';

/** GitLab's scale has five steps; an error blocks as a major issue, below critical ones GitLab's own scanners report. */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): the Code Climate issue subset GitLab
 * reads. GitLab drops issues whose fingerprints repeat, so equal findings are numbered apart; the
 * fingerprint follows the finding's own, which survives moves of the text, so the merge request
 * widget tells new issues from old ones.
 */
export function formatCodeQuality(findings: readonly Finding[]): string {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const key = `${f.rule}\0${f.file}\0${f.fingerprint ?? `${f.line}:${f.column}\0${f.message}`}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint: createHash('sha256').update(`${key}\0${repeat}`).digest('hex').slice(0, 32),
      severity: SEVERITY[f.severity],
      location: { path: f.file, positions: { begin: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
