import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { END_TO_END } from './action-harness.js';
import { articleText, edit, tree } from './helpers.js';

const bin = join(import.meta.dirname, '..', 'bin', 'loclint.js');

async function loclint(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonFinding {
  file: string;
  rule: string;
  line: number;
  fix?: unknown;
}

const findingsOf = async (cwd: string) => (JSON.parse((await loclint(cwd, '--format', 'json', '--fail-on', 'never', '.')).stdout) as { findings: JsonFinding[] }).findings;
const fixableIn = (findings: readonly JsonFinding[]) => findings.filter((f) => f.fix !== undefined).map((f) => `${f.file} ${f.rule}`);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** The fixture articles with a defect of every fixable kind planted, some files CRLF with a BOM, one UTF-16LE. */
function planted(): string {
  let zh = articleText('zh-CN/Boards/archive-a-board.md');
  zh = edit(zh, 'ms.date: 03/09/2022', 'ms.date: 3/9/2022');
  zh = edit(zh, 'ms.lasthandoff: 03/10/2022', 'ms.lasthandoff: 2022-03-10');
  zh = edit(zh, 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083');
  zh = edit(zh, 'ms.translationtype: HT', 'ms.translationtype: ht');
  zh = edit(zh, 'ms.contentlocale: zh-CN', 'ms.contentlocale: ja-JP');
  zh = edit(zh, 'ms.custom:', 'ms-custom:');
  zh = edit(zh, '[Fabrikam 看板中的角色](', '[](');
  // The source unit lost the target too (copied from an old source): the other locales still give it.
  zh = edit(zh, '[归档或还原看板](https://docs.example.com/fabrikam/boards/archive#archive-a-board)', '[归档或还原看板]()');
  zh = edit(zh, '[Archive or restore a board](https://docs.example.com/fabrikam/boards/archive#archive-a-board)', '[Archive or restore a board]()');
  const ja = edit(articleText('ja-JP/Boards/archive-a-board.md'), '[ボードを復元する](https://docs.example.com/fabrikam/boards/archive#restore-a-board)', '[ボードを復元する](ボードを復元する)');
  // Unescaping the emphasis and the brackets are two fixes over one stretch: the second waits for another run.
  const emphasis = edit(edit(articleText('ja-JP/Boards/board-emphasis.md'), '\\*\\*[参照]\\*\\*', '\\*\\*\\[参照\\]\\*\\*'), 'Click **Browse**', 'Click **[Browse]**');
  const root = tree({
    'en-US/Boards/archive-a-board.md': articleText('en-US/Boards/archive-a-board.md'),
    'en-US/Boards/style-check.md': articleText('en-US/Boards/style-check.md'),
    'de-DE/Boards/archive-a-board.md': articleText('de-DE/Boards/archive-a-board.md'),
    'zh-CN/Boards/archive-a-board.md': zh,
    'ja-JP/Boards/archive-a-board.md': ja,
    'ja-JP/Boards/board-alerts.md': articleText('ja-JP/Boards/board-alerts.md'),
    'ja-JP/Boards/board-emphasis.md': emphasis,
    'ar-SA/Boards/card-labels.md': articleText('ar-SA/Boards/card-labels.md'),
  });
  writeFileSync(join(root, 'zh-CN/Boards/storage-quota.md'), Buffer.concat([BOM, Buffer.from(crlf(articleText('zh-CN/Boards/storage-quota.md')))]));
  writeFileSync(join(root, 'ar-SA/Boards/scroll-the-board.md'), Buffer.concat([BOM, Buffer.from(crlf(articleText('ar-SA/Boards/scroll-the-board.md')))]));
  writeFileSync(join(root, 'de-DE/Boards/board-templates.md'), Buffer.concat([UTF16LE_BOM, Buffer.from(articleText('de-DE/Boards/board-templates.md'), 'utf16le')]));
  return root;
}

const bytesOf = (root: string, path: string) => readFileSync(join(root, path));

describe('loclint --fix and --fix-dry-run', END_TO_END, () => {
  it('fixes every fixable kind in place, keeping encodings, BOMs and line ends; an overlapping fix waits for the next pass', async () => {
    const root = planted();
    const before = await findingsOf(root);
    expect(new Set(before.filter((f) => f.fix !== undefined).map((f) => f.rule))).toEqual(
      new Set(['front-matter-format', 'front-matter-locale', 'front-matter-unknown-key', 'link-syntax', 'link-empty-text', 'link-parity', 'link-empty-target', 'alert-marker', 'emphasis-parity', 'placeholder-parity']),
    );
    const clean = ['en-US/Boards/archive-a-board.md', 'en-US/Boards/style-check.md', 'de-DE/Boards/archive-a-board.md'].map((p) => [p, bytesOf(root, p)] as const);

    const first = await loclint(root, '--fix', '.');
    expect(first.stderr).toMatch(/^loclint: fixed 18 findings in 8 files:\n/);
    expect(first.stderr).toContain("loclint:   zh-CN/Boards/archive-a-board.md:19:19  front-matter-locale  write the folder's locale, `zh-CN`\n");
    // The overlapping fixes are skipped by the first pass and made by the second, on the text the first left.
    expect(first.stderr).toMatch(
      /loclint: skipped 2 fixes \(the next pass makes one that overlaps another, on the text this one leaves\):\nloclint: {3}ja-JP\/Boards\/board-emphasis\.md:19:\d+ {2}link-syntax {2}it overlaps the fix of emphasis-parity at 19:\d+\n/,
    );
    expect(first.stderr).toMatch(/\nloclint: pass 2: fixed 2 findings in 1 file:\nloclint: pass 2: {3}ja-JP\/Boards\/board-emphasis\.md:19:\d+ {2}link-syntax {2}remove the backslash/);
    expect(first.stderr).not.toContain('pass 3');
    const after = await findingsOf(root);
    expect(fixableIn(after)).toEqual([]);
    // The report is about what is left.
    expect(first.stdout).not.toContain('front-matter-format');

    const fixedBytes = readdirSync(join(root, 'zh-CN/Boards')).map((n) => bytesOf(root, `zh-CN/Boards/${n}`));
    const again = await loclint(root, '--fix', '.');
    expect(again.stderr).toBe('loclint: fixed 0 findings in 0 files\n');
    expect(readdirSync(join(root, 'zh-CN/Boards')).map((n) => bytesOf(root, `zh-CN/Boards/${n}`))).toEqual(fixedBytes);

    // What is left had no fix, finding for finding: the fixed ones are gone, none came of the fixes, and
    // three that followed from the defects went with them (a lost target's missing file, the cross-locale
    // count of the emptied target).
    const left = before.filter((f) => f.fix === undefined).map((f) => `${f.file} ${f.rule}`);
    const fromNowhere: string[] = [];
    for (const f of after) {
      const i = left.indexOf(`${f.file} ${f.rule}`);
      if (i === -1) fromNowhere.push(`${f.file} ${f.rule}`);
      else left.splice(i, 1);
    }
    expect(fromNowhere).toEqual([]);
    expect(left.sort()).toEqual([
      'ja-JP/Boards/archive-a-board.md relative-link-missing',
      'zh-CN/Boards/archive-a-board.md links-cross-locale',
      'zh-CN/Boards/archive-a-board.md links-cross-locale',
    ]);

    for (const [path, bytes] of clean) expect(bytesOf(root, path)).toEqual(bytes);
    const quota = bytesOf(root, 'zh-CN/Boards/storage-quota.md');
    expect(quota.subarray(0, 3)).toEqual(BOM);
    expect(quota.subarray(3).toString('utf8')).toBe(crlf(edit(articleText('zh-CN/Boards/storage-quota.md'), '] (https://boards.example.com/settings/storage)', '](https://boards.example.com/settings/storage)')));
    const scroll = bytesOf(root, 'ar-SA/Boards/scroll-the-board.md');
    expect(scroll.subarray(0, 3)).toEqual(BOM);
    expect(scroll.subarray(3).toString('utf8')).toContain('[collapse the columns](https://docs.example.com/fabrikam/boards/collapse-columns)</span><span class="sxs-lookup">');
    expect(scroll.subarray(3).toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    const templates = bytesOf(root, 'de-DE/Boards/board-templates.md');
    expect(templates.subarray(0, 2)).toEqual(UTF16LE_BOM);
    expect(templates.subarray(2).toString('utf16le')).toBe(edit(articleText('de-DE/Boards/board-templates.md'), 'ms-custom:', 'ms.custom:'));
    expect(readFileSync(join(root, 'zh-CN/Boards/archive-a-board.md'), 'utf8')).toContain('[归档或还原看板](https://docs.example.com/fabrikam/boards/archive#archive-a-board)');
    // Every file was replaced by a rename: no temporary file is left beside it.
    for (const folder of ['zh-CN/Boards', 'ja-JP/Boards', 'ar-SA/Boards', 'de-DE/Boards']) expect(readdirSync(join(root, folder)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('prints the diff --fix would make and changes nothing; a file without fixes is left out', async () => {
    const root = planted();
    const quota = bytesOf(root, 'zh-CN/Boards/storage-quota.md');
    const dry = await loclint(root, '--fix-dry-run', 'zh-CN/Boards/storage-quota.md', 'en-US/Boards/style-check.md');
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/^--- a\/zh-CN\/Boards\/storage-quota\.md\n\+\+\+ b\/zh-CN\/Boards\/storage-quota\.md\n@@ -25,4 \+25,4 @@\n/);
    // The file is CRLF: its lines keep their CR, as `diff -u` prints them.
    expect(dry.stdout).toContain('free-up-space).</span></span>\r\n');
    expect(dry.stdout).toContain('\n-> <span data-ttu-id="b7c35-104">若要查看已用空间，请转到 [**设置** > **存储**] (https://');
    expect(dry.stdout).toContain('\n+> <span data-ttu-id="b7c35-104">若要查看已用空间，请转到 [**设置** > **存储**](https://');
    expect(dry.stdout).not.toContain('style-check');
    expect(dry.stderr).toBe('loclint: would fix 1 finding in 1 file:\nloclint:   zh-CN/Boards/storage-quota.md:28:62  link-syntax  remove the space between `]` and `(`\n');
    expect(bytesOf(root, 'zh-CN/Boards/storage-quota.md')).toEqual(quota);
  });

  it('refuses flags that do not go together', async () => {
    const root = planted();
    expect((await loclint(root, '--fix', '--fix-dry-run', '.')).code).toBe(2);
    expect((await loclint(root, '--fix', '--write-baseline', 'b.json', '.')).code).toBe(2);
    const stdin = await loclint(root, '--fix', '-');
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--fix writes files: standard input has none');
  });
});
