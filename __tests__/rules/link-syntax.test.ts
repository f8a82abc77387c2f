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
      '28:62 Space between `]` and `(` where the source has `](`: the link is not rendered (b7c35-104)',
    ]);
  });

  it('reports translated text used as a target (ja-JP file)', () => {
    expect(report('ja-JP/Boards/recording-policy.md')).toEqual([
      '25:248 Link target `録画 を 許可する` holds spaces (translated text?): the link is not rendered (d04e2-104)',
    ]);
  });

  it('reports an escaped bracket where the source joins a link, and not the imbalance it leaves (ar-SA file)', () => {
    expect(report('ar-SA/Boards/card-labels.md')).toEqual([
      '33:72 Escaped `\\]` before `(` where the source has `](`: the link is not rendered (5e7d1-107)',
    ]);
  });

  it('counts a bracket after an even run of backslashes, and not after an odd one', () => {
    const unit = (translation: string, source: string) =>
      `<span data-ttu-id="7c2e4-101">${translation}</span><span class="sxs-lookup"><span data-stu-id="7c2e4-101">${source}</span></span>\n`;
    const escaped = (translation: string) => run(linkSyntax, docOf(unit(translation, 'See [docs](a.md).'))).map((f) => f.message.slice(0, 12));
    expect(escaped('参阅 \\\\[文档](a.md)。')).toEqual([]); // `\\[`: the backslash is escaped, the bracket is not
    expect(escaped('参阅 \\[文档](a.md)。')).toEqual(['Escaped `\\[`']); // `\[`: escaped, so the link is lost
    expect(escaped('参阅 \\\\\\[文档](a.md)。')).toEqual(['Escaped `\\[`']);
  });
});
