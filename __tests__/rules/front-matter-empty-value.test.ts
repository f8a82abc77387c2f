import { describe, expect, it } from 'vitest';
import { frontMatterEmptyValue } from '../../src/rules/front-matter-empty-value.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('front-matter-empty-value', () => {
  it('passes when every key has a value', () => {
    expect(run(frontMatterEmptyValue, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it("warns on `''` and on a key with nothing after it (a mistyped key in de-DE; a value removed)", () => {
    const quoted = run(frontMatterEmptyValue, articleDoc('de-DE/Boards/daily-email-digest.md'));
    expect(quoted.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([[13, 1, 'warning', '`ms,.custom` has an empty value']]);
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    const bare = run(frontMatterEmptyValue, docOf(edit(text, 'ms.collection: Boards_Admin', 'ms.collection:')));
    expect(at(bare)).toEqual(['12:1']);
  });
});
