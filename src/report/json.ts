import type { Finding } from '../findings/finding.js';

export function formatJson(findings: readonly Finding[], filesChecked: number): string {
  return JSON.stringify({ version: 1, files: filesChecked, findings }, null, 2) + '\n';
}
