import { describe, expect, it } from 'vitest';
import { segmentPair } from '../../src/rules/segment-pair.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('segment-pair', () => {
  it('passes a file whose units are all paired', () => {
    expect(run(segmentPair, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('leaves a unit closed early by a stray </span> copied from the source to span-balance (real de-DE file)', () => {
    expect(run(segmentPair, corpusDoc('alchemy/de-DE/AlchemyInsights/outlook-com-setting-changes.md'))).toEqual([]);
  });

  it('reports a source unit whose id differs from its translated unit', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), 'data-stu-id="581fd-104"', 'data-stu-id="581fd-114"');
    const findings = run(segmentPair, docOf(text));
    expect(at(findings)).toEqual(['25:327']);
    expect(findings[0]!.message).toBe('Source unit 581fd-114 follows translated unit 581fd-104: the ids differ');
  });
});
