import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE, ConfigError, findConfig } from './config/config.js';
import { collectFiles, EXTERNAL_CACHE_DIR, lintFiles, type EngineOptions } from './engine.js';
import { applyBaseline, readBaseline, writeBaseline } from './findings/baseline.js';
import { meetsFailLevel, type FailLevel, type Finding } from './findings/finding.js';
import { LocaleLayout } from './layout/layout.js';
import { filesOfShard, parseShard } from './layout/shard.js';
import { formatHtml } from './report/html.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { threadCount, workerScript } from './runtime.js';
import { WorkerPool } from './workers.js';
import { VERSION } from './version.js';

export { tuneV8 } from './runtime.js';

const USAGE = `Usage: loclint [options] [paths…]

Checks localized Markdown files (folders are searched for *.md; default: .).

Options:
  --format text|json|sarif|html  output format (default: text); html is one self-contained page
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --config FILE                  configuration file (YAML; default: ${CONFIG_FILE} when present)
  --source-locale LOCALE         locale of the source files (default: en-US)
  --locale-root DIR              a checkout of another locale, for repositories of one locale each
                                 (repeatable)
  --check-external               request every http(s) link on a public address (answers cached in
                                 .loclint-cache)
  --baseline FILE                report only findings that FILE does not hold
  --write-baseline FILE          record today's findings in FILE, to adopt loclint on old debt
  --shard I/N                    check only the I-th of N deterministic parts (locales together)
  --threads N                    threads to check with (default: LOCLINT_THREADS, else one per core)
  --output FILE                  write the report to FILE instead of standard output
  --quiet                        report errors only
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

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'source-locale': { type: 'string' },
        'locale-root': { type: 'string', multiple: true, default: [] },
        'check-external': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        shard: { type: 'string' },
        threads: { type: 'string' },
        output: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Exit code: 0 nothing at the fail level, 1 findings at the fail level, 2 usage or config error. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await lint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`loclint: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError) io.stderr(`loclint: ${error.message}\n`);
    else throw error;
    return 2;
  }
}

async function lint(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv);
  const { values } = args;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(`${VERSION}\n`), 0;
  if (!['text', 'json', 'sarif', 'html'].includes(values.format!)) throw new UsageError(`unknown format \`${values.format}\``);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !['error', 'warning', 'never'].includes(failOnFlag)) throw new UsageError('--fail-on must be error, warning or never');
  if (values.shard !== undefined && parseShard(values.shard) === null) throw new UsageError('--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/8');
  if (values.threads !== undefined && !/^[1-9][0-9]*$/.test(values.threads)) throw new UsageError('--threads takes a whole number from 1');

  const threads = threadCount(values.threads);
  const script = workerScript(import.meta.url);
  // Workers load while the configuration is read and the files are found; a small run stops them.
  const pool = script && threads > 1 ? new WorkerPool(script, threads - 1) : undefined;
  try {
    return await check(args, io, { threads, workerScript: script, pool });
  } finally {
    pool?.close();
  }
}

/** A run with valid arguments. */
async function check({ values, positionals }: ReturnType<typeof parse>, io: CliIo, parallel: Pick<EngineOptions, 'threads' | 'workerScript' | 'pool'>): Promise<number> {
  const format = values.format!;
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  const config = await findConfig(io.cwd, values.config);
  if (values['source-locale']) config.sourceLocale = values['source-locale'];
  config.localeRoots.push(...values['locale-root']!);
  const failOn = (values['fail-on'] as FailLevel | undefined) ?? config.failOn;

  const collected = collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd, config);
  let files = collected.files;
  if (shard) files = filesOfShard(files, shard, new LocaleLayout(config.sourceLocale, [], io.cwd), io.cwd);
  const cacheDir = join(io.cwd, EXTERNAL_CACHE_DIR);
  const result = await lintFiles(files, {
    cwd: io.cwd,
    config,
    checkExternalLinks: values['check-external']!,
    cacheDir,
    context: format === 'html',
    ...parallel,
  });
  let findings: Finding[] = [...collected.findings, ...result.findings];

  if (values['write-baseline']) {
    writeBaseline(resolve(io.cwd, values['write-baseline']), findings);
    io.stderr(`loclint: wrote ${findings.length} finding(s) to ${values['write-baseline']}\n`);
    // Everything found is now recorded: the run reports what the new baseline leaves.
    findings = [];
  }
  if (values.baseline) {
    let baseline;
    try {
      baseline = readBaseline(resolve(io.cwd, values.baseline));
    } catch (error) {
      throw new ConfigError(`--baseline: ${(error as Error).message}`);
    }
    const { fresh, stale } = applyBaseline(findings, baseline);
    findings = fresh;
    if (stale.length > 0) {
      const list = stale.slice(0, 20).map((e) => `  ${e.file}  ${e.rule}  (${e.fingerprint})`).join('\n');
      io.stderr(`loclint: ${stale.length} baseline entr${stale.length === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run --write-baseline to shrink ${values.baseline}:\n${list}${stale.length > 20 ? '\n  …' : ''}\n`);
    }
  }
  if (values.quiet) findings = findings.filter((f) => f.severity === 'error');

  const report =
    format === 'json' ? formatJson(findings, result.filesChecked)
    : format === 'sarif' ? formatSarif(findings, VERSION)
    : format === 'html' ? formatHtml({ findings, filesChecked: result.filesChecked })
    : formatText(findings, result.filesChecked, io.colour && !values.output);
  if (values.output) writeFileSync(values.output, report);
  else io.stdout(report);
  return findings.some((f) => meetsFailLevel(f.severity, failOn)) ? 1 : 0;
}
