import { describe, expect, it } from 'vitest';
import { spanBalance } from '../../src/rules/span-balance.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('span-balance', () => {
  it('passes balanced spans', () => {
    expect(run(spanBalance, corpusDoc('enterprise/zh-CN/Enterprise/restrict-content-to-geo-location.md'))).toEqual([]);
  });

  it('reports each stray </span> at its place (real de-DE file)', () => {
    const findings = run(spanBalance, corpusDoc('alchemy/de-DE/AlchemyInsights/outlook-com-setting-changes.md'));
    expect(at(findings)).toEqual(['36:262', '36:551']);
    expect(findings[0]!.message).toBe('Stray `</span>`: no open span to close');
  });

  it('reports a span that is never closed at its opening tag', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), '组写回</span>', '组写回');
    const findings = run(spanBalance, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toContain('23:33 `<span 581fd-102>` is never closed');
  });
});
