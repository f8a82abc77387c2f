import * as core from '@actions/core';
import type { Finding } from '../findings/finding.js';

/** Workflow-command annotations: GitHub shows the first 10 of each type per step, the Checks API the rest. */
export function emitAnnotations(findings: readonly Finding[]): void {
  for (const f of findings) {
    const properties: core.AnnotationProperties = {
      title: `loclint ${f.rule}`,
      file: f.file,
      startLine: f.line,
      endLine: f.endLine,
      // Columns are only meaningful to GitHub within one line.
      ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
    };
    if (f.severity === 'error') core.error(f.message, properties);
    else if (f.severity === 'warning') core.warning(f.message, properties);
    else core.notice(f.message, properties);
  }
}
