import { describe, expect, it } from 'vitest';
import { linkEmptyText } from '../../src/rules/link-empty-text.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, docOf, run } from '../helpers.js';

describe('link-empty-text', () => {
  it('passes links with text', () => {
    expect(run(linkEmptyText, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports a link whose text was emptied in translation (ar-SA file)', () => {
    const findings = run(linkEmptyText, articleDoc('ar-SA/Boards/scroll-the-board.md'));
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual([
      '29:116-177 Link to `https://docs.example.com/fabrikam/boards/collapse-columns` has no text; in the source it reads "collapse the columns"',
    ]);
  });

  it('restores the text from the source unit, and the finding is gone', () => {
    const doc = articleDoc('ar-SA/Boards/scroll-the-board.md');
    const [finding] = run(linkEmptyText, doc);
    expect(finding!.fix?.description).toBe('restore the link text "collapse the columns" from the source unit, in its language');
    const fixed = applyEdits(doc.text, finding!.fix!.edits);
    expect(fixed).toContain('التي لا تحتاج إليها. [collapse the columns](https://docs.example.com/fabrikam/boards/collapse-columns)</span>');
    expect(run(linkEmptyText, docOf(fixed, doc.path))).toEqual([]);
  });

  it('offers no text when the source links the target twice with different texts', () => {
    const unit = '<span data-ttu-id="7c2e4-101">参阅 [](a.md)。</span><span class="sxs-lookup"><span data-stu-id="7c2e4-101">See [docs](a.md) or [the docs](a.md).</span></span>\n';
    expect(run(linkEmptyText, docOf(unit)).map((f) => f.fix)).toEqual([undefined]);
  });
});
