import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { matchesGlob, relative, resolve, sep } from 'node:path';
import { isLocalized, localeOf, parseDocument, type LocDocument } from './document/document.js';
import { crlfForm, decodeUtf8, detached, looksBinary } from './document/text.js';
import { fileStages, NOT_SUPPRESSED, type FileFilter } from './findings/filter.js';
import { findingContext } from './findings/context.js';
import { compareFindings, type Finding, type Severity } from './findings/finding.js';
import { suppressions } from './findings/suppress.js';
import { renderedLinks } from './document/link-zones.js';
import type { ExternalLinkOptions } from './external/check-urls.js';
import { requestUrl } from './external/request-url.js';
import type { UrlStatus } from './external/url-status.js';
import { defaultConfig, ruleSettingsFor, ruleSettingsForFile, type Config } from './config/config.js';
import { LocaleLayout, pathKind } from './layout/layout.js';
import { localeOfPath } from './layout/locale.js';
import { parseFrontMatter } from './document/front-matter.js';
import type { SourceHistory, SourceQuery } from './source/history.js';
import { gitFolderFor } from './source/place.js';
import { SparseCheckout } from './source/sparse-checkout.js';
import { fileProblems, type RuleMeta } from './rules-support/file-problems.js';
import { rules as allRules } from './rules/index.js';
import type { Rule, RuleContext, RuleFinding } from './rules/rule.js';
import type { GitIgnore } from './config/gitignore.js';
import { LinearPattern } from './config/patterns.js';
import { fillMessage } from './rules-support/messages.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, insideBoundary, NotReadable, OUTSIDE_TREE, TreeReader, unreadableReason } from './read.js';
import { lazyDependency } from './runtime.js';
import { WorkerPool, type OnBatch, type Placed, type Work } from './workers.js';

const tinyglobby = lazyDependency<typeof import('tinyglobby')>('tinyglobby');

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

export interface GivenText {
  path: string;
  text: string;
}

export interface EngineResult {
  findings: Finding[];
  filesChecked: number;
  /** Threads that checked files: this one and the workers that took a batch. */
  threads: number;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Folders no face looks into, as globs. */
export const SKIPPED_GLOBS = [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`);

export interface FileSelection {
  /** Where the globs start; default cwd. */
  base?: string | undefined;
  /** Globs (relative to the base) that files found in folders must match. */
  include?: readonly string[];
  /** Globs of files and folders never to check. */
  ignore?: readonly string[];
  /** The repository's .gitignore files, which found files and folders must pass too. */
  gitignore?: GitIgnore | null;
  /** Folders files may be found in (boundaryOf); default the working directory and the paths given. */
  roots?: readonly string[];
}

export interface Collected {
  files: string[];
  findings: Finding[];
  /** Paths that name no file or folder, and globs that match no file: the caller's usage error. */
  unmatched: string[];
}

const ANY_FILE_WITH_EXTENSION = /^\*\*\/\*(\.[A-Za-z0-9]+)$/;

/**
 * path.matchesGlob, with the default include (`**\/*.md`, or any such extension) answered from the name
 * where the two provably agree: a POSIX path none of whose segments starts with `.` (matchesGlob
 * treats those apart). Over a large repository the glob engine costs more than the walk itself.
 */
export function matchesGlobQuickly(path: string, glob: string): boolean {
  const extension = sep === '/' && path[0] !== '.' && !path.includes('/.') ? ANY_FILE_WITH_EXTENSION.exec(glob)?.[1] : undefined;
  return extension !== undefined ? path.endsWith(extension) : matchesGlob(path, glob);
}

/**
 * Files under the given paths: folders are searched for files the include globs match, globs are
 * expanded (both pass the ignore globs and .gitignore); named files are always taken.
 */
export function collectFiles(paths: readonly string[], cwd: string, selection: FileSelection = {}): Collected {
  const include = selection.include ?? ['**/*.md'];
  const ignore = selection.ignore ?? [];
  const gitignore = selection.gitignore ?? null;
  const roots = selection.roots ?? boundaryOf(cwd, paths);
  // Globs are relative to their base (the working directory, or the configuration's folder); a folder outside it is its own base.
  const globRoot = selection.base ?? cwd;
  let base = globRoot;
  const globPath = (path: string) => {
    const rel = displayPath(globRoot, path);
    return rel.startsWith('../') ? displayPath(base, path) : rel;
  };
  const ignored = (path: string, folder: boolean) =>
    (ignore.length > 0 && ignore.some((glob) => matchesGlob(globPath(path), glob))) || (gitignore !== null && gitignore.ignores(path, folder));
  // Links are not followed: a glob reaches no file outside the tree it names.
  const globbed = (glob: string) =>
    tinyglobby()
      .globSync(glob, { cwd, absolute: true, followSymbolicLinks: false, ignore: SKIPPED_GLOBS })
      .map((match) => resolve(match))
      .filter((file) => !ignored(file, false));
  const files = new Set<string>();
  const findings: Finding[] = [];
  const unmatched: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${(error as Error).message}`));
      return;
    }
    if (visited.has(real)) return; // a symlink loop or a folder reached twice
    visited.add(real);
    if (!insideBoundary(real, roots)) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, OUTSIDE_TREE));
      return;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${(error as Error).message}`));
      return;
    }
    // An entry's name holds no separator, and `dir` is already normal: joined without path.join.
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (ignored(path, entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (include.some((glob) => matchesGlobQuickly(globPath(path), glob))) {
        if (entry.isSymbolicLink() && pathKind(path) !== 'file') {
          findings.push(fileFinding(cwd, path, fileProblems.unreadable, 'Symbolic link cannot be followed (broken or a loop)'));
        } else files.add(path);
      } else if (entry.isSymbolicLink() && pathKind(path) === 'folder') walk(path);
    }
  };
  for (const p of paths) {
    const path = resolve(cwd, p);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      // Not there: a glob, or the caller's usage error. Other failures (permissions, a loop) are reported when the file is read.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        const found = tinyglobby().isDynamicPattern(p) ? globbed(p) : [];
        if (found.length === 0) unmatched.push(p);
        for (const file of found) files.add(file);
        continue;
      }
    }
    if (isDir) {
      base = path;
      walk(path);
    } else files.add(path);
  }
  return { files: [...files], findings, unmatched };
}

