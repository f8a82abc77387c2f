import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type LocDocument } from '../src/document/document.js';
import { checkDocument } from '../src/engine.js';
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

export function run(rule: Rule, doc: LocDocument, context: Partial<RuleContext> = {}): Finding[] {
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
  return checkDocument(doc, [rule], ctx);
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
