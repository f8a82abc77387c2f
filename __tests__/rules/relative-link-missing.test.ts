import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_TO_END, gitIn } from '../action-harness.js';
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

  // A docs repository checked out a few locales or folders at a time: git's index still holds the
  // rest of the commit (skip-worktree entries), and the publishing system builds from all of it.
  it('resolves links against the files a sparse checkout left out, and still reports what the commit lacks', END_TO_END, async () => {
    const unit = (id: number, zh: string, en: string) => `<span data-ttu-id="581fd-${id}">${zh}</span><span class="sxs-lookup"><span data-stu-id="581fd-${id}">${en}</span></span>`;
    const root = tree({
      'docs/zh-CN/share.md': `# ${unit(101, '共享看板', 'Share a board')}\n\n${unit(102, '请参阅[权限](boards/permissions.md)和[导出](Export-Board.md)。', 'See [Permissions](boards/permissions.md) and [Export](Export-Board.md).')} ${unit(103, '另见[归档](archive.md)。', 'See also [Archive](archive.md).')}\n`,
      'docs/zh-CN/boards/permissions.md': '# 权限\n',
      'docs/zh-CN/export-board.md': '# 导出\n',
    });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '.');
    gitIn(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'articles');
    const before = await at(root, ['docs/zh-CN/share.md']);
    expect(before).toEqual([
      'docs/zh-CN/share.md:3:67 error `Export-Board.md` differs in case from the file on disk (`export-board.md`): it breaks on case-sensitive hosts',
      'docs/zh-CN/share.md:3:269 error `archive.md` does not exist',
    ]);
    // The checkout leaves out the boards folder and the export article; the commit still has them.
    gitIn(root, 'sparse-checkout', 'set', '--no-cone', '/*', '!/docs/zh-CN/boards/', '!/docs/zh-CN/export-board.md');
    expect(gitIn(root, 'ls-files', '-t', 'docs/zh-CN').split('\n')).toEqual(['S docs/zh-CN/boards/permissions.md', 'S docs/zh-CN/export-board.md', 'H docs/zh-CN/share.md']);
    expect(await at(root, ['docs/zh-CN/share.md'])).toEqual(before);
    // Outside git, the same tree has nothing to resolve the left-out files against.
    rmSync(join(root, '.git'), { recursive: true });
    expect(await at(root, ['docs/zh-CN/share.md'])).toEqual([
      'docs/zh-CN/share.md:3:39 error `boards/permissions.md` does not exist',
      'docs/zh-CN/share.md:3:67 error `Export-Board.md` does not exist',
      'docs/zh-CN/share.md:3:269 error `archive.md` does not exist',
    ]);
  });
});
