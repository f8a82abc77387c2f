import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/rules/untranslated.js';
import { docOf, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const unit = (id: string, translation: string, source = translation) =>
  `<span data-ttu-id="8b2c4-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="8b2c4-${id}">${source}</span></span>\n`;
const frontMatter = (type: string) => `---\ntitle: Сводка\nms.translationtype: ${type}\nms.contentlocale: ru-RU\n---\n`;
const PATH = 'docs/ru-RU/Boards/daily-email-digest.md';

describe('untranslated', () => {
  const body =
    unit('103', 'Cards you follow are listed first.') +
    unit('104', 'Карточки перечислены по дате.', 'Cards are listed by date.') +
    unit('105', 'Senior and strategic staff') +
    unit('106', 'Fabrikam Boards') +
    unit('107', 'Skype for Business') +
    unit('108', '`Get-BoardMember -Identity Main`') +
    unit('109', 'Get-BoardMember -Identity Main') +
    unit('110', '2,500 / 30') +
    unit('111', 'Como pagar com boleto bancário') +
    unit('112', 'لوحات Fabrikam');

  it('reports units of a human translation left equal to an English source (line of each unit)', () => {
    expect(shown(run(untranslated, docOf(frontMatter('HT') + body, PATH)))).toEqual([
      '6:1 Unit 8b2c4-103 of a human translation is left equal to its source: `Cards you follow are listed first`',
      '8:1 Unit 8b2c4-105 of a human translation is left equal to its source: `Senior and strategic staff`',
    ]);
  });

  it("passes a unit the article's code uses literally (a group its script creates), in a fence or a code span", () => {
    const script = '```powershell\n$deptName="Senior and strategic staff"\nNew-AzureADGroup -DisplayName $deptName\n```\n';
    expect(run(untranslated, docOf(frontMatter('HT') + body + script, PATH)).map((f) => f.line)).toEqual([6]);
    const span = unit('115', 'Утилита `Get-BoardMember -Group "Cards you follow are listed first."`', 'Run `Get-BoardMember -Group "Cards you follow are listed first."`');
    expect(run(untranslated, docOf(frontMatter('HT') + body + span, PATH)).map((f) => f.line)).toEqual([8]);
  });

  it('leaves machine translations alone', () => {
    expect(run(untranslated, docOf(frontMatter('MT') + body, PATH))).toEqual([]);
  });

  it('passes configured product names, and reports the prose around them', () => {
    const text = frontMatter('HT') + unit('113', 'Fabrikam Boards for your team') + unit('114', 'Fabrikam Boards Mobile');
    expect(run(untranslated, docOf(text, PATH)).map((f) => f.line)).toEqual([6]);
    const options = { productNames: ['Fabrikam Boards', 'Fabrikam Boards for your team'] };
    expect(run(untranslated, docOf(text, PATH), { options })).toEqual([]);
  });

  it('ships as info, and says why', () => {
    expect(untranslated.severity).toBe('info');
    expect(untranslated.severityReason).toMatch(/^Info/);
  });
});
