import { describe, expect, it } from 'vitest';
import { segmentOrder } from '../../src/rules/segment-order.js';
import { corpusDoc, corpusText, docOf, run } from '../helpers.js';

describe('segment-order', () => {
  it('passes rising numbers, counting p-ids apart', () => {
    expect(run(segmentOrder, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
    const mixed = ['p101', '103', 'p102', '104']
      .map((n) => `<span data-ttu-id="7e904-${n}">x</span><span class="sxs-lookup"><span data-stu-id="7e904-${n}">y</span></span>`)
      .join(' ');
    expect(run(segmentOrder, docOf(mixed))).toEqual([]);
  });

  it('warns at a unit numbered below one before it', () => {
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md').replaceAll('581fd-105', '581fd-101');
    const findings = run(segmentOrder, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      '25:492 warning Segment 581fd-101 comes after 104: segments are out of order',
    ]);
  });
});
