import { describe, expect, it } from 'vitest';
import { linkEmptyText } from '../../src/rules/link-empty-text.js';
import { articleDoc, run } from '../helpers.js';

describe('link-empty-text', () => {
  it('passes links with text', () => {
    expect(run(linkEmptyText, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports a link whose text was emptied in translation (ar-SA file)', () => {
    const findings = run(linkEmptyText, articleDoc('ar-SA/Boards/scroll-the-board.md'));
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual([
      '29:116-177 Link to `https://docs.example.com/fabrikam/boards/collapse-columns` has no text; in the source it reads "collapse the columns"',
    ]);
  });
});
