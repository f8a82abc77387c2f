import type { Finding, Severity } from '../findings/finding.js';
import type { RuleMeta } from '../rules/file-problems.js';
import { allRuleMeta } from '../rules/index.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning reads it. */
export function toSarif(findings: readonly Finding[], version: string, ruleMeta: readonly RuleMeta[] = allRuleMeta): object {
  const index = new Map(ruleMeta.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'loclint',
            version,
            rules: ruleMeta.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: levels[r.severity] },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: levels[f.severity],
          message: { text: f.message },
          ...(f.fingerprint ? { partialFingerprints: { 'loclint/v1': f.fingerprint } } : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], version: string): string {
  return JSON.stringify(toSarif(findings, version), null, 2) + '\n';
}
