import { describe, expect, it } from 'vitest';
import { linkParity } from '../../src/rules/link-parity.js';
import { corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('link-parity', () => {
  it('passes units whose translation links where the source does, even with its own locale in the URL', () => {
    expect(run(linkParity, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
    const localized = edit(
      corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'),
      '](https://docs.microsoft.com/azure/active-directory/hybrid/how-to-connect-group-writeback#enable-group-writeback) 中列出',
      '](https://docs.microsoft.com/zh-cn/azure/active-directory/hybrid/how-to-connect-group-writeback#Enable-Group-Writeback) 中列出',
    );
    expect(run(linkParity, docOf(localized))).toEqual([]);
  });

  it('reports a target replaced by translated text (real ja-JP file)', () => {
    const findings = run(linkParity, corpusDoc('alchemy/ja-JP/AlchemyInsights/action-pack-licenses.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '28:59 Link target changed in 47b9e-105: the source links to `https://aka.ms/MPNActionPackExisting`, the translation to `既にパートナーですか?`',
    ]);
  });

  it('reports a link lost in translation at the unit (real ja-JP file)', () => {
    const findings = run(linkParity, corpusDoc('alchemy/ja-JP/AlchemyInsights/change-exchange-online-plans.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '26:177 Link to `https://go.microsoft.com/fwlink/p/?linkid=868433` in the source of 0c73f-106 is missing from the translation',
    ]);
  });

  it('reports an extra link at the link', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), '组写回使客户', '[组写回](https://example.com/x)使客户');
    const findings = run(linkParity, docOf(text));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '25:31 Extra link to `https://example.com/x` in 581fd-103: the source has no such link',
    ]);
  });
});
