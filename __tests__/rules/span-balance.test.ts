import { describe, expect, it } from 'vitest';
import { spanBalance } from '../../src/rules/span-balance.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('span-balance', () => {
  it('passes balanced spans', () => {
    expect(run(spanBalance, articleDoc('zh-CN/Boards/board-regions.md'))).toEqual([]);
  });

  it('reports the </span> in the text that closes a unit early, once for its translation and source (de-DE file)', () => {
    const findings = run(spanBalance, articleDoc('de-DE/Boards/notification-settings.md'));
    expect(at(findings)).toEqual(['35:113']);
    expect(findings[0]!.message).toBe('`</span>` in the text of translated unit c90a2-108 closes the unit early; the source unit has it too, so the fix belongs in the source');
  });

  it('reports a span that is never closed at its opening tag', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), '归档项目看板</span>', '归档项目看板');
    const findings = run(spanBalance, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toContain('23:41 `<span 7c2e4-102>` is never closed');
  });
});
