import { describe, expect, it } from 'vitest';
import { anchorDuplicate } from '../../src/rules/anchor-duplicate.js';
import { articleDoc, run } from '../helpers.js';

describe('anchor-duplicate', () => {
  it('passes unique anchors', () => {
    expect(run(anchorDuplicate, articleDoc('zh-CN/Boards/board-regions.md'))).toEqual([]);
  });

  it('reports an anchor repeated from repeated heading text (ar-SA, right to left)', () => {
    const findings = run(anchorDuplicate, articleDoc('ar-SA/Boards/card-labels.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '31:4 Anchor `card-labels` is already defined on line 23: links to it reach only the first',
    ]);
  });
});
