import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILES, ConfigError } from './config/config.js';
import type { FailLevel, Finding } from './findings/finding.js';
import { fixDiff, fixFiles, fixSummary, fixUntilSettled } from './fix/apply.js';
import { runPipeline, UsageError, type Run, type RunSetup } from './engine/pipeline.js';
import { DEFAULT_FORMAT, formatNames, reporterNamed, reporters } from './report/registry.js';
import { threadCount, workerScript } from './runtime.js';
import { WorkerPool } from './engine/parallel.js';
import { VERSION } from './version.js';

export { tuneV8 } from './runtime.js';

const USAGE = `Usage: loclint [options] [paths…]

Checks localized Markdown files: files, folders (searched for *.md) and globs ('docs/**/*.md');
default: . (files .gitignore names are left out). \`-\` reads one file from standard input.

Options:
  --format ${formatNames().padEnd(21)} output format (default: ${DEFAULT_FORMAT}):
${reporters.map((r) => `${' '.repeat(33)}${r.name}: ${r.summary}`).join('\n')}
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --config FILE                  configuration file (YAML; default: the nearest ${CONFIG_FILES.join(' or ')}
                                 from here up to the repository root)
  --source-locale LOCALE         locale of the source files (default: en-US)
  --locale-root DIR              a checkout of another locale, for repositories of one locale each
                                 (repeatable)
  --source-repo DIR              the source locale's folder in a git checkout of the source, for
                                 source-stale (default: the checked tree's, when it is in git)
  --check-external               request every http(s) link on a public address (answers cached in
                                 .loclint-cache)
  --baseline FILE                report only findings that FILE does not hold
  --write-baseline FILE          record today's findings in FILE, to adopt loclint on old debt
  --fix                          make the fixes findings offer, in place (what changed goes to
                                 standard error), then report what is left
  --fix-dry-run                  print the unified diff --fix would make, and change nothing
  --shard I/N                    check only the I-th of N deterministic parts (locales together)
  --threads N                    threads to check with (default: LOCLINT_THREADS, else one per idle core)
  --stdin-filename PATH          the path standard input (\`-\`) is checked as (default: stdin.md)
  --output FILE                  write the report to FILE instead of standard output; while the run
                                 goes, FILE.partial holds the findings so far (JSON lines)
  --quiet                        report errors only
  --color, --no-color            colour the text report (default: when printing to a terminal;
                                 NO_COLOR and FORCE_COLOR are honoured)
  --debug                        print the stack of an internal error
  -h, --help                     this text
  --version                      loclint's version

Exit codes: 0 nothing at the fail level, 1 findings at the fail level, 2 usage, configuration or
internal error.
`;

