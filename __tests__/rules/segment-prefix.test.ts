import { describe, expect, it } from 'vitest';
import { segmentPrefix } from '../../src/rules/segment-prefix.js';
import { articleDoc, articleText, docOf, run } from '../helpers.js';

describe('segment-prefix', () => {
  it('passes one prefix per file', () => {
    expect(run(segmentPrefix, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports units pasted from another file', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md').replaceAll('7c2e4-107', 'd13cd-107');
    const findings = run(segmentPrefix, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["27:1 Segment d13cd-107 has prefix d13cd; the file's other segments use 7c2e4"]);
  });
});
