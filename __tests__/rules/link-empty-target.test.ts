import { describe, expect, it } from 'vitest';
import { linkEmptyTarget } from '../../src/rules/link-empty-target.js';
import { linkParity } from '../../src/rules/link-parity.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('link-empty-target', () => {
  it('passes links with targets', () => {
    expect(run(linkEmptyTarget, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports `[text]()` once, in the translation and not again in its hidden source (de-DE file)', () => {
    const findings = run(linkEmptyTarget, articleDoc('de-DE/Boards/board-templates.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['25:111 Link `[Erstellen]()` has an empty target']);
  });

  const DE = 'articles/de-DE/Boards/board-templates.md';
  const deText = articleText('de-DE/Boards/board-templates.md');
  /** The article in another locale, whose translation gives the link `target`. */
  const sibling = (locale: string, target: string) => docOf(edit(deText, '[Erstellen]()', `[Créer](${target})`), `articles/${locale}/Boards/board-templates.md`);

  it('fills the target in from the other locales when they agree, and the finding is gone', () => {
    const doc = articleDoc('de-DE/Boards/board-templates.md');
    const siblings = [sibling('fr-FR', 'https://docs.example.com/fabrikam/boards/templates'), sibling('ja-JP', 'https://docs.example.com/fabrikam/boards/templates')];
    const [finding] = run(linkEmptyTarget, doc, { siblings: () => siblings });
    expect(finding!.fix?.description).toBe("fill in `https://docs.example.com/fabrikam/boards/templates` from the other locales, here and in the unit's source copy");
    const fixed = applyEdits(doc.text, finding!.fix!.edits);
    expect(fixed).toContain('[Erstellen](https://docs.example.com/fabrikam/boards/templates) und');
    // The source copy lost the target alike: filled too, so that link-parity finds the unit's sides alike.
    expect(fixed).toContain('[Create and share board templates](https://docs.example.com/fabrikam/boards/templates) or');
    expect(run(linkParity, docOf(fixed, DE))).toEqual([]);
    expect(run(linkEmptyTarget, docOf(fixed, DE), { siblings: () => siblings })).toEqual([]);
  });

  it('offers no target when the locales disagree, or none has one', () => {
    const doc = articleDoc('de-DE/Boards/board-templates.md');
    const split = [sibling('fr-FR', 'https://docs.example.com/fabrikam/boards/templates'), sibling('ja-JP', 'templates.md')];
    expect(run(linkEmptyTarget, doc, { siblings: () => split }).map((f) => f.fix)).toEqual([undefined]);
    expect(run(linkEmptyTarget, doc, { siblings: () => [docOf(deText, 'articles/fr-FR/Boards/board-templates.md')] }).map((f) => f.fix)).toEqual([undefined]);
  });

  it("fills the target in from the unit's own source", () => {
    const text = edit(deText, '[Create and share board templates]()', '[Create and share board templates](templates.md)');
    const [finding] = run(linkEmptyTarget, docOf(text, DE));
    expect(finding!.fix?.edits).toEqual([{ start: text.indexOf('[Erstellen]()') + 12, end: text.indexOf('[Erstellen]()') + 12, text: 'templates.md' }]);
    expect(run(linkEmptyTarget, docOf(applyEdits(text, finding!.fix!.edits), DE))).toEqual([]);
  });

  it("offers no target from a source unit whose links the translation reordered", () => {
    const unit =
      '<span data-ttu-id="014cd-105">参阅 [会议](https://example.com/meetings) 或 []()。</span><span class="sxs-lookup"><span data-stu-id="014cd-105">See [Create rooms]() or [Meetings](https://example.com/meetings).</span></span>\n';
    expect(run(linkEmptyTarget, docOf(unit, DE)).map((f) => f.fix)).toEqual([undefined]);
  });
});
