import { describe, expect, it } from 'vitest';
import { linkSyntax } from '../../src/rules/link-syntax.js';
import { articleDoc, docOf, run } from '../helpers.js';

const report = (path: string) => run(linkSyntax, articleDoc(path)).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('link-syntax', () => {
  it('passes well-formed translations', () => {
    expect(report('zh-CN/Boards/archive-a-board.md')).toEqual([]);
  });

  it('reports `] (` that the source does not have (zh-CN alert)', () => {
    expect(report('zh-CN/Boards/storage-quota.md')).toEqual([
      '28:62 Space between `]` and `(`: the link is not rendered (b7c35-104)',
    ]);
  });

  it('reports translated text used as a target (ja-JP file)', () => {
    expect(report('ja-JP/Boards/recording-policy.md')).toEqual([
      '25:248 Link target `録画 を 許可する` holds spaces (translated text?): the link is not rendered (d04e2-104)',
    ]);
  });

  it('reports an escaped bracket and the imbalance it leaves (ar-SA file)', () => {
    expect(report('ar-SA/Boards/card-labels.md')).toEqual([
      '33:1 Unbalanced brackets in 5e7d1-107: 1 more `[` than `]`; the source balances',
      '33:72 Escaped `\\]`: the bracket no longer opens or closes a link (5e7d1-107)',
    ]);
  });

  it('counts a bracket after an even run of backslashes, and not after an odd one', () => {
    const unit = (translation: string, source: string) =>
      `<span data-ttu-id="7c2e4-101">${translation}</span><span class="sxs-lookup"><span data-stu-id="7c2e4-101">${source}</span></span>\n`;
    const unbalanced = (translation: string) => run(linkSyntax, docOf(unit(translation, 'See [docs](a.md).'))).filter((f) => f.message.startsWith('Unbalanced'));
    expect(unbalanced('参阅 \\\\[文档](a.md)。')).toEqual([]); // `\\[`: the backslash is escaped, the bracket is not
    expect(unbalanced('参阅 \\[文档](a.md)。')).toHaveLength(1); // `\[`: escaped, so one `]` too many
    expect(unbalanced('参阅 \\\\\\[文档](a.md)。')).toHaveLength(1);
  });
});
