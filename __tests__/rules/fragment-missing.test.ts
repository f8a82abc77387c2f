import { describe, expect, it } from 'vitest';
import { articleText, edit, lintTree, tree } from '../helpers.js';

const only = ['fragment-missing'];

describe('fragment-missing', () => {
  it('passes fragments that name anchors and headings, here and in linked files', async () => {
    const zh = articleText('zh-CN/Boards/archive-a-board.md');
    const root = tree({
      'zh-CN/archive-a-board.md': zh,
      'zh-CN/other.md': '# Other\n\n[back](archive-a-board.md#ARCHIVE-A-PROJECT-BOARD) [self](#other)\n',
    });
    expect((await lintTree(root, ['.'], only))).toEqual([]);
  });

  it('reports a fragment with a space, with the anchor it meant (English source)', async () => {
    const root = tree({ 'en-US/retire.md': articleText('en-US/Boards/retire-on-premises.md') });
    const findings = (await lintTree(root, ['.'], only));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '17:46 No anchor `#move-to-boards-in-the-cloud-or on-premises` in this file (a target with a space is not rendered as a link); did you mean `#move-to-boards-in-the-cloud-or-on-premises`?',
    ]);
  });

  it('reports a fragment missing in the linked file, and looks in the source when the file is not translated', async () => {
    const zh = articleText('zh-CN/Boards/archive-a-board.md');
    const root = tree({
      'zh-CN/a.md': '# A\n\n[x](archive-a-board.md#archive-a-project-bord) [y](only-english.md#setup) [z](only-english.md#nothing)\n',
      'zh-CN/archive-a-board.md': zh,
      'en-US/only-english.md': '# Title\n\n## Setup\n',
    });
    const findings = (await lintTree(root, ['zh-CN/a.md'], only));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 No anchor `#archive-a-project-bord` in `archive-a-board.md`; did you mean `#archive-a-project-board`?',
      '3:75 No anchor `#nothing` in `only-english.md`',
    ]);
  });

  it('takes a heading id from the translated text, not the hidden source copy', async () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), '# <a name="archive-a-project-board"></a>', '# ');
    const root = tree({ 'zh-CN/a.md': `${text}\n\n[t](#归档项目看板) [u](#archive-a-project-board)\n` });
    expect((await lintTree(root, ['.'], only)).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['31:14 No anchor `#archive-a-project-board` in this file']);
  });
});
