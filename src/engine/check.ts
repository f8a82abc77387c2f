// The check stage: the rules over each file of a batch, the article's other files read once for all of them.
import { resolve } from 'node:path';
import { ruleSettingsForFile, type Config } from '../config/config.js';
import { isSourceDocument, type LocDocument } from '../document/document.js';
import { detached } from '../document/text.js';
import { findingContext } from '../findings/context.js';
import { fileStages, NOT_SUPPRESSED, type FileFilter } from '../findings/filter.js';
import { compareFindings, type Finding, type Severity } from '../findings/finding.js';
import { suppressions } from '../findings/suppress.js';
import { LocaleLayout, pathKind } from '../layout/layout.js';
import { SourceLocale } from '../layout/source-locale.js';
import { fileProblems } from '../rules-support/file-problems.js';
import { fillMessage } from '../rules-support/messages.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule, RuleContext, RuleFinding } from '../rules/rule.js';
import type { SourceHistory } from '../source/history.js';
import { SparseCheckout } from '../source/sparse-checkout.js';
import { displayPath } from './paths.js';
import { DocumentStore, insideBoundary, loadOptions, type GivenText } from './read.js';

/** Files of one article are checked together: this is their order, with the key that groups them. */
export interface Placed {
  path: string;
  key: string;
}

/** What every thread of a run is given; plain data, so that it can be handed to a worker. */
export interface Work {
  /** Runs of whole articles, in article order; a worker reads each from bytes when it takes it. */
  batches: { readonly length: number; at(index: number): readonly Placed[] | undefined };
  /** The next batch to take, counted up by every thread (on shared memory when there are workers). */
  next: Int32Array;
  cwd: string;
  config: Config;
  maxFileBytes: number;
  /** Real paths of the folders files may be read from. */
  roots: readonly string[];
  /** Whether the run requests external URLs: rules then report findings that await a URL's answer. */
  checksExternalLinks: boolean;
  /** The sources' history from git, looked up once for the whole run (source-stale). */
  history: SourceHistory | null;
  /** Whether findings carry their context (see EngineOptions). */
  context: boolean;
}

/** What a thread is told besides its work: text given for a path, progress, and each batch once checked. */
export interface CheckOptions {
  given?: GivenText;
  /** Told after each batch this thread checks: batches taken by every thread so far, and in all. */
  progress?: (taken: number, total: number) => void;
  batchDone?: (batch: number, findings: Finding[]) => void;
}

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
    // Findings outlive their file: the message, often cut from its text, must not keep that text. A finding awaiting a URL's answer is given its message with the answer.
    message: f.awaits === undefined ? detached(fillMessage(rule.messages, f.messageId, f.data)) : '',
    ...(f.fix ? { fix: { description: detached(f.fix.description), edits: f.fix.edits.map((e) => ({ ...e, text: detached(e.text) })) } } : {}),
    ...(f.awaits !== undefined ? { awaits: detached(f.awaits) } : {}),
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

/** A file's path as the configuration's override globs see it: relative to its folder when that is not the working directory. */
export function configPath(config: Config, cwd: string, absolutePath: string): string {
  return displayPath(config.base ?? cwd, absolutePath);
}

/**
 * Takes batches until none is left and checks them, file by file in article order, so that siblings
 * are read once per article. Returns the findings of each batch taken, by its index.
 */
export function checkBatches(
  { batches, next, cwd, config, maxFileBytes, roots, checksExternalLinks, history, context }: Work,
  rules: readonly Rule[] = allRules,
  { given, progress, batchDone }: CheckOptions = {},
): Map<number, Finding[]> {
  const source = new SourceLocale(config.sourceLocale);
  const load = { ...loadOptions(cwd, config, maxFileBytes, roots), given };
  const layout = layoutOf(config, cwd, source);
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
          if (!(other.isSource ??= isSourceDocument(other.doc, source))) article.siblings.push(other.doc);
          else article.source ??= other.doc;
        }
      }
      return article;
    };
    // One context per file; each rule gets its own options in it, so no context is copied per rule.
    const ctx: RuleContext = {
      sourceLocale: source.name,
      localized: !(loaded.isSource ??= isSourceDocument(doc, source)),
      filePath: path,
      siblings: () => counterparts().siblings,
      source: () => counterparts().source,
      listFolder: (dir) => layout.list(dir),
      omittedFromCheckout: (dir) => sparse.omittedNames(dir),
      document: (p) => store.peek(p),
      counterpartInSource: (p) => layout.sourceCounterpart(p),
      checksExternalLinks,
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

export function layoutOf(config: Config, cwd: string, source: SourceLocale): LocaleLayout {
  return new LocaleLayout(source, config.localeRoots.map((root) => resolve(cwd, root)), cwd);
}
