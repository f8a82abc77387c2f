import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, defaultConfig, loadConfig, type Config } from './config/config.js';
import { collectFiles, lintFiles } from './engine.js';
import { meetsFailLevel, type FailLevel, type Finding } from './findings/finding.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { rules as allRules } from './rules/index.js';
import { VERSION } from './version.js';

const USAGE = `Usage: loclint [options] [paths…]

Checks localized Markdown files (folders are searched for *.md; default: .).

Options:
  --format text|json|sarif     output format (default: text)
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --config FILE                configuration file (YAML)
  --source-locale LOCALE       locale of the source files (default: en-US)
  --output FILE                write the report to FILE instead of standard output
  --check-external             request every http(s) link (answers cached in .loclint-cache)
  --locale-root DIR            a checkout of another locale, for repositories of one locale each
                               (repeatable)
  --quiet                      report errors only
  --version, --help
`;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  colour: boolean;
}

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});

/** Exit code: 0 nothing at the fail level, 1 findings at the fail level, 2 usage or config error. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'source-locale': { type: 'string' },
        output: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'check-external': { type: 'boolean', default: false },
        'locale-root': { type: 'string', multiple: true, default: [] },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`loclint: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(`${VERSION}\n`), 0;
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) return usageError(io, `unknown format \`${format}\``);
  if (values['fail-on'] !== undefined && !['error', 'warning', 'never'].includes(values['fail-on'])) {
    return usageError(io, `--fail-on must be error, warning or never`);
  }

  let config: Config;
  try {
    config = values.config ? loadConfig(values.config) : defaultConfig();
  } catch (error) {
    if (error instanceof ConfigError) return io.stderr(`loclint: ${error.message}\n`), 2;
    throw error;
  }
  const failOn = (values['fail-on'] as FailLevel | undefined) ?? config.failOn;
  const sourceLocale = values['source-locale'] ?? config.sourceLocale;

  const collected = collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
  const rules = allRules.filter((r) => config.rules.get(r.id) !== 'off');
  const cacheDir = process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, 'loclint-cache') : join(io.cwd, '.loclint-cache');
  const result = await lintFiles(collected.files, {
    cwd: io.cwd,
    sourceLocale,
    rules,
    extraRoots: values['locale-root']!.map((root) => resolve(io.cwd, root)),
    ...(values['check-external'] ? { externalLinks: { cacheDir } } : {}),
  });
  let findings: Finding[] = [...collected.findings, ...result.findings].flatMap((f) => {
    const setting = config.rules.get(f.rule);
    if (setting === 'off') return [];
    return setting ? [{ ...f, severity: setting }] : [f];
  });
  if (values.quiet) findings = findings.filter((f) => f.severity === 'error');

  const report =
    format === 'json' ? formatJson(findings, result.filesChecked)
    : format === 'sarif' ? formatSarif(findings, VERSION)
    : formatText(findings, result.filesChecked, io.colour && !values.output);
  if (values.output) writeFileSync(values.output, report);
  else io.stdout(report);
  return findings.some((f) => meetsFailLevel(f.severity, failOn)) ? 1 : 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`loclint: ${message}\n\n${USAGE}`);
  return 2;
}
