import { describe, expect, it } from 'vitest';
import { anchorDuplicate } from '../../src/rules/anchor-duplicate.js';
import { corpusDoc, run } from '../helpers.js';

describe('anchor-duplicate', () => {
  it('passes unique anchors', () => {
    expect(run(anchorDuplicate, corpusDoc('enterprise/zh-CN/Enterprise/restrict-content-to-geo-location.md'))).toEqual([]);
  });

  it('reports an anchor repeated from repeated heading text (real ar-SA file)', () => {
    const findings = run(anchorDuplicate, corpusDoc('alchemy/ar-SA/AlchemyInsights/attack-surface-reduction-rules.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '31:4 Anchor `attack-surface-reduction-rules` is already defined on line 23: links to it reach only the first',
    ]);
  });
});
