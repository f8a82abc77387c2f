import { describe, expect, it } from 'vitest';
import { codeParity } from '../../src/rules/code-parity.js';
import { applyEdits } from './fix-edits.js';
import { docOf, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="3c7e0-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="3c7e0-${id}">${source}</span></span>\n`;
const PATH = 'docs/zh-CN/Boards/board-code.md';

describe('code-parity', () => {
  it('reports a span changed, a span lost, and spans merged by a doubled backtick (the real zh-TW shape)', () => {
    const text =
      unit('104', '运行 `Получить-BoardMember` 以列出成员。', 'Run `Get-BoardMember` to list the members.') +
      unit('105', '将值设置为 True。', 'Set the value to `$true`.') +
      unit('106', '阻止域，例如 `https://www.fabrikam.com`、和 `http://sub.fabrikam.com``http://fabrikam.com/abc`', 'Blocks domains, such as `https://www.fabrikam.com`, `http://sub.fabrikam.com`, and `http://fabrikam.com/abc`');
    expect(shown(run(codeParity, docOf(text, PATH)))).toEqual([
      '1:34 Code `Get-BoardMember` in the source of 3c7e0-104 is `Получить-BoardMember` here',
      '2:1 Code `$true` in the source of 3c7e0-105 is missing here',
      '3:67 Code `http://sub.fabrikam.com` in the source of 3c7e0-106 is `http://sub.fabrikam.com``http://fabrikam.com/abc` here',
    ]);
  });

  it('fixes a changed span when both units have as many spans', () => {
    const text = unit('104', '运行 `Получить-BoardMember` 以列出成员。', 'Run `Get-BoardMember` to list the members.');
    const findings = run(codeParity, docOf(text, PATH));
    expect(applyEdits(text, findings[0]!.fix!.edits)).toContain('运行 `Get-BoardMember` 以列出成员');
    const merged = unit('106', '例如 `a.com`、和 `b.com``c.com`', 'such as `a.com`, `b.com`, and `c.com`');
    expect(run(codeParity, docOf(merged, PATH)).map((f) => f.fix)).toEqual([undefined]);
  });

  it('passes spans kept in another order or with other spacing, code bold here, and right-to-left text', () => {
    const text =
      unit('107', '先运行 ` Set-BoardPolicy `，再运行 `Get-BoardMember`。', 'Run `Get-BoardMember`, then `Set-BoardPolicy`.') +
      unit('108', '运行 **Get-BoardMember** cmdlet。', 'Run the `Get-BoardMember` cmdlet.') +
      unit('109', 'شغّل `Get-BoardMember` لسرد الأعضاء.', 'Run `Get-BoardMember` to list the members.') +
      unit('110', '运行 ``Get-Board `Main` ``。', 'Run ``Get-Board `Main` ``.');
    expect(run(codeParity, docOf(text, PATH))).toEqual([]);
  });

  it('reads backticks as CommonMark does: escaped ones are text, a run closes only a run of its length', () => {
    const text = unit('111', '输入 \\`x\\` 和 ``y`` 与 `C:\\`', 'Type \\`x\\` and ``y`` and `C:\\`');
    expect(run(codeParity, docOf(text, PATH))).toEqual([]);
    const changed = unit('112', '输入 x 和 `y`', 'Type \\`x\\` and `y` and `z`');
    expect(shown(run(codeParity, docOf(changed, PATH)))).toEqual(['1:1 Code `z` in the source of 3c7e0-112 is missing here']);
  });

  it('stays linear on a unit of unmatched backtick runs of every length', () => {
    const runs = Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 2)).join(' x ');
    const findings = run(codeParity, docOf(unit('113', runs, runs + ' `a`'), PATH));
    expect(shown(findings)).toEqual(['1:1 Code `a` in the source of 3c7e0-113 is missing here']);
  }, 60_000);
});
