import { describe, expect, it } from 'vitest';
import { segmentEmpty } from '../../src/rules/segment-empty.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('segment-empty', () => {
  it('passes translated units with text', () => {
    expect(run(segmentEmpty, articleDoc('zh-CN/Boards/board-import-errors.md'))).toEqual([]);
  });

  it('reports an emptied translation whose source has text', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), '归档项目看板</span>', ' </span>');
    const findings = run(segmentEmpty, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual([
      '23:41-79 Translated unit 7c2e4-102 is empty but its source has text',
    ]);
  });

  it('passes an empty unit whose source is empty too', () => {
    const both = '<span data-ttu-id="1a2b3-102"> </span><span class="sxs-lookup"><span data-stu-id="1a2b3-102"><br/></span></span>';
    expect(run(segmentEmpty, docOf(both))).toEqual([]);
  });

  it('reads past tags for the text: a unit that opens with a tag is empty only when no text follows', () => {
    const unit = (translation: string) => `<span data-ttu-id="1a2b3-102">${translation}</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">Source</span></span>`;
    expect(run(segmentEmpty, docOf(unit('<b>译文</b>')))).toEqual([]);
    expect(run(segmentEmpty, docOf(unit(' <b> </b><br/>')))).toHaveLength(1);
  });
});