export function displayPath(cwd: string, absolutePath: string): string {
  const normal = !absolutePath.includes(`${sep}.`);
  // Most paths lie under cwd: a slice is exact there and much cheaper than path.relative.
  if (normal && absolutePath.startsWith(cwd) && absolutePath[cwd.length] === sep) {
    return sep === '/' ? absolutePath.slice(cwd.length + 1) : absolutePath.slice(cwd.length + 1).split(sep).join('/');
  }
  const slash = absolutePath.lastIndexOf(sep);
  if (!normal || slash <= 0 || absolutePath === cwd) return relative(cwd, absolutePath).split(sep).join('/');
  // Files share folders: each folder's relative path is worked out once.
  const dir = absolutePath.slice(0, slash);
  const key = `${cwd}\0${dir}`;
  let relativeDir = relativeDirs.get(key);
  if (relativeDir === undefined) relativeDirs.set(key, (relativeDir = relative(cwd, dir).split(sep).join('/')));
  const base = absolutePath.slice(slash + 1);
  return relativeDir === '' ? base : `${relativeDir}/${base}`;
}

const relativeDirs = new Map<string, string>();

function fileFinding(cwd: string, absolutePath: string, meta: RuleMeta, message: string, line = 1, column = 1): Finding {
  return { file: displayPath(cwd, absolutePath), line, column, endLine: line, endColumn: column, rule: meta.id, severity: meta.severity, message };
}

interface Loaded {
  doc: LocDocument | null;
  findings: Finding[];
  /** Whether the document is in the source locale, once asked: every file of its article asks. */
  isSource?: boolean;
}

interface LoadOptions {
  cwd: string;
  reader: TreeReader;
  urlLocalePatterns: readonly LinearPattern[];
  given?: GivenText | undefined;
}

