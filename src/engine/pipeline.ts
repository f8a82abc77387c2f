import { join, resolve } from 'node:path';
import type { ChangeSet } from '../changes/changes.js';
import { filesLinkingTo } from '../changes/dependents.js';
import { ConfigError, findConfig, type Config } from '../config/config.js';
import { GitIgnore, repositoryRoot } from '../config/gitignore.js';
import { readBaseline, writeBaseline } from '../findings/baseline.js';
import { runStages, type Filtered } from '../findings/filter.js';
import type { FailLevel, Finding } from '../findings/finding.js';
import { LocaleLayout } from '../layout/layout.js';
import { filesOfShard, parseShard } from '../layout/shard.js';
import { SourceLocale } from '../layout/source-locale.js';
import { threadCount } from '../runtime.js';
import { collectFiles, matchesGlobQuickly, SKIPPED_GLOBS } from './discover.js';
import { EXTERNAL_CACHE_DIR, lintFiles, type EngineOptions } from './engine.js';
import { displayPath } from './paths.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, TreeReader } from './read.js';

/** What the caller asked for cannot be done as asked (a path that names nothing, a bad shard): exit code 2. */
export class UsageError extends Error {}

/** What the library's `lint` takes: files, configuration and how to check them. */
export interface LintOptions {
  /** Files, folders (searched for the configuration's `include`) and globs; default `.`. */
  paths?: readonly string[];
  /** Where relative paths start and reported paths are relative to; default the process's. */
  cwd?: string;
  /** A configuration file; default the nearest `.loclint.yml`/`.loclint.yaml` up to the repository root. */
  config?: string;
  /** Locale of the untranslated files; default the configuration's (en-US). */
  sourceLocale?: string;
  /** Checkouts of other locales, for repositories of one locale each. */
  localeRoots?: readonly string[];
  /** A git checkout of the source, laid out as the source locale's folder, for source-stale; default the checked tree's source folder when it is in git. */
  sourceRepository?: string;
  /** Request every http(s) link once (needs the network). */
  checkExternal?: boolean;
  /** Where answers of external links are kept between runs; default `.loclint-cache` in `cwd`. */
  cacheDir?: string;
  /** One of N deterministic parts, `I/N`. */
  shard?: string;
  /** Threads to check with; default one per idle core (workers join from 2,000 files). */
  threads?: number;
  /** Text to check as the file at `path` (relative to `cwd`) instead of reading it: standard input. */
  text?: { path: string; text: string };
  /** Give each finding the text around it (`context`), for reporters that show it (html). */
  context?: boolean;
}

/** One run, as a face describes it: what the library takes, plus what the run reports. */
export interface Run extends LintOptions {
  /**
   * A change to check (a pull request or a push): its changed files, and the files that link to
   * those it removed or renamed, that `paths` (globs, then) match. Null: every file `paths` match.
   * Absent: `paths` are files, folders and globs, as on the command line.
   */
  change?: { changes: ChangeSet | null; onlyChangedLines: boolean };
  /** A baseline file: findings it holds are not reported. */
  baseline?: string;
  /** Record the run's findings in this baseline file (before `baseline` is read): the run then reports none. */
  writeBaseline?: string;
  /** Errors only. */
  quiet?: boolean;
  /** Default the configuration's. */
  failOn?: FailLevel;
}

export interface LintResult {
  /** Sorted by file, line and column; through the configuration and inline suppressions, not the run's own filters. */
  findings: Finding[];
  filesChecked: number;
  /** The configuration used, after the options. */
  config: Config;
  /** Real paths of the checked tree's folders: files outside them were neither read nor may be written. */
  roots: string[];
}

export interface RunResult extends LintResult {
  /** Threads that checked files. */
  threads: number;
  failOn: FailLevel;
  /** The findings through every stage of the filter (none past a new baseline), and whether the run fails. */
  reported: Filtered;
}

/** How an entry point runs the engine: its worker entry, workers it started ahead, progress, findings as they come, a log. */
export type RunSetup = Pick<EngineOptions, 'workerScript' | 'pool' | 'progress' | 'onBatch'> & { log?: (line: string) => void };

/** The rules that speak about a file the change did not touch but whose links it broke. */
const DEPENDENT_RULES: ReadonlySet<string> = new Set(['relative-link-missing', 'fragment-missing']);

// The default `**/*.md` is answered without loading the glob engine, whose first use costs more than a small pull request's check.
const matchesAny = (path: string, globs: readonly string[]) => globs.some((g) => matchesGlobQuickly(path, g));

interface Found {
  files: string[];
  /** Files checked only for their links to removed files. */
  dependents: string[];
  findings: Finding[];
  given?: EngineOptions['given'];
}

/** The repository's .gitignore files, which every found file passes. */
function gitignoreOf(cwd: string): GitIgnore | null {
  const root = repositoryRoot(cwd);
  return root !== null ? new GitIgnore(root) : null;
}