const HINT = "Run 'loclint --help' for usage.";

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole (for \`-\`). */
  stdin: () => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output and standard error are terminals. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: readStdin,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});

/**
 * Colour as markdownlint-cli2 and ESLint decide it: a flag wins, then NO_COLOR (any value), then
 * FORCE_COLOR (any value but 0 or false), then whether the output is a terminal.
 */
export function useColour(flag: boolean | undefined, env: CliIo['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/** A run this long (ms) shows a progress line. */
export const PROGRESS_AFTER_MS = 2000;
/** …redrawn at most this often. */
const PROGRESS_EVERY_MS = 100;
const CLEAR_LINE = '\r\x1b[K';

/**
 * A progress line on standard error for a long run, only on a terminal and never in CI (where
 * standard error is a log): `loclint: 4,200 of 14,605 files (29 %)`, cleared at the end.
 */
export function progressLine(io: Pick<CliIo, 'stderr' | 'stderrIsTTY' | 'env'>, now: () => number = Date.now) {
  const start = now();
  let shown = false;
  let last = 0;
  const enabled = io.stderrIsTTY && !io.env.CI;
  return {
    update(taken: number, total: number): void {
      const t = now();
      if (!enabled || t - start < PROGRESS_AFTER_MS || t - last < PROGRESS_EVERY_MS) return;
      last = t;
      shown = true;
      io.stderr(`${CLEAR_LINE}loclint: ${taken.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files (${Math.floor((100 * taken) / total)} %)`);
    },
    clear(): void {
      if (shown) io.stderr(CLEAR_LINE);
    },
  };
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string', default: DEFAULT_FORMAT },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'source-locale': { type: 'string' },
        'locale-root': { type: 'string', multiple: true, default: [] },
        'source-repo': { type: 'string' },
        'check-external': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        shard: { type: 'string' },
        threads: { type: 'string' },
        'stdin-filename': { type: 'string' },
        output: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        debug: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's messages end with advice to use `--` for positionals; the hint replaces it.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** Exit code: 0 nothing at the fail level, 1 findings at the fail level, 2 usage, configuration or internal error. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await lint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`loclint: ${error.message}\n${HINT}\n`);
    else if (error instanceof ConfigError) io.stderr(`loclint: ${error.message.split('\n').join('\nloclint: ')}\n`);
    else if (argv.includes('--debug')) io.stderr(`loclint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    else io.stderr(`loclint: internal error: ${oneLine(error)} (--debug shows where)\n`);
    return 2;
  }
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

async function lint(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv);
  const { values, positionals } = args;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(`${VERSION}\n`), 0;
  if (!reporterNamed(values.format!)) throw new UsageError(`unknown format \`${values.format}\`: ${reporters.map((r) => r.name).join(', ')}`);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !['error', 'warning', 'never'].includes(failOnFlag)) throw new UsageError('--fail-on must be error, warning or never');
  if (values.threads !== undefined && !/^[1-9][0-9]*$/.test(values.threads)) throw new UsageError('--threads takes a whole number from 1');
  if (positionals.includes('-') && positionals.length > 1) throw new UsageError('`-` (standard input) is checked alone');
  if (values['stdin-filename'] !== undefined && !positionals.includes('-')) throw new UsageError('--stdin-filename names standard input: give `-` as the path');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (values.fix && positionals.includes('-')) throw new UsageError('--fix writes files: standard input has none (--fix-dry-run prints its diff)');
  if ((values.fix || values['fix-dry-run']) && values['write-baseline']) throw new UsageError('--write-baseline records findings that --fix would change: run them apart');

  const threads = threadCount(values.threads);
  const script = workerScript(import.meta.url);
  // Workers load while the configuration is read and the files are found; a small run stops them.
  const pool = script && threads > 1 && !positionals.includes('-') ? new WorkerPool(script, threads - 1) : undefined;
  try {
    return await check(args, io, { threads, workerScript: script, pool });
  } finally {
    pool?.close();
  }
}

/** A file the run must write: failing is one line and exit code 2, like a configuration error. */
function writing(flag: string, path: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new ConfigError(`${flag}: cannot write ${JSON.stringify(path)}: ${(error as Error).message}`);
  }
}