/** Reads and parses one file; every way reading can fail becomes a finding on it. */
function loadDocument(absolutePath: string, { cwd, reader, urlLocalePatterns, given }: LoadOptions): Loaded {
  const findings: Finding[] = [];
  const fail = (meta: RuleMeta, message: string): Loaded => ({ doc: null, findings: [fileFinding(cwd, absolutePath, meta, message)] });
  let bytes: Buffer;
  try {
    if (given?.path !== absolutePath) bytes = reader.read(absolutePath);
    else if ((bytes = Buffer.from(given.text)).length > reader.maxBytes) throw new NotReadable(fileProblems.tooLarge, `Input is ${bytes.length} bytes, over the ${reader.maxBytes}-byte limit: not checked`);
  } catch (error) {
    const { meta, message } = unreadableReason(error);
    return fail(meta, message);
  }
  if (looksBinary(bytes)) return fail(fileProblems.encoding, 'File is binary (it holds NUL bytes): not checked');
  const decoded = decodeUtf8(bytes);
  const path = displayPath(cwd, absolutePath);
  // Only a source file's hash is ever asked for (against ms.openlocfilehash): computed then. Valid
  // UTF-8 encodes back to the file's bytes, so only bytes that do not are kept until then.
  let hash: string | undefined;
  let crlfHash: string | undefined;
  const kept = decoded.problems.length > 0 ? Buffer.from(bytes) : null;
  const { text, hadBom } = decoded;
  const contentHash = (crlf = false) =>
    crlf
      ? (crlfHash ??= createHash('sha1').update(crlfForm(kept ?? Buffer.from(hadBom ? UTF8_BOM + text : text))).digest('hex'))
      : (hash ??= (kept !== null ? createHash('sha1').update(kept) : createHash('sha1').update(hadBom ? UTF8_BOM : '').update(text)).digest('hex'));
  // Handed to the parser, not assigned to the document afterwards: V8 allocates a closure assigned to
  // a property in the old generation, where it kept every file's text alive until a full collection.
  const doc = parseDocument(path, text, { urlLocalePatterns, contentHash });
  for (const limit of doc.limits) {
    const { line, column } = doc.lines.position(limit.start);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.tooComplex, limit.message, line, column));
  }
  for (let i = 0; i < decoded.problems.length; i++) {
    const problem = decoded.problems[i]!;
    const { line, column } = doc.lines.position(problem.offset);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.encoding, problem.message, line, column));
  }
  return { doc, findings };
}

const UTF8_BOM = '\uFEFF';

function toFinding(doc: LocDocument, rule: Rule, f: RuleFinding, severity: Severity): Finding {
  const start = doc.lines.position(f.start);
  const end = doc.lines.position(f.end);
  return {
    file: doc.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule: rule.id,
    severity,
    // Findings outlive their file: the message, often cut from its text, must not keep that text.
    message: detached(fillMessage(rule.messages, f.messageId, f.data)),
    ...(f.fix ? { fix: { description: detached(f.fix.description), edits: f.fix.edits.map((e) => ({ ...e, text: detached(e.text) })) } } : {}),
  };
}

const NO_OPTIONS: RuleContext['options'] = Object.freeze({});
const NOTHING_FOUND: readonly Finding[] = Object.freeze([]);

/** What is wrong with a reported range, or null: offsets must be whole, in order and inside the text, as markdownlint checks what onError is given. */
function badRange(start: number, end: number, length: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `the offsets ${start}–${end}, which are not whole numbers`;
  if (start > end) return `the reversed range ${start}–${end}`;
  if (start < 0 || end > length) return `the range ${start}–${end}, outside the text (0–${length})`;
  return null;
}

/** Runs one rule on one document; a rule that throws, or reports a range the text does not hold, becomes an internal-error finding. */
export function checkRule(doc: LocDocument, rule: Rule, ctx: RuleContext): readonly Finding[] {
  try {
    const found = rule.check(doc, ctx);
    // Nearly every rule finds nothing in nearly every file: no new array then.
    if (found.length === 0) return NOTHING_FOUND;
    // A bad range is the rule's bug: shown as such, not clamped into a position that looks right.
    const length = doc.text.length;
    for (const f of found) {
      const bad = badRange(f.start, f.end, length);
      if (bad !== null) throw new Error(`it reports ${bad}`);
      for (const e of f.fix?.edits ?? []) {
        const badEdit = badRange(e.start, e.end, length);
        if (badEdit !== null) throw new Error(`its fix edits ${badEdit}`);
      }
    }
    return found
      .map((f) => toFinding(doc, rule, f, f.severity ?? rule.severity))
      .sort(compareFindings);
  } catch (error) {
    const message = `Rule ${rule.id} failed on this file: ${(error as Error).message}`;
    return [{ file: doc.path, line: 1, column: 1, endLine: 1, endColumn: 1, rule: fileProblems.internalError.id, severity: 'error', message }];
  }
}

