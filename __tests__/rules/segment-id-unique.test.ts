import { describe, expect, it } from 'vitest';
import { segmentIdUnique } from '../../src/rules/segment-id-unique.js';
import { articleDoc, articleText, docOf, run } from '../helpers.js';

describe('segment-id-unique', () => {
  it('passes unique ids', () => {
    expect(run(segmentIdUnique, articleDoc('zh-CN/Boards/board-import-errors.md'))).toEqual([]);
  });

  it('reports the second use of an id and names the first', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md').replaceAll('7c2e4-108', '7c2e4-102');
    const findings = run(segmentIdUnique, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['29:1 Segment id 7c2e4-102 is already used on line 23']);
  });
});
