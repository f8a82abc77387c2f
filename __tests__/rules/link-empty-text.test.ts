import { describe, expect, it } from 'vitest';
import { linkEmptyText } from '../../src/rules/link-empty-text.js';
import { corpusDoc, run } from '../helpers.js';

describe('link-empty-text', () => {
  it('passes links with text', () => {
    expect(run(linkEmptyText, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('reports a link whose text was emptied in translation (real ar-SA file)', () => {
    const findings = run(linkEmptyText, corpusDoc('alchemy/ar-SA/AlchemyInsights/a1-license-for-microsoft-365.md'));
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual([
      '26:152-207 Link to `https://www.microsoft.com/education/products/office` has no text; in the source it reads "get started"',
    ]);
  });
});
