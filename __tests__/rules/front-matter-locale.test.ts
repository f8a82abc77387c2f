import { describe, expect, it } from 'vitest';
import { frontMatterLocale } from '../../src/rules/front-matter-locale.js';
import { at, corpusDoc, corpusText, docOf, run } from '../helpers.js';

describe('front-matter-locale', () => {
  it('passes when ms.contentlocale names the folder, in any case', () => {
    expect(run(frontMatterLocale, corpusDoc('alchemy/ja-JP/AlchemyInsights/group-writeback.md'))).toEqual([]);
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    expect(run(frontMatterLocale, docOf(text, 'docs/zh-cn/group-writeback.md'))).toEqual([]);
  });

  it('reports a file copied into another locale folder', () => {
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    const findings = run(frontMatterLocale, docOf(text, 'AlchemyInsights-pr/de-DE/AlchemyInsights/group-writeback.md'));
    expect(at(findings)).toEqual(['19:19']);
    expect(findings[0]!.message).toBe('`ms.contentlocale` is `zh-CN` but the file is in the de-DE folder');
  });

  it('says nothing when the path holds no locale', () => {
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    expect(run(frontMatterLocale, docOf(text, 'docs/go-to/group-writeback.md'))).toEqual([]);
  });
});