/**
 * Parsed documents of one article across locales: files are checked group by group, so a sibling
 * read for one file is reused when it is checked itself, then dropped.
 */
class DocumentStore {
  private group = new Map<string, Loaded>();
  private groupKey: string | null = null;

  constructor(
    private readonly options: LoadOptions,
    /** Whether a path names a file, answered from cached folder listings rather than a stat each. */
    private readonly exists: (path: string) => boolean,
  ) {}

  enterGroup(key: string): void {
    if (key === this.groupKey) return;
    this.groupKey = key;
    this.group = new Map();
  }

  load(path: string): Loaded {
    let loaded = this.group.get(path);
    if (loaded === undefined) {
      loaded = loadDocument(path, this.options);
      this.group.set(path, loaded);
    }
    return loaded;
  }

  /** A counterpart or linked file: absent or unreadable files are simply not there. */
  peek(path: string): LocDocument | null {
    return this.peekLoaded(path)?.doc ?? null;
  }

  peekLoaded(path: string): Loaded | null {
    // Read already (the article's other files ask for the same ones): no need to ask the listing.
    const loaded = this.group.get(path);
    if (loaded !== undefined) return loaded;
    return this.exists(path) ? this.load(path) : null;
  }
}

/** The external-link cache's folder, in the working directory where actions/cache can keep it between jobs. */
export const EXTERNAL_CACHE_DIR = '.loclint-cache';

/**
 * Every http(s) URL the files show readers: each is requested once for the whole run. The rules
 * need the answers before they run, so an opt-in external check reads the files twice; the
 * requests take far longer than the reading.
 */
async function checkExternalLinks(paths: readonly string[], load: LoadOptions, external: ExternalLinkOptions): Promise<Map<string, UrlStatus>> {
  const urls = new Set<string>();
  for (const path of paths) {
    const { doc } = loadDocument(path, load);
    if (doc === null) continue;
    for (const link of renderedLinks(doc)) {
      const url = requestUrl(link.target);
      if (url !== null) urls.add(url);
    }
  }
  // Loaded only when links are checked: it brings node's HTTP and TLS clients.
  const { checkUrls } = await import('./external/check-urls.js');
  return checkUrls(urls, external);
}

/**
 * What git holds of each translation's source at its `ms.sourcegitcommit` (source-stale needs it
 * before it runs). Only files whose source folder is in git are read for it, and only their front
 * matter; files whose source lies outside the checked tree's boundary are not looked up.
 */
