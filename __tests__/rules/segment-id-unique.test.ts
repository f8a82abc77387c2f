import { describe, expect, it } from 'vitest';
import { segmentIdUnique } from '../../src/rules/segment-id-unique.js';
import { corpusDoc, corpusText, docOf, run } from '../helpers.js';

describe('segment-id-unique', () => {
  it('passes unique ids', () => {
    expect(run(segmentIdUnique, corpusDoc('alchemy/zh-CN/AlchemyInsights/error-code-0x15.md'))).toEqual([]);
  });

  it('reports the second use of an id and names the first', () => {
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md').replaceAll('581fd-108', '581fd-102');
    const findings = run(segmentIdUnique, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['29:1 Segment id 581fd-102 is already used on line 23']);
  });
});
