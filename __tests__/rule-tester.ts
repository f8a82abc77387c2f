import { describe, expect, it } from 'vitest';
import type { LocDocument } from '../src/document/document.js';
import { fillMessage } from '../src/rules-support/messages.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';
import { docOf, ruleContext, run } from './helpers.js';

/** One document to check: its text, where it lives, and the article's other locales. */
export interface Case {
  text: string;
  /** Repository path of the document; a zh-CN translation unless given. */
  path?: string;
  /** The source-locale article's text (`docs/en-US/article.md`). */
  source?: string;
  /** The article in the other locales, by path. */
  siblings?: Record<string, string>;
  options?: Record<string, unknown>;
  /** Anything else the rule reads from its context. */
  context?: Partial<RuleContext>;
}

export interface Expected {
  messageId: string;
  line: number;
  column: number;
  /** Where the finding ends, when the case pins it. */
  endLine?: number;
  endColumn?: number;
  /** The rendered text, when the case pins it. */
  message?: string;
  /** The finding's severity, when the case pins it (a rule may report milder than its default). */
  severity?: string;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

function contextOf(c: Case): Partial<RuleContext> {
  const source = c.source === undefined ? null : docOf(c.source, 'docs/en-US/article.md');
  const siblings: LocDocument[] = Object.entries(c.siblings ?? {}).map(([path, text]) => docOf(text, path));
  return { source: () => source, siblings: () => siblings, options: c.options ?? {}, ...c.context };
}

/** What the rule reports for a case, in the engine's order, with the message id each carries. */
function findingsOf(rule: Rule, c: Case): Expected[] {
  const doc = docOf(c.text, c.path);
  const ctx = contextOf(c);
  // Through the engine first: a rule that throws, or a message that cannot be filled, shows as an internal error.
  const rendered = run(rule, doc, ctx);
  expect(rendered.filter((f) => f.rule !== rule.id).map((f) => f.message)).toEqual([]);
  const raw = rule.check(doc, ruleContext(doc, ctx));
  return raw
    .map((f) => {
      const { line, column } = doc.lines.position(f.start);
      const end = doc.lines.position(Math.max(f.start, f.end));
      return { messageId: f.messageId, line, column, endLine: end.line, endColumn: end.column, message: fillMessage(rule.messages, f.messageId, f.data), severity: f.severity ?? rule.severity };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId));
}

/**
 * ESLint's RuleTester for loclint rules: each `valid` case finds nothing, each `invalid` case finds
 * exactly its `errors` (by message id and position), and every message the rule declares is
 * reported by some invalid case.
 */
export const ruleTester = {
  run(rule: Rule, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
    describe(`${rule.id} (rule tester)`, () => {
      it.each(cases.valid.map((c, i) => [i, typeof c === 'string' ? { text: c } : c] as const))('valid %i', (_, c) => {
        expect(findingsOf(rule, c)).toEqual([]);
      });
      it.each(cases.invalid.map((c, i) => [i, c] as const))('invalid %i', (_, c) => {
        const sorted = [...c.errors].sort((a, b) => a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId));
        expect(findingsOf(rule, c)).toMatchObject(sorted);
      });
      it('has an invalid case for every message', () => {
        const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
        expect(Object.keys(rule.messages).filter((id) => !used.has(id))).toEqual([]);
      });
    });
  },
};