async function sourceVersions(paths: readonly string[], load: LoadOptions, layout: LocaleLayout, config: Config, roots: readonly string[], repository: string | undefined): Promise<SourceHistory | null> {
  const sourceLocale = config.sourceLocale.toLowerCase();
  const queries: SourceQuery[] = [];
  const real = new Map<string, string>();
  const realFolder = (folder: string) => {
    let found = real.get(folder);
    if (found === undefined) real.set(folder, (found = realpathSync.native(folder)));
    return found;
  };
  const folderExists = (folder: string) => pathKind(folder) === 'folder';
  for (const path of paths) {
    if (layout.place(path).locale?.toLowerCase() === sourceLocale) continue;
    let source: string | null;
    if (repository !== undefined) {
      const folder = localeOfPath(path);
      const below = folder === null ? relative(load.cwd, path) : path.split(/[\/]/).slice(folder.segmentIndex + 1).join(sep);
      source = below.startsWith('..') ? null : resolve(repository, below);
    } else source = layout.counterparts(path).find((c) => c.locale?.toLowerCase() === sourceLocale)?.path ?? null;
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
  const { sourceHistory } = await import('./source/history.js');
  return sourceHistory(queries, commitOf, load.reader.maxBytes);
}

/** A file's path as the configuration's override globs see it: relative to its folder when that is not the working directory. */
function configPath(config: Config, cwd: string, absolutePath: string): string {
  return displayPath(config.base ?? cwd, absolutePath);
}

/** Problems met while the files were found, through the filter's file stages like every finding (they have no document). */
function filterDiscovered(findings: readonly Finding[], config: Config, cwd: string, into: Finding[]): void {
  for (const f of findings) fileStages([f], { settingsOf: ruleSettingsForFile(config, configPath(config, cwd, resolve(cwd, f.file))), suppressed: NOT_SUPPRESSED, doc: null }, into);
}

/**
 * Takes batches until none is left and checks them, file by file in article order, so that siblings
 * are read once per article. Returns the findings of each batch taken, by its index.
 */
export function checkBatches(
  { batches, next, cwd, config, maxFileBytes, roots, external, history, context }: Work,
  rules: readonly Rule[] = allRules,
  { given, progress, batchDone }: Pick<EngineOptions, 'given' | 'progress'> & { batchDone?: (batch: number, findings: Finding[]) => void } = {},
): Map<number, Finding[]> {
  const sourceLocale = config.sourceLocale;
  const sourceLocaleLower = sourceLocale.toLowerCase();
  const isSource = (d: LocDocument) => {
    const locale = localeOf(d);
    return locale !== null ? locale.toLowerCase() === sourceLocaleLower : !isLocalized(d, sourceLocale);
  };
  const load = { ...loadOptions(cwd, config, maxFileBytes, roots), given };
  const layout = layoutOf(config, cwd);
  const store = new DocumentStore(load, (path) => layout.hasFile(path));
  // git runs only in folders of the checked tree, as for the source's history.
  const sparse = new SparseCheckout((path) => pathKind(path) === 'folder', (real) => insideBoundary(real, roots));
  const done = new Map<number, Finding[]>();
  for (let batch = Atomics.add(next, 0, 1); batch < batches.length; batch = Atomics.add(next, 0, 1)) {
    const findings: Finding[] = [];
    done.set(batch, findings);
    const files = batches.at(batch)!;
    for (let i = 0; i < files.length; i++) checkFile(files[i]!.path, files[i]!.key, findings);
    batchDone?.(batch, findings);
    progress?.(Math.min(Atomics.load(next, 0), batches.length), batches.length);
  }
  return done;

  function checkFile(path: string, key: string, findings: Finding[]): void {
    store.enterGroup(key);
    const loaded = store.load(path);
    const doc = loaded.doc;
    const first = findings.length;
    const globPath = configPath(config, cwd, path);
    const settingsOf = ruleSettingsForFile(config, globPath);
    const filter: FileFilter = { settingsOf, suppressed: doc === null ? NOT_SUPPRESSED : suppressions(doc), doc };
    fileStages(loaded.findings, filter, findings);
    if (doc === null) return;
    // The article's other files, read and told apart once for all the rules that ask.
    let article: { siblings: LocDocument[]; source: LocDocument | null } | undefined;
    const counterparts = () => {
      if (article === undefined) {
        article = { siblings: [], source: null };
        const copies = layout.counterparts(path);
        for (let i = 0; i < copies.length; i++) {
          const other = store.peekLoaded(copies[i]!.path);
          if (other === null || other.doc === null) continue;
          if (!(other.isSource ??= isSource(other.doc))) article.siblings.push(other.doc);
          else article.source ??= other.doc;
        }
      }
      return article;
    };
    // One context per file; each rule gets its own options in it, so no context is copied per rule.
    const ctx: RuleContext = {
      sourceLocale,
      localized: isLocalized(doc, sourceLocale),
      filePath: path,
      siblings: () => counterparts().siblings,
      source: () => counterparts().source,
      listFolder: (dir) => layout.list(dir),
      omittedFromCheckout: (dir) => sparse.omittedNames(dir),
      document: (p) => store.peek(p),
      counterpartInSource: (p) => layout.counterparts(p).find((c) => c.locale?.toLowerCase() === sourceLocaleLower)?.path ?? null,
      ...(external ? { externalStatus: (url: string) => external.get(url) } : {}),
      ...(history ? { sourceVersion: () => history.versions.get(history.byFile.get(path) ?? '') ?? null } : {}),
      options: {},
    };
    for (let j = 0; j < rules.length; j++) {
      const rule = rules[j]!;
      const { severity, options = NO_OPTIONS } = settingsOf(rule.id);
      // A rule that is off finds nothing the filter would keep: it is not run.
      if (severity === 'off') continue;
      ctx.options = options;
      const found = checkRule(doc, rule, ctx);
      if (found.length > 0) fileStages(found, filter, findings);
    }
    if (context) for (let i = first; i < findings.length; i++) findings[i]!.context = findingContext(doc, findings[i]!);
  }
}

function layoutOf(config: Config, cwd: string): LocaleLayout {
  return new LocaleLayout(config.sourceLocale, config.localeRoots.map((root) => resolve(cwd, root)), cwd);
}

function loadOptions(cwd: string, config: Config, maxBytes: number, roots: readonly string[]): LoadOptions {
  return { cwd, reader: new TreeReader(maxBytes, roots), urlLocalePatterns: config.urlLocalePatterns.map((p) => LinearPattern.compile(p, { ignoreCase: true })) };
}

/** Below this many files per thread, a worker costs more to start than it saves. */
const MIN_FILES_PER_THREAD = 1000;
/** Small enough that threads finish together, large enough that taking one costs nothing. */
const BATCH_FILES = 50;

/** The files cut into runs of whole articles, in article order. */
function batchesOf(files: readonly Placed[]): Placed[][] {
  const batches: Placed[][] = [];
  for (let from = 0; from < files.length; ) {
    let to = Math.min(files.length, from + BATCH_FILES);
    while (to < files.length && files[to]!.key === files[to - 1]!.key) to++;
    batches.push(files.slice(from, to));
    from = to;
  }
  return batches;
}

/** The pipeline both the CLI and the action call: files in, sorted findings out. */
export async function lintFiles(absolutePaths: readonly string[], options: EngineOptions): Promise<EngineResult> {
  const { cwd } = options;
  const config = options.config ?? defaultConfig();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const roots = boundaryOf(cwd, options.roots ?? []);
  const externalOptions = { ...config.externalLinks, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) };
  const external = options.checkExternalLinks ? await checkExternalLinks(absolutePaths, { ...loadOptions(cwd, config, maxFileBytes, roots), given: options.given }, externalOptions) : null;
  const layout = layoutOf(config, cwd);
  // The caller's source repository widens the tree; the configuration's (a pull request can edit it) must lie inside it.
  const givenRepository = options.sourceRepository ?? config.sourceRepository;
  const sourceRepository = givenRepository === undefined ? undefined : resolve(cwd, givenRepository);
  const historyRoots = options.sourceRepository === undefined ? roots : [...roots, ...boundaryOf(cwd, [options.sourceRepository])];
  const wanted = ruleSettingsFor(config, '', 'source-stale').severity !== 'off' && !options.given && (options.rules ?? allRules).some((r) => r.id === 'source-stale');
  const history = wanted ? await sourceVersions(absolutePaths, loadOptions(cwd, config, maxFileBytes, roots), layout, config, historyRoots, sourceRepository) : null;
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
  const work: Work = { batches: batchesOf(placed), next, cwd, config, maxFileBytes, roots, external, history, context: options.context ?? false };
  // Workers are sent the work first and take batches while this thread takes its own.
  const pool = options.pool ?? (workers > 0 ? new WorkerPool(workerScript!, workers) : null);
  const { progress, onBatch } = options;
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
  const findings: Finding[] = [];
  filterDiscovered(options.discovered ?? [], config, cwd, findings);
  // In batch order, as one thread would have found them; a batch a failed worker took is checked now.
  for (let i = 0; i < work.batches.length; i++) {
    const found = done.get(i) ?? checkBatches({ ...work, batches: [work.batches.at(i)!], next: new Int32Array(1) }, options.rules, batchDone ? { batchDone } : {}).get(0)!;
    for (const f of found) findings.push(f);
  }
  findings.sort(compareFindings);
  return { findings, filesChecked: absolutePaths.length, threads: 1 + fromWorkers.filter((found) => found.size > 0).length };
}
