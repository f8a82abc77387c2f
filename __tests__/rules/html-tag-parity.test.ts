import { describe, expect, it } from 'vitest';
import { htmlTagParity } from '../../src/rules/html-tag-parity.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const PATH = 'articles/ru-RU/Boards/board-markup.md';

/** One unit, as the side-by-side files write it. */
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>\n`;

describe('html-tag-parity', () => {
  it('reports a tag name or attribute translated, a placeholder in tag form translated, tags lost and a tag gained (ru-RU file)', () => {
    expect(shown(run(htmlTagParity, articleDoc('ru-RU/Boards/board-markup.md')))).toEqual([
      '31:48 `<domain>` in the source of c3d91-106 is `<домен>` here (in the source, HTML reads `<domain>` as a tag and shows nothing)',
      '33:39 `<kbd>` in the source of c3d91-107 is `<клавиша>` here',
      '33:54 `</kbd>` in the source of c3d91-107 is `</клавиша>` here',
      '33:87 `<font color="red">` in the source of c3d91-107 is `<font цвет="red">` here',
      '35:62 `<c0>` in the translation of c3d91-108 is not in its source unit',
      '37:1 Tags `<sup>`, `</sup>` of the source of c3d91-109 are missing from the translation',
    ]);
  });

  it('reads code spans where Markdown reads them: in an HTML block, backticks are text and a tag between them is a tag', () => {
    const lost = unit('c3d91-201', 'Drücken Sie `Enter`.', 'Press `<br>` Enter.');
    expect(run(htmlTagParity, docOf(lost, PATH))).toEqual([]);
    expect(shown(run(htmlTagParity, docOf(`<div>\n${lost}</div>\n`, PATH)))).toEqual(['2:1 Tag `<br>` of the source of c3d91-201 is missing from the translation']);
  });

  it('restores translated markup, and leaves a placeholder in tag form alone (restoring it would hide it as the source does)', () => {
    const doc = articleDoc('ru-RU/Boards/board-markup.md');
    const findings = run(htmlTagParity, doc);
    expect(findings.map((f) => f.fix !== undefined)).toEqual([false, true, true, true, false, false]);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toContain('Нажмите <kbd>Ctrl+B</kbd>, чтобы выделить текст <font color="red">красным</font>.');
    expect(run(htmlTagParity, docOf(fixed, PATH)).map((f) => f.line)).toEqual([31, 35, 37]);
  });

  it('passes kept tags written another way, translated alt and title, code spans and an escaped placeholder', () => {
    // Units 103 (`<sup>`), 104 (`<br />` for `<br/>`), 105 (`<img>` alt and title translated) and 110
    // (`` `<b>` `` in code; the source's `\<department name>` is text, whose translation is placeholder-parity's).
    const reported = run(htmlTagParity, articleDoc('ru-RU/Boards/board-markup.md')).map((f) => f.line);
    for (const line of [25, 27, 29, 39]) expect(reported).not.toContain(line);
    // The `src` of an `<img>` is image-parity's to compare.
    const otherSrc = edit(articleText('ru-RU/Boards/board-markup.md'), 'src="media/card-badge.png" alt="Значок', 'src="media/значок.png" alt="Значок');
    expect(run(htmlTagParity, docOf(otherSrc, PATH)).map((f) => f.line)).not.toContain(29);
    const otherClass = edit(articleText('ru-RU/Boards/board-markup.md'), '<br />', '<br class="wide">');
    expect(shown(run(htmlTagParity, docOf(otherClass, PATH)))[0]).toBe('27:44 `<br/>` in the source of c3d91-104 is `<br class="wide">` here');
  });

  it('reports a tag name translated into Japanese, and text shaped like a tag that the source does not have as a tag', () => {
    const translated = unit('44d61-110', '「<トピック> に関する会話」を検索します。', 'Search for "conversations about <topic>".');
    expect(shown(run(htmlTagParity, docOf(translated, 'articles/ja-JP/Boards/search.md')))).toEqual([
      '1:32 `<topic>` in the source of 44d61-110 is `<トピック>` here (in the source, HTML reads `<topic>` as a tag and shows nothing)',
    ]);
    // `< topic >` is no tag (a space after `<`): text in both, left to placeholder-parity.
    const spaced = unit('44d61-110', '「<トピック> に関する会話」を検索します。', 'Search for "conversations about < topic >".');
    expect(run(htmlTagParity, docOf(spaced, 'articles/ja-JP/Boards/search.md'))).toEqual([]);
  });

  it('passes right-to-left text that keeps its tags, and reports one that lost its line break', () => {
    const kept = unit('9c4a0-106', 'يمكن أن تحتوي اللوحة على 500 بطاقة<sup>1</sup>.<br/>لكل عمود.', 'A board holds 500 cards<sup>1</sup>.<br/>Per column.');
    expect(run(htmlTagParity, docOf(kept, 'articles/ar-SA/Boards/cards.md'))).toEqual([]);
    const lost = unit('9c4a0-106', 'يمكن أن تحتوي اللوحة على 500 بطاقة<sup>1</sup>. لكل عمود.', 'A board holds 500 cards<sup>1</sup>.<br/>Per column.');
    expect(shown(run(htmlTagParity, docOf(lost, 'articles/ar-SA/Boards/cards.md')))).toEqual([
      '1:1 Tag `<br/>` of the source of 9c4a0-106 is missing from the translation',
    ]);
  });

  // A timeout, not a stopwatch, is the bound: quadratic work on this unit would not end within it.
  it('reads a unit of 50,000 unclosed `<b` and unpaired backtick runs of every length in linear time', { timeout: 60_000 }, () => {
    const runs = Array.from({ length: 300 }, (_, i) => '`'.repeat(i + 1)).join(' x ');
    const hostile = unit('9c4a0-107', '<b '.repeat(50_000) + runs, '<b>x</b>');
    const findings = run(htmlTagParity, docOf(hostile, 'articles/ar-SA/Boards/cards.md'));
    expect(findings.map((f) => f.message)).toEqual(['Tags `<b>`, `</b>` of the source of 9c4a0-107 are missing from the translation']);
  });
});
