import * as core from '@actions/core';
import { collectFiles, lintFiles } from './engine.js';
import { countBySeverity, meetsFailLevel, type FailLevel } from './findings/finding.js';

/** The GitHub Action: checks the files under `paths` and annotates every finding. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const paths = core.getMultilineInput('paths');
  const failOn = (core.getInput('fail-on') || 'error') as FailLevel;
  const sourceLocale = core.getInput('source-locale') || 'en-US';
  const collected = collectFiles(paths.length > 0 ? paths : ['.'], workspace);
  const result = await lintFiles(collected.files, { cwd: workspace, sourceLocale });
  const findings = [...collected.findings, ...result.findings];
  for (const f of findings) {
    const properties = { file: f.file, startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, title: f.rule };
    if (f.severity === 'error') core.error(f.message, properties);
    else if (f.severity === 'warning') core.warning(f.message, properties);
    else core.notice(f.message, properties);
  }
  const counts = countBySeverity(findings);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('files-checked', result.filesChecked);
  if (findings.some((f) => meetsFailLevel(f.severity, failOn))) {
    core.setFailed(`loclint: ${counts.error} errors, ${counts.warning} warnings in ${result.filesChecked} files`);
  }
}

run().catch((error: unknown) => core.setFailed(`loclint failed: ${(error as Error).stack ?? String(error)}`));
