import { describe, expect, it } from 'vitest';
import { anchorDuplicate } from '../../src/rules/anchor-duplicate.js';
import { articleDoc, docOf, run } from '../helpers.js';

describe('anchor-duplicate', () => {
  it('passes unique anchors', () => {
    expect(run(anchorDuplicate, articleDoc('zh-CN/Boards/board-regions.md'))).toEqual([]);
  });

  it('reports an anchor repeated from repeated heading text (ar-SA, right to left)', () => {
    const findings = run(anchorDuplicate, articleDoc('ar-SA/Boards/card-labels.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '31:4 Anchor `card-labels` is already defined on line 23: links to it reach only the first',
    ]);
  });

  // The localization pipeline copies the source's anchors into every locale: one root cause, one finding.
  const source = docOf(
    '# Encryption\n\n<a name="importTPDs"> </a>\n\nStep one.\n\n<a name="importTPDs"> </a>\n\nStep two.\n',
    'en-US/Boards/encryption.md',
  );
  const unit = (id: number, text: string, sourceText: string) =>
    `<span data-ttu-id="20f63-${id}">${text}</span><span class="sxs-lookup"><span data-stu-id="20f63-${id}">${sourceText}</span></span>`;
  const translation = docOf(
    `# 加密\n\n${unit(161, '<a name="importTPDs"> </a>', '')}\n\n${unit(162, '步驟一。', 'Step one.')}\n\n${unit(166, '<a name="importTPDs"> </a>', '')}\n\n${unit(167, '步驟二。', 'Step two.')}\n`,
    'zh-TW/Boards/encryption.md',
  );

  it('reports a duplicate the source has too on the source only', () => {
    expect(run(anchorDuplicate, translation, { source: () => source })).toEqual([]);
    expect(run(anchorDuplicate, source, { localized: false }).map((f) => f.line)).toEqual([7]);
  });

  it('reports a duplicate the translation introduced', () => {
    const uniqueSource = docOf(source.text.replace('<a name="importTPDs"> </a>\n\nStep two.', '<a name="exportTPDs"> </a>\n\nStep two.'), source.path);
    expect(run(anchorDuplicate, translation, { source: () => uniqueSource }).map((f) => `${f.line} ${f.message}`)).toEqual([
      '7 Anchor `importTPDs` is already defined on line 3: links to it reach only the first',
    ]);
  });
});
