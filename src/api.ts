// The library: `import { lint } from 'loclint'`. Importing it does nothing; the action is dist/index.js, the CLI bin/loclint.js.
import { lintWith, type LintOptions, type LintResult } from './lint.js';
import { workerScript } from './runtime.js';

export { ConfigError } from './config/config.js';
export type { Finding, Severity } from './findings/finding.js';
export { formatJson } from './report/json.js';
export { formatSarif, sarifReport, type SarifReport } from './report/sarif.js';
export { formatText } from './report/text.js';
export { allRuleMeta as rules } from './rules/index.js';
export { UsageError, type LintOptions, type LintResult } from './lint.js';
export { VERSION as version } from './version.js';

/**
 * Checks files as the CLI does (configuration discovered, globs expanded, .gitignore honoured) and
 * resolves to the findings. Throws ConfigError for a bad configuration, UsageError for a path that
 * names nothing or a bad shard.
 */
export function lint(options: LintOptions = {}): Promise<LintResult> {
  return lintWith(options, { workerScript: workerScript(import.meta.url) });
}
