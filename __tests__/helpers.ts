import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument, type LocDocument } from '../src/document/document.js';
import type { Config } from '../src/config/config.js';
import { checkRule } from '../src/engine/check.js';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { rules as allRules } from '../src/rules/index.js';
import type { Finding } from '../src/findings/finding.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';

export const fixturesDir = join(import.meta.dirname, 'fixtures');

/** Articles written for the tests, in the real format, each shape and defect described in fixtures/README.md. */
export const articlesDir = join(fixturesDir, 'articles');

export function articleText(path: string): string {
  return readFileSync(join(articlesDir, path), 'utf8');
}

export function articleDoc(path: string): LocDocument {
  return parseDocument(`articles/${path}`, articleText(path));
}

/** The real corpus, read where it is (never copied in): `$LOCLINT_CORPUS` or ../shared/corpus beside the repository. */
export const corpusDir = process.env.LOCLINT_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');

let announced = false;

/**
 * A folder of the real corpus, or null when this machine lacks it. The first absent folder prints
 * one line naming it, so that a clone without the corpus shows why its real-file tests were skipped.
 */
export function corpusFolder(folder: string): string | null {
  const path = join(corpusDir, folder);
  if (existsSync(path)) return path;
  if (!announced) console.log(`skipped: real-file tests need ${path}, which is absent (set LOCLINT_CORPUS to the corpus)`);
  announced = true;
  return null;
}

export function docOf(text: string, path = 'docs/zh-CN/article.md'): LocDocument {
  return parseDocument(path, text);
}

/** The context the engine gives a rule, reading nothing unless `context` says otherwise. */
export function ruleContext(doc: LocDocument, context: Partial<RuleContext> = {}): RuleContext {
  return {
    sourceLocale: 'en-US',
    localized: true,
    filePath: `/nonexistent/${doc.path}`,
    siblings: () => [],
    source: () => null,
    listFolder: () => [],
    omittedFromCheckout: () => [],
    counterpartInSource: () => null,
    checksExternalLinks: false,
    options: {},
    document: () => null,
    ...context,
  };
}

export function run(rule: Rule, doc: LocDocument, context: Partial<RuleContext> = {}): readonly Finding[] {
  return checkRule(doc, rule, ruleContext(doc, context));
}

/** `line:column` of each finding, the shortest exact statement of where it points. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column}`);
}

/** Replaces the first occurrence, failing loudly when the excerpt no longer holds the text. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** A temporary folder of files (paths `/`-separated), for rules that read siblings and the disk. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'loclint-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Runs the whole engine over a folder, as the CLI does, with paths relative to it. */
export async function lintTree(root: string, paths: string[] = ['.'], only?: string[], config?: Config): Promise<Finding[]> {
  const { files, findings } = collectFiles(paths, root, config);
  const selected = only ? allRules.filter((r) => only.includes(r.id)) : allRules;
  return [...findings, ...(await lintFiles(files, { cwd: root, rules: selected, ...(config ? { config } : {}) })).findings];
}

/** Every Markdown file under a folder, depth first. */
export function* markdownFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith('.md')) yield path;
  }
}

/**
 * Real files for the agreement tests (our fast paths against parse5, micromark, gray-matter and
 * yaml): every tenth Markdown file, in sorted order, of each alchemy and enterprise locale folder,
 * and the files whose odd shapes the team's fixtures retell (a segmented front matter, CRLF, a
 * duplicate key, stray `</span>`s, an escaped bracket, a lone tag in a list item). Null without the corpus.
 */
export function corpusSample(): string[] | null {
  const alchemy = corpusFolder('alchemy');
  const enterprise = corpusFolder('enterprise');
  if (!alchemy || !enterprise) return null;
  const sample = new Set<string>();
  for (const root of [alchemy, enterprise]) {
    for (const locale of readdirSync(root).sort()) {
      [...markdownFiles(join(root, locale))].sort().forEach((path, i) => {
        if (i % SAMPLE_EVERY === 0) sample.add(path);
      });
    }
  }
  for (const path of RETOLD) sample.add(join(corpusDir, path));
  return [...sample];
}
const SAMPLE_EVERY = 10;
const RETOLD = [
  'alchemy/de-DE/AlchemyInsights/troubleshoot-presence-issues-outlook.md',
  'alchemy/de-DE/AlchemyInsights/outlook-com-setting-changes.md',
  'alchemy/ar-SA/AlchemyInsights/power-bi-license-management.md',
  'alchemy/ja-JP/AlchemyInsights/installing-office-on-a-terminal-serverunlicensed.md',
  'enterprise/en-US/Enterprise/acrolinx-fail-test.md',
  'enterprise/en-US/Enterprise/office-365-networking-partner-program.md',
];
