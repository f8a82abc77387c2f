import { describe, expect, it } from 'vitest';
import type { Finding, Fix } from '../src/findings/finding.js';
import { planSuggestions, suggestionLines } from '../src/report/review.js';

const at = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`no ${part}`);
  return { start, end: start + part.length };
};
const replace = (text: string, part: string, by: string): Fix => ({ description: `write ${by}`, edits: [{ ...at(text, part), text: by }] });

describe('suggestionLines', () => {
  it('gives the whole lines a fix touches, with the edits made', () => {
    const text = 'one\ntwo \\*\\*bold\\*\\* two\nthree\n';
    // Each backslash removed, as emphasis-parity's fix does.
    const backslashes = [...text.matchAll(/\\/g)].map((m) => m.index);
    const fix: Fix = { description: 'unescape', edits: backslashes.map((start) => ({ start, end: start + 1, text: '' })) };
    expect(suggestionLines(text, fix, false)).toEqual({ startLine: 2, endLine: 2, lines: 'two **bold** two' });
  });

  it('spans the lines of the first and last edit, and drops CR from CRLF lines', () => {
    const text = 'a\r\nb ] (x)\r\nc\r\nd [y]( z)\r\ne\r\n';
    const fix: Fix = { description: 'close', edits: [{ ...at(text, '] ('), text: '](' }, { ...at(text, '( z'), text: '(z' }] };
    expect(suggestionLines(text, fix, false)).toEqual({ startLine: 2, endLine: 4, lines: 'b ](x)\nc\nd [y](z)' });
  });

  it('handles the last line without a newline, and an edit at its end', () => {
    const text = 'title\nlast line';
    expect(suggestionLines(text, { description: 'end', edits: [{ start: text.length, end: text.length, text: '.' }] }, false)).toEqual({ startLine: 2, endLine: 2, lines: 'last line.' });
  });

  it('offers nothing for overlapping edits, a lone CR, or the first line of a file with a BOM', () => {
    const text = 'ab\ncd\n';
    expect(suggestionLines(text, { description: 'x', edits: [{ start: 0, end: 2, text: 'x' }, { start: 1, end: 2, text: 'y' }] }, false)).toBeNull();
    expect(suggestionLines('a\rb\nc\n', replace('a\rb\nc\n', 'b', 'B'), false)).toBeNull();
    expect(suggestionLines(text, replace(text, 'ab', 'AB'), true)).toBeNull();
    expect(suggestionLines(text, replace(text, 'cd', 'CD'), true)).toEqual({ startLine: 2, endLine: 2, lines: 'CD' });
  });
});

const finding = (file: string, line: number, fix?: Fix): Finding => ({ file, line, column: 1, endLine: line, endColumn: 2, rule: 'emphasis-parity', severity: 'warning', message: 'Emphasis escaped `**`', ...(fix ? { fix } : {}) });

describe('planSuggestions', () => {
  const text = 'l1\nl2 \\*\\*x\\*\\*\nl3 \\*\\*y\\*\\*\nl4\n';
  const fixOn = (part: string) => replace(text, part, part.replaceAll('\\', ''));
  const texts = () => ({ text, hadBom: false });

  it('suggests only on changed lines, counts the rest, and caps the count', () => {
    const findings = [finding('a.md', 2, fixOn('\\*\\*x\\*\\*')), finding('a.md', 3, fixOn('\\*\\*y\\*\\*')), finding('a.md', 4), finding('b.md', 2, fixOn('\\*\\*x\\*\\*'))];
    const changed = new Map([['a.md', [{ start: 2, end: 2 }]]]);
    const plan = planSuggestions(findings, changed, texts, 10);
    expect(plan.suggestions.map((s) => [s.path, s.startLine, s.endLine])).toEqual([['a.md', 2, 2]]);
    expect(plan.suggestions[0]!.body).toContain('```suggestion\nl2 **x**\n```');
    // The message is literal text: its backticks and asterisks are escaped.
    expect(plan.suggestions[0]!.body).toContain('Emphasis escaped \\`\\*\\*\\`');
    expect(plan).toMatchObject({ left: 0, outside: 2 });
    const capped = planSuggestions(findings, new Map([['a.md', [{ start: 1, end: 4 }]]]), texts, 1);
    expect(capped).toMatchObject({ left: 1, outside: 1 });
    expect(capped.suggestions).toHaveLength(1);
  });

  it('takes a fix only when all its lines lie in one changed range, and one suggestion per line range', () => {
    const both: Fix = { description: 'both', edits: [...fixOn('\\*\\*x\\*\\*').edits, ...fixOn('\\*\\*y\\*\\*').edits] };
    const split = new Map([['a.md', [{ start: 2, end: 2 }, { start: 3, end: 3 }]]]);
    expect(planSuggestions([finding('a.md', 2, both)], split, texts, 10)).toMatchObject({ suggestions: [], outside: 1 });
    const joined = planSuggestions([finding('a.md', 2, both), finding('a.md', 2, both)], new Map([['a.md', [{ start: 2, end: 3 }]]]), texts, 10);
    expect(joined.suggestions.map((s) => [s.startLine, s.endLine])).toEqual([[2, 3]]);
    expect(joined.left).toBe(1);
  });

  it('fences a suggestion with more backticks than it holds', () => {
    const code = 'l1\nuse ```x``` here\n';
    const plan = planSuggestions([finding('c.md', 2, replace(code, 'here', 'there'))], new Map([['c.md', [{ start: 2, end: 2 }]]]), () => ({ text: code, hadBom: false }), 5);
    expect(plan.suggestions[0]!.body).toContain('````suggestion\nuse ```x``` there\n````');
  });
});

describe('the OpenAPI check the review tests rely on', () => {
  it('rejects a misspelt field, a wrong type and an unknown route, and passes a good review', async () => {
    const { requestProblems } = await import('./openapi.js');
    const route = '/repos/octo/docs/pulls/7/reviews';
    expect(requestProblems('POST', route, { event: 'COMMENT', body: 'b', comments: [{ path: 'a.md', body: 'x', line: 2, side: 'RIGHT' }] })).toEqual([]);
    expect(requestProblems('POST', route, { event: 'COMMENT', body: 'b', comments: [{ path: 'a.md', body: 'x', lines: 2 }] })).toEqual([
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: /comments/0 must NOT have additional properties (lines)',
    ]);
    expect(requestProblems('POST', route, { event: 'COMMENTED', body: 'b' })[0]).toContain('/event must be equal to one of the allowed values');
    expect(requestProblems('PUT', `${route}/5`, { body: 1 })[0]).toContain('/body must be string');
    expect(requestProblems('DELETE', '/repos/octo/docs/pulls/comments/5', null)).toEqual([]);
    expect(requestProblems('POST', '/repos/octo/docs/pulls/7/reviewz', {})).toEqual(['POST /repos/octo/docs/pulls/7/reviewz: no such operation']);
  });
});
