import { describe, expect, it } from 'vitest';
import { frontMatterEmptyValue } from '../../src/rules/front-matter-empty-value.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('front-matter-empty-value', () => {
  it('passes when every key has a value', () => {
    expect(run(frontMatterEmptyValue, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it("warns on `''` and on a key with nothing after it (real files)", () => {
    const quoted = run(frontMatterEmptyValue, corpusDoc('alchemy/de-DE/AlchemyInsights/not-receiving-email-in-outlook-com.md'));
    expect(quoted.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([[12, 1, 'warning', '`ms,.custom` has an empty value']]);
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    const bare = run(frontMatterEmptyValue, docOf(edit(text, 'ms.collection: Adm_O365', 'ms.collection:')));
    expect(at(bare)).toEqual(['12:1']);
  });
});