/** Paths, folders and globs as on the command line (.gitignore honoured), or standard input. */
function filesOfPaths(run: Run, cwd: string, config: Config, paths: readonly string[], roots: string[]): Found {
  if (run.text) {
    const given = { path: resolve(cwd, run.text.path), text: run.text.text };
    return { files: [given.path], dependents: [], findings: [], given };
  }
  const collected = collectFiles(paths, cwd, { ...config, gitignore: gitignoreOf(cwd), roots });
  if (collected.unmatched.length > 0) throw new UsageError(`no such file or folder, and no file matches: ${collected.unmatched.map((p) => JSON.stringify(p)).join(', ')}`);
  return { files: collected.files, dependents: [], findings: collected.findings };
}

/** A change's files (or, without one, every file the globs match), and the files linking to what it removed. */
async function filesOfChange(changes: ChangeSet | null, cwd: string, config: Config, globs: readonly string[], roots: string[], log: (line: string) => void): Promise<Found> {
  // The workspace is walked as the command line walks `.`: .gitignore honoured, walking problems reported; the globs are workspace-relative.
  const everyFile = () => collectFiles(['.'], cwd, { include: config.include, ignore: config.ignore, within: globs, gitignore: gitignoreOf(cwd), roots });
  if (changes === null) {
    const { files, findings } = everyFile();
    return { files, dependents: [], findings };
  }
  const selected = (path: string) => matchesAny(path, globs) && matchesAny(path, config.include) && !matchesAny(path, config.ignore);
  const files = changes.changes.filter((c) => c.status !== 'removed' && selected(c.path)).map((c) => resolve(cwd, c.path));
  const gone = changes.changes.flatMap((c) => (c.status === 'removed' ? [c.path] : c.status === 'renamed' && c.previousPath ? [c.previousPath] : []));
  const checked = new Set(files);
  const searched = (path: string) => selected(path) && !matchesAny(path, SKIPPED_GLOBS);
  const reader = new TreeReader(DEFAULT_MAX_FILE_BYTES, roots);
  const dependents = (await filesLinkingTo(gone, cwd, { selected: searched, everyFile: () => everyFile().files, reader })).filter((p) => !checked.has(p));
  log(`${files.length} changed file(s) to check (via ${changes.via}); ${dependents.length} more link to removed files`);
  return { files, dependents, findings: [] };
}

function baselineAt(cwd: string, path: string) {
  try {
    return readBaseline(resolve(cwd, path));
  } catch (error) {
    throw new ConfigError(`baseline ${JSON.stringify(path)}: ${(error as Error).message}`);
  }
}

function recordBaseline(cwd: string, path: string, findings: readonly Finding[]): void {
  try {
    writeBaseline(resolve(cwd, path), findings);
  } catch (error) {
    throw new ConfigError(`--write-baseline: cannot write ${JSON.stringify(path)}: ${(error as Error).message}`);
  }
}

/** The pipeline both faces and the library call: configuration, files, shard, check, then the one filter. */
export async function runPipeline(run: Run, setup: RunSetup): Promise<RunResult> {
  const cwd = resolve(run.cwd ?? process.cwd());
  const shard = run.shard === undefined ? null : parseShard(run.shard);
  if (run.shard !== undefined && shard === null) throw new UsageError('--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/8');
  const config = await findConfig(cwd, run.config);
  if (run.sourceLocale) config.sourceLocale = run.sourceLocale;
  config.localeRoots.push(...(run.localeRoots ?? []));

  // The checked tree: the working directory, the paths given and the locale roots given by the caller.
  const paths = run.paths?.length ? run.paths : run.change ? ['**/*.md'] : ['.'];
  const roots = boundaryOf(cwd, run.change ? [] : [...paths, ...(run.localeRoots ?? [])]);
  const found = run.change ? await filesOfChange(run.change.changes, cwd, config, paths, roots, setup.log ?? (() => undefined)) : filesOfPaths(run, cwd, config, paths, roots);
  let { files, dependents } = found;
  if (shard) {
    const layout = new LocaleLayout(new SourceLocale(config.sourceLocale), [], cwd);
    files = filesOfShard(files, shard, layout, cwd);
    dependents = filesOfShard(dependents, shard, layout, cwd);
  }
  const { log, ...engineSetup } = setup;
  const result = await lintFiles([...files, ...dependents], {
    cwd,
    config,
    checkExternalLinks: run.checkExternal ?? false,
    ...(run.sourceRepository !== undefined ? { sourceRepository: resolve(cwd, run.sourceRepository) } : {}),
    cacheDir: run.cacheDir ?? join(cwd, EXTERNAL_CACHE_DIR),
    context: run.context ?? false,
    threads: run.threads ?? threadCount(),
    roots,
    discovered: found.findings,
    ...(found.given ? { given: found.given } : {}),
    ...engineSetup,
  });
  const failOn = run.failOn ?? config.failOn;
  if (run.writeBaseline) recordBaseline(cwd, run.writeBaseline, result.findings);
  const baseline = run.baseline ? baselineAt(cwd, run.baseline) : null;
  const dependentFiles = new Set(dependents.map((p) => displayPath(cwd, p)));
  const changedLines = run.change?.onlyChangedLines ? (run.change.changes?.lines ?? null) : null;
  const reported = runStages(run.writeBaseline ? [] : result.findings, { dependents: { files: dependentFiles, rules: DEPENDENT_RULES }, changedLines, baseline, quiet: run.quiet ?? false, failOn });
  return { findings: result.findings, filesChecked: result.filesChecked, threads: result.threads, config, roots, failOn, reported };
}
