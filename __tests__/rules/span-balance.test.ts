import { describe, expect, it } from 'vitest';
import { spanBalance } from '../../src/rules/span-balance.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('span-balance', () => {
  it('passes balanced spans', () => {
    expect(run(spanBalance, corpusDoc('enterprise/zh-CN/Enterprise/restrict-content-to-geo-location.md'))).toEqual([]);
  });

  it('reports the </span> in the text that closes a unit early, once for its translation and source (real de-DE file)', () => {
    const findings = run(spanBalance, corpusDoc('alchemy/de-DE/AlchemyInsights/outlook-com-setting-changes.md'));
    expect(at(findings)).toEqual(['36:127']);
    expect(findings[0]!.message).toBe('`</span>` in the text of translated unit a0de1-112 closes the unit early; the source unit has it too, so the fix belongs in the source');
  });

  it('reports a span that is never closed at its opening tag', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), '组写回</span>', '组写回');
    const findings = run(spanBalance, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toContain('23:33 `<span 581fd-102>` is never closed');
  });
});
