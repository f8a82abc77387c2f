import { describe, expect, it } from 'vitest';
import { frontMatterLocale } from '../../src/rules/front-matter-locale.js';
import { applyEdits } from './fix-edits.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('front-matter-locale', () => {
  it('passes when ms.contentlocale names the folder, in any case', () => {
    expect(run(frontMatterLocale, articleDoc('ja-JP/Boards/archive-a-board.md'))).toEqual([]);
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    expect(run(frontMatterLocale, docOf(text, 'docs/zh-cn/archive-a-board.md'))).toEqual([]);
  });

  it('reports a file copied into another locale folder', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    const findings = run(frontMatterLocale, docOf(text, 'Boards-pr/de-DE/Boards/archive-a-board.md'));
    expect(at(findings)).toEqual(['19:19']);
    expect(findings[0]!.message).toBe('`ms.contentlocale` is `zh-CN` but the file is in the de-DE folder');
  });

  it('says nothing when the path holds no locale', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    expect(run(frontMatterLocale, docOf(text, 'docs/go-to/archive-a-board.md'))).toEqual([]);
  });

  it("fixes the value to the folder's locale, in the tag's case and the value's quotes", () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ms.contentlocale: zh-CN', 'ms.contentlocale: "ja-JP"');
    const doc = docOf(text, 'docs/zh-cn/archive-a-board.md');
    const findings = run(frontMatterLocale, doc);
    expect(findings[0]!.fix?.description).toBe("write the folder's locale, `zh-CN`");
    const fixed = applyEdits(text, findings[0]!.fix!.edits);
    expect(fixed).toContain('ms.contentlocale: "zh-CN"\n');
    expect(run(frontMatterLocale, docOf(fixed, 'docs/zh-cn/archive-a-board.md'))).toEqual([]);
  });
});
