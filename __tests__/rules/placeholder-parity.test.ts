import { describe, expect, it } from 'vitest';
import { placeholderParity } from '../../src/rules/placeholder-parity.js';
import { applyEdits } from './fix-edits.js';
import { docOf, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="9a4f2-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="9a4f2-${id}">${source}</span></span>\n`;

describe('placeholder-parity', () => {
  it('reports angle placeholders whose brackets changed or gained spaces, and format placeholders broken or lost', () => {
    const text =
      unit('103', 'Введите ‹домен> в поле.', 'Type <domain> in the box.') +
      unit('104', '\\* &lt; Name &gt; \\* に、ゲストの名前を入力します。', 'In *&lt;Name&gt;*, type the guest\'s name.') +
      unit('105', 'Найдите {$ _. Department-EQ "Accounting"} и { 0 }.', 'Find {$_.Department -eq "Accounting"} and {0}.') +
      unit('106', '사이트 이름> 구성원 그룹', 'The **\\<site name> Members** group') +
      unit('107', 'Файл %1 не найден: %', 'File %1 not found: %s');
    expect(shown(run(placeholderParity, docOf(text, 'docs/ru-RU/a.md')))).toEqual([
      '1:39 Placeholder `<domain>` in the source of 9a4f2-103 is `‹домен>` here',
      '2:34 Placeholder `&lt;Name&gt;` in the source of 9a4f2-104 is `&lt; Name &gt;` here',
      '3:40 Placeholder `$_` in the source of 9a4f2-105 is `$ _` here',
      '3:75 Placeholder `{0}` in the source of 9a4f2-105 is `{ 0 }` here',
      '4:1 Placeholder `\\<site name>` in the source of 9a4f2-106 is missing here',
      '5:1 Placeholder `%s` in the source of 9a4f2-107 is missing here',
    ]);
  });

  it("fixes a broken placeholder into the source's form, keeping a translated name", () => {
    const text = unit('103', 'Введите ‹домен> в поле, затем { 0 }.', 'Type <domain> in the box, then {0}.');
    const fixed = applyEdits(text, run(placeholderParity, docOf(text, 'docs/ru-RU/a.md')).flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toContain('Введите <домен> в поле, затем {0}.');
  });

  it('passes names translated inside kept brackets, a change of case in PowerShell variables, placeholders set in code, HTML tags and right-to-left text', () => {
    const text =
      unit('108', '&lt;lista de ejemplos de información confidencial disponibles&gt;', '&lt;list of example sensitive information types&gt;') +
      unit('109', 'Задайте **$true** для **$username**.', 'Set **$True** for **$userName**.') +
      unit('110', 'Формат: `<name of Content Search>_Purge`.', 'Format: <name of Content Search>_Purge.') +
      unit('111', 'Строка<br/>с <b>жирным</b> текстом, цена $5 и 50%.', 'A line<br/>with <b>bold</b> text, a price of $5 and 50%.') +
      unit('112', 'اكتب \\<اسم المجال\\> ثم {0}.', 'Type \\<domain name\\> and then {0}.');
    expect(run(placeholderParity, docOf(text, 'docs/ar-SA/a.md'))).toEqual([]);
  });

  it('stays linear on a unit of unclosed brackets', () => {
    const open = '&lt;'.repeat(30_000) + '‹'.repeat(30_000);
    const text = unit('113', open, open + ' {0}');
    expect(shown(run(placeholderParity, docOf(text, 'docs/ru-RU/a.md')))).toEqual(['1:1 Placeholder `{0}` in the source of 9a4f2-113 is missing here']);
  }, 60_000);
});
