import { describe, expect, it } from 'vitest';
import { frontMatterUnknownKey } from '../../src/rules/front-matter-unknown-key.js';
import { applyEdits } from './fix-edits.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('front-matter-unknown-key', () => {
  it('passes known keys', () => {
    expect(run(frontMatterUnknownKey, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('suggests the key a misspelling meant, even when every locale copied it', () => {
    const de = articleDoc('de-DE/Boards/daily-email-digest.md');
    const ru = articleDoc('ru-RU/Boards/daily-email-digest.md');
    const findings = run(frontMatterUnknownKey, de, { siblings: () => [ru] });
    expect(at(findings)).toEqual(['13:1']);
    expect(findings[0]!.message).toBe('Unknown front-matter key `ms,.custom` (did you mean `ms.custom`?); every locale of the article has it, so the fix belongs in the source');
    expect(findings[0]!.severity).toBe('warning');
    // The file has `ms.custom` too, on the next line: renamed, the key would be there twice.
    expect(findings[0]!.fix).toBeUndefined();
    const alone = docOf(edit(articleText('de-DE/Boards/daily-email-digest.md'), 'ms.custom:', 'ms.reviewer:'), de.path);
    const renamed = run(frontMatterUnknownKey, alone, { siblings: () => [ru] });
    expect(renamed[0]!.fix?.edits).toEqual([{ start: alone.text.indexOf('ms,.custom'), end: alone.text.indexOf('ms,.custom') + 10, text: 'ms.custom' }]);
    const dash = run(frontMatterUnknownKey, articleDoc('de-DE/Boards/board-templates.md'));
    expect(dash.map((f) => f.message)).toEqual(['Unknown front-matter key `ms-custom` (did you mean `ms.custom`?): the other locales do not have it']);
  });

  it('suggests the key under pasted text', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ms.custom:', 'munlocking-an-account s.custom:');
    expect(run(frontMatterUnknownKey, docOf(text)).map((f) => f.message)).toEqual([
      'Unknown front-matter key `munlocking-an-account s.custom` (did you mean `ms.custom`?): the other locales do not have it',
    ]);
  });

  it("accepts a configured key, and reports an unconfigured one once per article when every locale shares it", () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ROBOTS:', 'product_family: teams\nROBOTS:');
    const sibling = docOf(edit(articleText('ja-JP/Boards/archive-a-board.md'), 'ROBOTS:', 'product_family: teams\nROBOTS:'), 'docs/ja-JP/article.md');
    expect(run(frontMatterUnknownKey, docOf(text), { siblings: () => [sibling], options: { 'known-keys': ['product_family'] } })).toEqual([]);
    expect(run(frontMatterUnknownKey, docOf(text), { siblings: () => [sibling] })).toEqual([]); // reported on docs/ja-JP
    expect(run(frontMatterUnknownKey, sibling, { siblings: () => [docOf(text)] }).map((f) => `${f.severity} ${f.message}`)).toEqual([
      'warning Unknown front-matter key `product_family`; every locale of the article has it, so the fix belongs in the source',
    ]);
    const alone = run(frontMatterUnknownKey, docOf(text));
    expect(at(alone)).toEqual(['10:1']);
    expect(alone[0]!.message).toBe('Unknown front-matter key `product_family`: the other locales do not have it');
  });

  it('renames a misspelt key to the one key it can mean, and only then', () => {
    const doc = articleDoc('de-DE/Boards/board-templates.md');
    const findings = run(frontMatterUnknownKey, doc);
    expect(findings[0]!.fix).toEqual({ description: 'rename the key to `ms.custom`', edits: [{ start: doc.text.indexOf('ms-custom'), end: doc.text.indexOf('ms-custom') + 9, text: 'ms.custom' }] });
    const fixed = applyEdits(doc.text, findings[0]!.fix!.edits);
    expect(run(frontMatterUnknownKey, docOf(fixed, doc.path))).toEqual([]);
    const pasted = run(frontMatterUnknownKey, docOf(edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ms.custom:', 'munlocking-an-account s.custom:')));
    expect(pasted[0]!.fix?.edits[0]!.text).toBe('ms.custom');
    // `f1-keywords` reads as both `f1.keywords` and `f1_keywords`: a hint may name one, a fix may not choose.
    const both = run(frontMatterUnknownKey, docOf(edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ROBOTS:', 'f1-keywords: a\nROBOTS:')));
    expect(both.map((f) => [f.message.includes('did you mean'), f.fix])).toEqual([[true, undefined]]);
    // Renaming onto a key the file has would repeat it, which YAML refuses.
    const twice = run(frontMatterUnknownKey, docOf(edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ROBOTS:', 'ms.autor: x\nROBOTS:')));
    expect(twice.map((f) => [f.message, f.fix])).toEqual([['Unknown front-matter key `ms.autor` (did you mean `ms.author`?): the other locales do not have it', undefined]]);
  });
});
