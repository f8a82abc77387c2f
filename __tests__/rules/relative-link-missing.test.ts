import { describe, expect, it } from 'vitest';
import { articleText, lintTree, tree } from '../helpers.js';

const only = ['relative-link-missing'];
const scrollBoard = articleText('ar-SA/Boards/scroll-the-board.md');
const at = async (root: string, paths?: string[]) => (await lintTree(root, paths, only)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);

describe('relative-link-missing', () => {
  it('passes a link whose file exists with the same case', async () => {
    const root = tree({ 'ar-SA/scroll.md': scrollBoard, 'ar-SA/media/board_scrollbar_Hover-320x120.png': '' });
    expect(await at(root)).toEqual([]);
  });

  it('reports a case mismatch with the name on disk (ar-SA file)', async () => {
    const root = tree({ 'ar-SA/scroll.md': scrollBoard, 'ar-SA/media/board_scrollbar_hover-320x120.png': '' });
    expect(await at(root)).toEqual([
      'ar-SA/scroll.md:27:17 error `media/board_scrollbar_Hover-320x120.png` differs in case from the file on disk (`media/board_scrollbar_hover-320x120.png`): it breaks on case-sensitive hosts',
    ]);
  });

  it('reports a missing file with a did-you-mean, and a file only the source locale has at the fallback level', async () => {
    const root = tree({
      'zh-CN/a.md': '# A\n\n[one](c.mdx) [two](includes/c.md) [!INCLUDE [three](includes/gone.md)]\n',
      'zh-CN/c.md': '# C\n',
      'en-US/includes/c.md': '# C\n',
    });
    expect(await at(root, ['zh-CN/a.md'])).toEqual([
      'zh-CN/a.md:3:7 error `c.mdx` does not exist; did you mean `c.md`?',
      'zh-CN/a.md:3:20 info `includes/c.md` exists only in the source locale (en-US); readers get the untranslated file',
      'zh-CN/a.md:3:53 error `includes/gone.md` does not exist',
    ]);
  });
});
