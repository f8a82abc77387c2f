import { describe, expect, it } from 'vitest';
import { corpusText, lintTree, tree } from '../helpers.js';

const only = ['relative-link-missing'];
const scrollBar = corpusText('alchemy/ar-SA/AlchemyInsights/cannot-see-the-scroll-bar.md');
const at = async (root: string, paths?: string[]) => (await lintTree(root, paths, only)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);

describe('relative-link-missing', () => {
  it('passes a link whose file exists with the same case', async () => {
    const root = tree({ 'ar-SA/scroll.md': scrollBar, 'ar-SA/media/16353_mouse_over_inbox_scrollbar-225x292.gif': '' });
    expect(await at(root)).toEqual([]);
  });

  it('reports a case mismatch with the name on disk (real ar-SA file and its real media name)', async () => {
    const root = tree({ 'ar-SA/scroll.md': scrollBar, 'ar-SA/media/16353_Mouse_over_inbox_scrollbar-225x292.gif': '' });
    expect(await at(root)).toEqual([
      'ar-SA/scroll.md:26:49 error `media/16353_mouse_over_inbox_scrollbar-225x292.gif` differs in case from the file on disk (`media/16353_Mouse_over_inbox_scrollbar-225x292.gif`): it breaks on case-sensitive hosts',
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
