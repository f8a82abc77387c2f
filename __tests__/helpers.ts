import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument, type LocDocument } from '../src/document/document.js';
import type { Config } from '../src/config/config.js';
import { checkRule, collectFiles, lintFiles } from '../src/engine.js';
import { rules as allRules } from '../src/rules/index.js';
import type { Finding } from '../src/findings/finding.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';

export const fixturesDir = join(import.meta.dirname, 'fixtures');

/** A corpus excerpt committed under fixtures/corpus (see SOURCES.md). */
export function corpusText(path: string): string {
  return readFileSync(join(fixturesDir, 'corpus', path), 'utf8');
}

export function corpusDoc(path: string): LocDocument {
  return parseDocument(`corpus/${path}`, corpusText(path));
}

export function docOf(text: string, path = 'docs/zh-CN/article.md'): LocDocument {
  return parseDocument(path, text);
}

export function run(rule: Rule, doc: LocDocument, context: Partial<RuleContext> = {}): readonly Finding[] {
  const ctx: RuleContext = {
    sourceLocale: 'en-US',
    localized: true,
    filePath: `/nonexistent/${doc.path}`,
    siblings: () => [],
    source: () => null,
    listFolder: () => [],
    counterpartInSource: () => null,
    options: {},
    document: () => null,
    ...context,
  };
  return checkRule(doc, rule, ctx);
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
