import { describe, expect, it } from 'vitest';
import { linkSyntax } from '../../src/rules/link-syntax.js';
import { applyEdits } from './fix-edits.js';
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

  it('joins `] (` and `\\](` back to `](` when the parenthesis holds the source link\'s target, and the finding is gone', () => {
    for (const path of ['zh-CN/Boards/storage-quota.md', 'ar-SA/Boards/card-labels.md']) {
      const doc = articleDoc(path);
      const findings = run(linkSyntax, doc);
      expect(findings).toHaveLength(1);
      const fixed = applyEdits(doc.text, findings[0]!.fix!.edits);
      expect(run(linkSyntax, docOf(fixed, doc.path))).toEqual([]);
      expect(fixed.length).toBe(doc.text.length - 1); // the space, or the backslash
    }
    expect(applyEdits(articleDoc('ar-SA/Boards/card-labels.md').text, run(linkSyntax, articleDoc('ar-SA/Boards/card-labels.md'))[0]!.fix!.edits)).toContain(
      '[إدارة التسميات.](https://docs.example.com/fabrikam/boards/labels)',
    );
  });

  const unit = (translation: string, source: string) =>
    `<span data-ttu-id="7c2e4-101">${translation}</span><span class="sxs-lookup"><span data-stu-id="7c2e4-101">${source}</span></span>\n`;

  it('joins a `] ( ` whose link opens in an earlier unit, as the source unit writes its `](`', () => {
    const doc = docOf(unit('转到 **设置** > **存储**] ( https://boards.example.com/storage)。', 'Go to **Settings** > **Storage**](https://boards.example.com/storage).'));
    const [finding] = run(linkSyntax, doc);
    expect(applyEdits(doc.text, finding!.fix!.edits)).toContain('**存储**](https://boards.example.com/storage)。');
  });

  it('offers no join when the parenthesis holds another target, or a `\\]` has no `[` to close', () => {
    const other = run(linkSyntax, docOf(unit('参阅 [文档] (b.md)。', 'See [docs](a.md).')));
    expect(other.map((f) => [f.message.slice(0, 30), f.fix])).toEqual([['Space between `]` and `(` wher', undefined]]);
    const unopened = run(linkSyntax, docOf(unit('参阅 文档\\](a.md)。', 'See [docs](a.md).')));
    expect(unopened.map((f) => [f.message.slice(0, 20), f.fix])).toEqual([['Escaped `\\]` before ', undefined]]);
  });

  it('unescapes brackets when, unescaped, they pair up as the source\'s do', () => {
    const doc = docOf(unit('参阅 \\[文档](a.md) 和 \\[用户名\\]。', 'See [docs](a.md) and [User name].'));
    const findings = run(linkSyntax, doc);
    expect(findings.map((f) => f.fix?.description)).toEqual([
      'remove the backslash before `[`, which the source does not escape',
      'remove the backslash before `[`, which the source does not escape',
      'remove the backslash before `]`, which the source does not escape',
    ]);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix!.edits));
    expect(fixed).toContain('参阅 [文档](a.md) 和 [用户名]。');
    expect(run(linkSyntax, docOf(fixed))).toEqual([]);
    // The source escapes its own: which of the translation's escapes to keep is a guess.
    const sourceEscapes = run(linkSyntax, docOf(unit('参阅 \\[文档](a.md) 和 \\[用户名\\]。', 'See [docs](a.md) and \\[User name\\].')));
    expect(sourceEscapes.every((f) => f.fix === undefined)).toBe(true);
  });
});
