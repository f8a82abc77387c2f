import { describe, expect, it } from 'vitest';
import { segmentPair } from '../../src/rules/segment-pair.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('segment-pair', () => {
  it('passes a file whose units are all paired', () => {
    expect(run(segmentPair, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('leaves a unit closed early by a stray </span> copied from the source to span-balance (de-DE file)', () => {
    expect(run(segmentPair, articleDoc('de-DE/Boards/notification-settings.md'))).toEqual([]);
  });

  it('reports a source unit whose id differs from its translated unit', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), 'data-stu-id="7c2e4-104"', 'data-stu-id="7c2e4-114"');
    const findings = run(segmentPair, docOf(text));
    expect(at(findings)).toEqual(['25:314']);
    expect(findings[0]!.message).toBe('Source unit 7c2e4-114 follows translated unit 7c2e4-104: the ids differ');
  });
});
