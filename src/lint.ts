import { join, resolve } from 'node:path';
import { findConfig, type Config } from './config/config.js';
import { GitIgnore, repositoryRoot } from './config/gitignore.js';
import { collectFiles, EXTERNAL_CACHE_DIR, lintFiles, type EngineOptions } from './engine.js';
import type { Finding } from './findings/finding.js';
import { LocaleLayout } from './layout/layout.js';
import { boundaryOf } from './read.js';
import { filesOfShard, parseShard } from './layout/shard.js';
import { threadCount } from './runtime.js';

/** What the caller asked for cannot be done as asked (a path that names nothing, a bad shard): exit code 2. */
export class UsageError extends Error {}

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

export interface LintResult {
  /** Sorted by file, line and column. */
  findings: Finding[];
  filesChecked: number;
  /** The configuration used, after the options. */
  config: Config;
  /** Real paths of the checked tree's folders: files outside them were neither read nor may be written. */
  roots: string[];
}

/** How an entry point runs the engine: its worker entry, workers it started ahead, progress, findings as they come. */
export type RunSetup = Pick<EngineOptions, 'workerScript' | 'pool' | 'progress' | 'onBatch'>;

/** Configuration, files (paths, globs, .gitignore), shard, check: what the CLI and the library share. */
export async function lintWith(options: LintOptions, setup: RunSetup): Promise<LintResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  if (options.shard !== undefined && shard === null) throw new UsageError('--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/8');
  const config = await findConfig(cwd, options.config);
  if (options.sourceLocale) config.sourceLocale = options.sourceLocale;
  config.localeRoots.push(...(options.localeRoots ?? []));

  // The checked tree: the working directory, the paths given and the locale roots given by the caller.
  const paths = options.paths?.length ? options.paths : ['.'];
  const roots = boundaryOf(cwd, [...paths, ...(options.localeRoots ?? [])]);
  let files: string[];
  let findings: Finding[] = [];
  let given: EngineOptions['given'];
  if (options.text) {
    given = { path: resolve(cwd, options.text.path), text: options.text.text };
    files = [given.path];
  } else {
    const root = repositoryRoot(cwd);
    const collected = collectFiles(paths, cwd, { ...config, gitignore: root !== null ? new GitIgnore(root) : null, roots });
    if (collected.unmatched.length > 0) throw new UsageError(`no such file or folder, and no file matches: ${collected.unmatched.map((p) => JSON.stringify(p)).join(', ')}`);
    files = collected.files;
    findings = collected.findings;
  }
  if (shard) files = filesOfShard(files, shard, new LocaleLayout(config.sourceLocale, [], cwd), cwd);
  const result = await lintFiles(files, {
    cwd,
    config,
    checkExternalLinks: options.checkExternal ?? false,
    ...(options.sourceRepository !== undefined ? { sourceRepository: options.sourceRepository } : {}),
    cacheDir: options.cacheDir ?? join(cwd, EXTERNAL_CACHE_DIR),
    context: options.context ?? false,
    threads: options.threads ?? threadCount(),
    roots,
    discovered: findings,
    ...(given ? { given } : {}),
    ...setup,
  });
  return { findings: result.findings, filesChecked: result.filesChecked, config, roots };
}
