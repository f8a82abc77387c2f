// The library: `import { lint } from 'loclint'`. Importing it does nothing; the action is dist/index.js, the CLI bin/loclint.js.
import { runPipeline, type LintOptions, type LintResult } from './engine/pipeline.js';
import { workerScript } from './runtime.js';

export { ConfigError } from './config/config.js';
export type { Finding, Severity } from './findings/finding.js';
export { formatJson } from './report/json.js';
export { formatSarif, sarifReport, type SarifReport } from './report/sarif.js';
export { formatText } from './report/text.js';
export { allRuleMeta as rules } from './rules/index.js';
export { UsageError, type LintOptions, type LintResult } from './engine/pipeline.js';
export { VERSION as version } from './version.js';

/**
 * Checks files as the CLI does (configuration discovered, globs expanded, .gitignore honoured) and
 * resolves to the findings. Throws ConfigError for a bad configuration, UsageError for a path that
 * names nothing or a bad shard.
 */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const { findings, filesChecked, config, roots } = await runPipeline(options, { workerScript: workerScript(import.meta.url) });
  return { findings, filesChecked, config, roots };
}
