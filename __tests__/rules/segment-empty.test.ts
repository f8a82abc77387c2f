import { describe, expect, it } from 'vitest';
import { segmentEmpty } from '../../src/rules/segment-empty.js';
import { corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('segment-empty', () => {
  it('passes translated units with text', () => {
    expect(run(segmentEmpty, corpusDoc('alchemy/zh-CN/AlchemyInsights/error-code-0x15.md'))).toEqual([]);
  });

  it('reports an emptied translation whose source has text', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), '组写回</span>', ' </span>');
    const findings = run(segmentEmpty, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual([
      '23:33-71 Translated unit 581fd-102 is empty but its source has text',
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
