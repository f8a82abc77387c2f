import { describe, expect, it } from 'vitest';
import { corpusText, edit, lintTree, tree } from '../helpers.js';

const only = ['fragment-missing'];

describe('fragment-missing', () => {
  it('passes fragments that name anchors and headings, here and in linked files', async () => {
    const zh = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    const root = tree({
      'zh-CN/group-writeback.md': zh,
      'zh-CN/other.md': '# Other\n\n[back](group-writeback.md#GROUP-WRITEBACK) [self](#other)\n',
    });
    expect((await lintTree(root, ['.'], only))).toEqual([]);
  });

  it('reports a fragment with a space, with the anchor it meant (real English source)', async () => {
    const root = tree({ 'en-US/pps.md': corpusText('enterprise/en-US/Enterprise/pps-2007-end-of-support.md') });
    const findings = (await lintTree(root, ['.'], only));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '75:11 No anchor `#use-power-bi-in-the-cloud-or on-premises` in this file (a target with a space is not rendered as a link); did you mean `#use-power-bi-in-the-cloud-or-on-premises`?',
    ]);
  });

  it('reports a fragment missing in the linked file, and looks in the source when the file is not translated', async () => {
    const zh = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    const root = tree({
      'zh-CN/a.md': '# A\n\n[x](group-writeback.md#group-writebak) [y](only-english.md#setup) [z](only-english.md#nothing)\n',
      'zh-CN/group-writeback.md': zh,
      'en-US/only-english.md': '# Title\n\n## Setup\n',
    });
    const findings = (await lintTree(root, ['zh-CN/a.md'], only));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 No anchor `#group-writebak` in `group-writeback.md`; did you mean `#group-writeback`?',
      '3:67 No anchor `#nothing` in `only-english.md`',
    ]);
  });

  it('takes a heading id from the translated text, not the hidden source copy', async () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), '# <a name="group-writeback"></a>', '# ');
    const root = tree({ 'zh-CN/a.md': `${text}\n\n[t](#组写回) [u](#group-writeback)\n` });
    expect((await lintTree(root, ['.'], only)).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['31:11 No anchor `#group-writeback` in this file']);
  });
});
