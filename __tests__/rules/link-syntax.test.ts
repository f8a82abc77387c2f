import { describe, expect, it } from 'vitest';
import { linkSyntax } from '../../src/rules/link-syntax.js';
import { corpusDoc, docOf, run } from '../helpers.js';

const report = (path: string) => run(linkSyntax, corpusDoc(path)).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('link-syntax', () => {
  it('passes well-formed translations', () => {
    expect(report('alchemy/zh-CN/AlchemyInsights/group-writeback.md')).toEqual([]);
  });

  it('reports `] (` that the source does not have (real zh-CN file)', () => {
    expect(report('alchemy/zh-CN/AlchemyInsights/outlook-com-over-quota.md')).toEqual([
      '32:77 Space between `]` and `(` where the source has `](`: the link is not rendered (863d4-110)',
    ]);
  });

  it('reports translated text used as a target (real ja-JP file)', () => {
    expect(report('alchemy/ja-JP/AlchemyInsights/block-user-from-recording-meetings.md')).toEqual([
      '24:421 Link target `クラウド レコーディングを許可する` holds spaces (translated text?): the link is not rendered (b477a-104)',
    ]);
  });

  it('reports an escaped bracket where the source joins a link, and not the imbalance it leaves (real ar-SA file)', () => {
    expect(report('alchemy/ar-SA/AlchemyInsights/power-bi-license-management.md')).toEqual([
      '28:938 Escaped `\\]` before `(` where the source has `](`: the link is not rendered (f164b-111)',
    ]);
  });

  it('counts a bracket after an even run of backslashes, and not after an odd one', () => {
    const unit = (translation: string, source: string) =>
      `<span data-ttu-id="581fd-101">${translation}</span><span class="sxs-lookup"><span data-stu-id="581fd-101">${source}</span></span>\n`;
    const escaped = (translation: string) => run(linkSyntax, docOf(unit(translation, 'See [docs](a.md).'))).map((f) => f.message.slice(0, 12));
    expect(escaped('参阅 \\\\[文档](a.md)。')).toEqual([]); // `\\[`: the backslash is escaped, the bracket is not
    expect(escaped('参阅 \\[文档](a.md)。')).toEqual(['Escaped `\\[`']); // `\[`: escaped, so the link is lost
    expect(escaped('参阅 \\\\\\[文档](a.md)。')).toEqual(['Escaped `\\[`']);
  });
});
