// The engine: files in, sorted findings out, through the read, check and parallel stages.
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { defaultConfig, ruleSettingsFor, ruleSettingsForFile, type Config } from '../config/config.js';
import { parseFrontMatter } from '../document/front-matter.js';
import { decodeUtf8, detached } from '../document/text.js';
import type { ExternalLinkOptions } from '../external/check-urls.js';
import { fileStages, NOT_SUPPRESSED } from '../findings/filter.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import { LocaleLayout, pathKind } from '../layout/layout.js';
import { localeOfPath } from '../layout/locale.js';
import { SourceLocale } from '../layout/source-locale.js';
import { fillMessage } from '../rules-support/messages.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { SourceHistory, SourceQuery } from '../source/history.js';
import { gitFolderFor } from '../source/place.js';
import { checkBatches, configPath, layoutOf, type Placed, type Work } from './check.js';
import { batchesOf, MIN_FILES_PER_THREAD, WorkerPool, type OnBatch } from './parallel.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, insideBoundary, loadOptions, type GivenText, type LoadOptions } from './read.js';

export interface EngineOptions {
  /** Where relative display paths start (and configuration globs match). */
  cwd: string;
  config?: Config;
  /** Files larger than this are reported, not parsed. */
  maxFileBytes?: number;
  /** Folders files may be read from (symbolic links leading elsewhere are not followed); default `cwd`. */
  roots?: readonly string[];
  /** Problems met while the files were found: they pass the configuration like every finding. */
  discovered?: readonly Finding[];
  rules?: readonly Rule[];
  /**
   * A folder laid out as the source locale's folder (`<it>/<path below the locale folder>`), in a
   * git checkout of the source's history, for source-stale. Without it, the source locale's folder of
   * the checked tree serves when it is in a git work tree.
   */
  sourceRepository?: string;
  /** Request every http(s) link (opt-in: it needs the network). */
  checkExternalLinks?: boolean;
  /** Where answers of external links are kept between runs (the CLI and the action: EXTERNAL_CACHE_DIR in the working directory). */
  cacheDir?: string;
  /** Threads to share the articles among, this one included; more than one needs `workerScript`. */
  threads?: number;
  /** The bundled worker entry (dist/worker.js), which checks a share of the files. */
  workerScript?: URL;
  /** Workers the caller started ahead (of `workerScript`), used instead of starting new ones. */
  pool?: WorkerPool;
  /** Give each finding the text around it (`context`), for reporters that show it. */
  context?: boolean;
  /** Text checked as the file at `path` instead of reading it (standard input); the run stays on this thread. */
  given?: GivenText;
  /** Told after each batch this thread checks: files taken by every thread so far (counted in batches), and in all. */
  progress?: (taken: number, total: number) => void;
  /**
   * Told the findings of each batch of articles as soon as any thread has checked it, so that a run
   * killed part way still leaves what it found. They have passed the configuration and inline
   * suppressions, not yet the run's own filters (changed lines, baseline, quiet).
   */
  onBatch?: OnBatch;
}

export interface EngineResult {
  findings: Finding[];
  filesChecked: number;
  /** Threads that checked files: this one and the workers that took a batch. */
  threads: number;
}

/** The external-link cache's folder, in the working directory where actions/cache can keep it between jobs. */
export const EXTERNAL_CACHE_DIR = '.loclint-cache';

/**
 * The external-link step, once every file is checked: each URL that findings await is requested once
 * for the whole run, then each awaiting finding stands, with its rule's message, only if its URL's
 * answer is bad. The findings have passed the file stages of the filter where their file was parsed.
 */
async function settleAwaiting(findings: readonly Finding[], rules: readonly Rule[], external: ExternalLinkOptions): Promise<{ findings: Finding[]; answered: Finding[] }> {
  const urls = new Set<string>();
  for (const f of findings) if (f.awaits !== undefined) urls.add(f.awaits);
  // Loaded only when links are checked: it brings node's HTTP and TLS clients.
  const { checkUrls } = await import('../external/check-urls.js');
  const statuses = await checkUrls(urls, external);
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const settled: Finding[] = [];
  const answered: Finding[] = [];
  for (const f of findings) {
    if (f.awaits === undefined) {
      settled.push(f);
      continue;
    }
    const { awaits, ...finding } = f;
    const status = statuses.get(awaits);
    const rule = ruleOf.get(f.rule);
    const message = status === undefined || rule === undefined ? null : (rule.answered?.(awaits, status) ?? null);
    if (message === null) continue;
    const kept = { ...finding, message: detached(fillMessage(rule!.messages, message.messageId, message.data)) };
    settled.push(kept);
    answered.push(kept);
  }
  return { findings: settled, answered };
}

/**
 * What git holds of each translation's source at its `ms.sourcegitcommit` (source-stale needs it
 * before it runs). Only files whose source folder is in git are read for it, and only their front
 * matter; files whose source lies outside the checked tree's boundary are not looked up.
 */