/** A run with valid arguments. */
async function check({ values, positionals }: ReturnType<typeof parse>, io: CliIo, parallel: { threads: number } & RunSetup): Promise<number> {
  const reporter = reporterNamed(values.format!)!;
  const progress = progressLine(io);
  const stdin = positionals.includes('-') ? { path: values['stdin-filename'] ?? 'stdin.md', text: await io.stdin() } : undefined;
  const run: Run = {
    paths: positionals,
    cwd: io.cwd,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values['source-locale'] ? { sourceLocale: values['source-locale'] } : {}),
    localeRoots: values['locale-root']!,
    checkExternal: values['check-external']!,
    ...(values['source-repo'] !== undefined ? { sourceRepository: values['source-repo'] } : {}),
    ...(values.shard !== undefined ? { shard: values.shard } : {}),
    threads: parallel.threads,
    ...(stdin ? { text: stdin } : {}),
    context: reporter.needsContext,
    ...(values['fail-on'] !== undefined ? { failOn: values['fail-on'] as FailLevel } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    ...(values['write-baseline'] ? { writeBaseline: values['write-baseline'] } : {}),
    quiet: values.quiet!,
  };
  const partial = values.output === undefined ? null : partialReport(resolve(io.cwd, values.output));
  let result;
  try {
    result = await runPipeline(run, { workerScript: parallel.workerScript, pool: parallel.pool, progress: progress.update, ...(partial ? { onBatch: partial.add } : {}) });
  } finally {
    progress.clear();
  }
  if (values['write-baseline']) io.stderr(`loclint: wrote ${result.findings.length} finding(s) to ${values['write-baseline']}\n`);
  // What the run reports (the findings the baseline does not hold, errors only with --quiet) are also the ones fixed.
  if (values['fix-dry-run']) {
    const { findings, failed } = result.reported;
    const fixed = fixFiles(findings, { cwd: io.cwd, roots: result.roots, write: false, ...(stdin ? { given: stdin } : {}) });
    for (const line of fixSummary(fixed, false)) io.stderr(`loclint: ${line}\n`);
    // The diff is the output; the report goes only where --output sends it.
    io.stdout(fixDiff(fixed));
    if (values.output) writeReport(reporter, findings, result.filesChecked, values.output, io);
    return failed ? 1 : 0;
  }
  if (values.fix) {
    // Each pass that changed files is followed by a check of the tree: what is left is what it finds.
    const recheck = async () => (result = await runPipeline(run, { workerScript: parallel.workerScript })).reported.findings;
    await fixUntilSettled(result.reported.findings, recheck, { cwd: io.cwd, roots: result.roots }, (line) => io.stderr(`loclint: ${line}\n`));
  }
  const { findings, stale, failed } = result.reported;
  if (stale.length > 0) {
    const list = stale.slice(0, 20).map((e) => `  ${e.file}  ${e.rule}  (${e.fingerprint})`).join('\n');
    io.stderr(`loclint: ${stale.length} baseline entr${stale.length === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run --write-baseline to shrink ${values.baseline}:\n${list}${stale.length > 20 ? '\n  …' : ''}\n`);
  }
  if (values.output) writeReport(reporter, findings, result.filesChecked, values.output, io);
  else printReport(reporter, findings, result.filesChecked, useColour(values.color, io.env, io.stdoutIsTTY), io);
  return failed ? 1 : 0;
}

type Reporter = NonNullable<ReturnType<typeof reporterNamed>>;

function printReport(reporter: Reporter, findings: readonly Finding[], filesChecked: number, colour: boolean, io: CliIo): void {
  const report = reporter.format(findings, { filesChecked, colour });
  for (const note of report.notes) io.stderr(`loclint: ${note}\n`);
  io.stdout(report.text);
}

function writeReport(reporter: Reporter, findings: readonly Finding[], filesChecked: number, output: string, io: CliIo): void {
  const report = reporter.format(findings, { filesChecked, colour: false });
  for (const note of report.notes) io.stderr(`loclint: ${note}\n`);
  const path = resolve(io.cwd, output);
  writing('--output', output, () => writeFileSync(path, report.text));
  rmSync(partialPath(path), { force: true });
}

const partialPath = (output: string) => `${output}${PARTIAL_SUFFIX}`;
const PARTIAL_SUFFIX = '.partial';

/**
 * While a run whose report goes to a file is going, `<file>.partial` holds the findings found so far,
 * one JSON object per line, appended as each batch of articles is checked (before the baseline and
 * --quiet): a run killed part way leaves them. The finished report replaces it. None when the folder
 * cannot be written to.
 */
function partialReport(output: string): { add: (findings: readonly Finding[]) => void } | null {
  const path = partialPath(output);
  try {
    writeFileSync(path, '');
  } catch {
    // The report's own write says what is wrong with the place, once the run is done.
    return null;
  }
  return {
    add(findings) {
      if (findings.length > 0) appendFileSync(path, findings.map((f) => `${JSON.stringify(f)}\n`).join(''));
    },
  };
}
