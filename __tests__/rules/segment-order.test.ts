import { describe, expect, it } from 'vitest';
import { segmentOrder } from '../../src/rules/segment-order.js';
import { articleDoc, articleText, docOf, run } from '../helpers.js';

describe('segment-order', () => {
  it('passes rising numbers, counting p-ids apart', () => {
    expect(run(segmentOrder, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
    const mixed = ['p101', '103', 'p102', '104']
      .map((n) => `<span data-ttu-id="7e904-${n}">x</span><span class="sxs-lookup"><span data-stu-id="7e904-${n}">y</span></span>`)
      .join(' ');
    expect(run(segmentOrder, docOf(mixed))).toEqual([]);
  });

  it('warns at a unit numbered below one before it', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md').replaceAll('7c2e4-105', '7c2e4-101');
    const findings = run(segmentOrder, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      '25:427 warning Segment 7c2e4-101 comes after 104: segments are out of order',
    ]);
  });
});
