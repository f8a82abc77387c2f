import type { Finding } from '../findings/finding.js';
import { boundedList, localeRuleTable, totalsLine } from './tables.js';

export interface SourceLink {
  /** e.g. https://github.com/owner/repo/blob/<head sha> */
  blobBase: string;
}

const JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;
const icons = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** The job summary: totals, a locale × rule table, then the findings with links to their lines. */
export function jobSummary(findings: readonly Finding[], filesChecked: number, source: SourceLink | null, notes: readonly string[]): string {
  const head = [
    '## loclint',
    '',
    totalsLine(findings, filesChecked),
    ...notes.map((n) => `\n> ${n}`),
    '',
    localeRuleTable(findings),
    '',
    findings.length > 0 ? '### Findings' : '',
  ].join('\n');
  const lines = findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    const place = source ? `[${where}](${source.blobBase}/${f.file.split('/').map(encodeURIComponent).join('/')}#L${f.line})` : `\`${where}\``;
    return `- ${icons[f.severity]} ${place} \`${f.rule}\` ${f.message.replace(/\n/g, ' ')}`;
  });
  return boundedList(head, lines, JOB_SUMMARY_LIMIT, (n) => `\n…and ${n} more: see the check run's annotations or the SARIF file.`) + '\n';
}