async function sourceVersions(paths: readonly string[], load: LoadOptions, layout: LocaleLayout, sourceLocale: SourceLocale, roots: readonly string[], repository: string | undefined): Promise<SourceHistory | null> {
  const queries: SourceQuery[] = [];
  const real = new Map<string, string>();
  const realFolder = (folder: string) => {
    let found = real.get(folder);
    if (found === undefined) real.set(folder, (found = realpathSync.native(folder)));
    return found;
  };
  const folderExists = (folder: string) => pathKind(folder) === 'folder';
  for (const path of paths) {
    if (sourceLocale.is(layout.place(path).locale)) continue;
    let source: string | null;
    if (repository !== undefined) {
      const folder = localeOfPath(path);
      const below = folder === null ? relative(load.cwd, path) : path.split(/[\/]/).slice(folder.segmentIndex + 1).join(sep);
      source = below.startsWith('..') ? null : resolve(repository, below);
    } else source = layout.sourceCounterpart(path);
    if (source === null || source === path) continue;
    const place = gitFolderFor(source, folderExists, repository ?? load.cwd);
    // git runs in the folder: one that is a link out of the tree is not run in.
    if (place !== null && insideBoundary(realFolder(place.folder), roots)) queries.push({ file: path, ...place });
  }
  if (queries.length === 0) return null;
  const commitOf = (path: string) => {
    try {
      const commit = parseFrontMatter(decodeUtf8(load.reader.read(path)).text)?.get('ms.sourcegitcommit')?.value;
      return typeof commit === 'string' ? commit : null;
    } catch {
      return null;
    }
  };
  const { sourceHistory } = await import('../source/history.js');
  return sourceHistory(queries, commitOf, load.reader.maxBytes);
}

/** Problems met while the files were found, through the filter's file stages like every finding (they have no document). */
function filterDiscovered(findings: readonly Finding[], config: Config, cwd: string, into: Finding[]): void {
  for (const f of findings) fileStages([f], { settingsOf: ruleSettingsForFile(config, configPath(config, cwd, resolve(cwd, f.file))), suppressed: NOT_SUPPRESSED, doc: null }, into);
}

/** The pipeline both the CLI and the action call: files in, sorted findings out. */
export async function lintFiles(absolutePaths: readonly string[], options: EngineOptions): Promise<EngineResult> {
  const { cwd } = options;
  const config = options.config ?? defaultConfig();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const roots = boundaryOf(cwd, options.roots ?? []);
  const externalOptions = { ...config.externalLinks, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) };
  const source = new SourceLocale(config.sourceLocale);
  const layout = layoutOf(config, cwd, source);
  // The caller's source repository widens the tree; the configuration's (a pull request can edit it) must lie inside it.
  const givenRepository = options.sourceRepository ?? config.sourceRepository;
  const sourceRepository = givenRepository === undefined ? undefined : resolve(cwd, givenRepository);
  const historyRoots = options.sourceRepository === undefined ? roots : [...roots, ...boundaryOf(cwd, [options.sourceRepository])];
  const wanted = ruleSettingsFor(config, '', 'source-stale').severity !== 'off' && !options.given && (options.rules ?? allRules).some((r) => r.id === 'source-stale');
  const history = wanted ? await sourceVersions(absolutePaths, loadOptions(cwd, config, maxFileBytes, roots), layout, source, historyRoots, sourceRepository) : null;
  // Articles in key order, each article's files in path order: files gathered by key first, so that
  // only the keys are sorted, not every file by its long shared-prefix path.
  const byArticle = new Map<string, string[]>();
  for (let i = 0; i < absolutePaths.length; i++) {
    const path = absolutePaths[i]!;
    const key = layout.place(path).groupKey;
    const files = byArticle.get(key);
    if (files === undefined) byArticle.set(key, [path]);
    else files.push(path);
  }
  const placed: Placed[] = [];
  for (const key of [...byArticle.keys()].sort()) for (const path of byArticle.get(key)!.sort()) placed.push({ path, key });
  // Workers run the built-in rules only: rules given as functions cannot be sent to them.
  const { workerScript } = options;
  const available = options.pool?.size ?? (workerScript ? (options.threads ?? 1) - 1 : 0);
  const workers = options.rules || options.given ? 0 : Math.max(0, Math.min(available, Math.floor(placed.length / MIN_FILES_PER_THREAD) - 1));
  const next = new Int32Array(workers > 0 ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
  const checksExternalLinks = options.checkExternalLinks ?? false;
  const work: Work = { batches: batchesOf(placed), next, cwd, config, maxFileBytes, roots, checksExternalLinks, history, context: options.context ?? false };
  // Workers are sent the work first and take batches while this thread takes its own.
  const pool = options.pool ?? (workers > 0 ? new WorkerPool(workerScript!, workers) : null);
  const { progress } = options;
  // Findings awaiting a URL's answer are told once they have it, after the batches.
  const onBatch = options.onBatch && checksExternalLinks ? (found: readonly Finding[]) => options.onBatch!(found.filter((f) => f.awaits === undefined)) : options.onBatch;
  const inWorkers = pool?.run(workers, work, onBatch ?? null) ?? [];
  const files = placed.length;
  const batchDone = onBatch ? (_: number, found: readonly Finding[]) => onBatch(found) : undefined;
  const done = checkBatches(work, options.rules, {
    ...(options.given ? { given: options.given } : {}),
    ...(progress ? { progress: (taken: number, total: number) => progress(Math.round((files * taken) / total), files) } : {}),
    ...(batchDone ? { batchDone } : {}),
  });
  const fromWorkers = await Promise.all(inWorkers);
  for (const found of fromWorkers) for (const [batch, findings] of found) done.set(batch, findings);
  let findings: Finding[] = [];
  filterDiscovered(options.discovered ?? [], config, cwd, findings);
  // In batch order, as one thread would have found them; a batch a failed worker took is checked now.
  for (let i = 0; i < work.batches.length; i++) {
    const found = done.get(i) ?? checkBatches({ ...work, batches: [work.batches.at(i)!], next: new Int32Array(1) }, options.rules, batchDone ? { batchDone } : {}).get(0)!;
    for (const f of found) findings.push(f);
  }
  if (checksExternalLinks) {
    const settled = await settleAwaiting(findings, options.rules ?? allRules, externalOptions);
    options.onBatch?.(settled.answered);
    findings = settled.findings;
  }
  findings.sort(compareFindings);
  return { findings, filesChecked: absolutePaths.length, threads: 1 + fromWorkers.filter((found) => found.size > 0).length };
}
