import { describe, expect, it } from 'vitest';
import { linkParity } from '../../src/rules/link-parity.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('link-parity', () => {
  it('passes units whose translation links where the source does, even with its own locale in the URL', () => {
    expect(run(linkParity, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
    const localized = edit(
      articleText('zh-CN/Boards/archive-a-board.md'),
      '](https://docs.example.com/fabrikam/boards/archive#archive-a-board) 中的步骤',
      '](https://docs.example.com/zh-cn/fabrikam/boards/archive#Archive-A-Board) 中的步骤',
    );
    expect(run(linkParity, docOf(localized))).toEqual([]);
  });

  it('reports a target replaced by translated text (ja-JP file)', () => {
    const findings = run(linkParity, articleDoc('ja-JP/Boards/guest-access.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '27:50 Link target changed in 2ad96-104: the source links to `https://docs.example.com/fabrikam/boards/invite`, the translation to `ユーザーを招待`',
    ]);
  });

  it('reports a link lost in translation at the unit (ja-JP file)', () => {
    const findings = run(linkParity, articleDoc('ja-JP/Boards/upgrade-a-plan.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '25:152 Link to `https://billing.example.com/fabrikam/change-plan` in the source of 6f0b8-104 is missing from the translation',
    ]);
  });

  it('reports an extra link at the link', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), '归档看板会保留', '[归档看板](https://example.com/x)会保留');
    const findings = run(linkParity, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '25:31 Extra link to `https://example.com/x` in 7c2e4-103: the source has no such link',
    ]);
  });

  it("restores a changed target from the source unit when one link changed, and the finding is gone", () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), '](https://docs.example.com/fabrikam/boards/archive#restore-a-board) 中的步骤', '](还原看板) 中的步骤');
    const findings = run(linkParity, docOf(text));
    expect(findings[0]!.fix?.description).toBe('restore the target `https://docs.example.com/fabrikam/boards/archive#restore-a-board` from the source unit');
    const fixed = applyEdits(text, findings[0]!.fix!.edits);
    expect(fixed).toBe(articleText('zh-CN/Boards/archive-a-board.md'));
    expect(run(linkParity, docOf(fixed))).toEqual([]);
  });

  it('offers no target when the source URL already stands in the unit, or when two links changed', () => {
    expect(run(linkParity, articleDoc('ja-JP/Boards/guest-access.md')).map((f) => f.fix)).toEqual([undefined]);
    const unit = '<span data-ttu-id="7c2e4-101">[甲](x.md) [乙](y.md)</span><span class="sxs-lookup"><span data-stu-id="7c2e4-101">[A](a.md) [B](b.md)</span></span>\n';
    expect(run(linkParity, docOf(unit)).map((f) => f.fix)).toEqual([undefined, undefined]);
  });
});
