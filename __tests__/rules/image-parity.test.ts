import { describe, expect, it } from 'vitest';
import { imageParity } from '../../src/rules/image-parity.js';
import { linkParity } from '../../src/rules/link-parity.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);
const PATH = 'articles/zh-CN/Boards/board-icons.md';

describe('image-parity', () => {
  it('reports an image whose src changed, one lost in a scrambled unit and one the source lacks (zh-CN file)', () => {
    expect(shown(run(imageParity, articleDoc('zh-CN/Boards/board-icons.md')))).toEqual([
      '26:52 error Image `media/Boards-AddIcon.gif` in the source of b7e30-104 is `media/Boards-AddIcon-zh.gif` here',
      '27:4 error Image `media/Boards-RemoveIcon.gif` in the source of b7e30-105 is missing from the translation',
      '28:49 warning Image `media/Boards-RefreshIcon.gif` in the translation of b7e30-106 is not in its source unit',
      '32:46 error Image `media/swimlanes.png` in the source of b7e30-108 is `media/泳道.png` here',
    ]);
  });

  it("restores the source's src where one changed, and leaves the translated alt text and title", () => {
    const doc = articleDoc('zh-CN/Boards/board-icons.md');
    const findings = run(imageParity, doc);
    expect(findings.map((f) => f.fix !== undefined)).toEqual([true, false, false, true]);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toContain('![添加图标](media/Boards-AddIcon.gif "添加")');
    expect(fixed).toContain('<img src="media/swimlanes.png" alt="泳道">');
    expect(run(imageParity, docOf(fixed, PATH)).map((f) => f.line)).toEqual([27, 28]);
  });

  it('passes translated alt text and titles, `<img>` attributes other than src, and a URL carrying its own locale', () => {
    // Units 103 (alt), 107 (`<img>` alt and title) and 109 (`/zh-cn/` for `/en-us/`) are in the fixture and not reported above.
    const text = articleText('zh-CN/Boards/board-icons.md');
    const reported = run(imageParity, docOf(text, PATH)).map((f) => f.line);
    expect(reported).not.toContain(25);
    expect(reported).not.toContain(30);
    expect(reported).not.toContain(34);
    const otherIcon = edit(text, '![编辑图标](media/Boards-EditIcon.png)', '![编辑图标](media/Boards-EditIcon.svg)');
    expect(run(imageParity, docOf(otherIcon, PATH)).map((f) => f.line)).toEqual([25, 26, 27, 28, 32]);
  });

  it('passes right-to-left text whose image is kept, and reports one whose src changed', () => {
    const unit = (translation: string) =>
      `<span data-ttu-id="9c4a0-105">${translation}</span><span class="sxs-lookup"><span data-stu-id="9c4a0-105">Click **Edit** ![Edit icon](media/Boards-EditIcon.png).</span></span>\n`;
    const kept = unit('انقر فوق **تحرير** ![أيقونة التحرير](media/Boards-EditIcon.png).');
    expect(run(imageParity, docOf(kept, 'articles/ar-SA/Boards/edit.md'))).toEqual([]);
    const changed = unit('انقر فوق **تحرير** ![أيقونة التحرير](media/أيقونة.png).');
    expect(shown(run(imageParity, docOf(changed, 'articles/ar-SA/Boards/edit.md')))).toEqual([
      '1:68 error Image `media/Boards-EditIcon.png` in the source of 9c4a0-105 is `media/أيقونة.png` here',
    ]);
  });

  it('leaves an image lost by a broken `](` to link-syntax, and images to image-parity rather than link-parity', () => {
    const text = edit(articleText('zh-CN/Boards/board-icons.md'), '![编辑图标](media/Boards-EditIcon.png)', '![编辑图标] (media/Boards-EditIcon.png)');
    expect(run(imageParity, docOf(text, PATH)).map((f) => f.line)).toEqual([26, 27, 28, 32]);
    // The link of unit 109 is kept; its images are not link-parity's.
    expect(run(linkParity, articleDoc('zh-CN/Boards/board-icons.md'))).toEqual([]);
  });

  it('reports an image the translation made a link of once, here, and not again in link-parity', () => {
    const linked = edit(articleText('zh-CN/Boards/board-icons.md'), '![编辑图标](media/Boards-EditIcon.png)。', '[编辑图标](media/Boards-EditIcon.png)。');
    const findings = run(imageParity, docOf(linked, PATH));
    expect(shown(findings)[0]).toBe('25:4 error Image `media/Boards-EditIcon.png` in the source of b7e30-103 is a link to it in the translation, not an image');
    expect(run(linkParity, docOf(linked, PATH))).toEqual([]);
  });
});
