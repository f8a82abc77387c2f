import { describe, expect, it } from 'vitest';
import { segmentIdFormat } from '../../src/rules/segment-id-format.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('segment-id-format', () => {
  it('passes plain and p-ids', () => {
    expect(run(segmentIdFormat, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
    const merged = '<span data-ttu-id="7e904-p101">a</span><span class="sxs-lookup"><span data-stu-id="7e904-p101">b</span></span>';
    expect(run(segmentIdFormat, docOf(merged))).toEqual([]);
  });

  it('reports malformed ids at their tag', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md').replaceAll('7c2e4-103', '7C2E4-103');
    const findings = run(segmentIdFormat, docOf(text));
    expect(at(findings)).toEqual(['25:1']);
    expect(findings[0]!.message).toMatch(/^Malformed segment id `7C2E4-103`/);
    const source = run(segmentIdFormat, docOf(edit(text, 'data-stu-id="7C2E4-103"', 'data-stu-id="7c2e4-13"')));
    expect(at(source)).toEqual(['25:1', '25:96']);
  });
});
