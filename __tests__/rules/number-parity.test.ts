import { describe, expect, it } from 'vitest';
import { numberParity } from '../../src/rules/number-parity.js';
import { docOf, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="5d2e8-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="5d2e8-${id}">${source}</span></span>\n`;

describe('number-parity', () => {
  it('reports a number changed, in the real shapes: a limit, a table cell, a date, a registry value', () => {
    const text =
      unit('103', 'Можно добавить до 250 карточек.', 'You can add up to 2,500 cards.') +
      unit('104', '4,9', '9') +
      unit('105', 'MM-AA: por ejemplo 01-11 o 1-11', 'MM-YY -- for example, 01-22 or 1-11') +
      unit('106', '詳細については、「Office 365 365 Education」を参照してください。', 'For more info, see Office 365 Education.');
    expect(shown(run(numberParity, docOf(text, 'docs/ru-RU/a.md')))).toEqual([
      '1:49 Number `2,500` in the source of 5d2e8-103 is `250` here',
      '2:31 Number `9` in the source of 5d2e8-104 is `4,9` here',
      '3:60 Number `22` in the source of 5d2e8-105 is `11` here',
      '4:47 Number `365` in the source of 5d2e8-106 is `365 365` here',
    ]);
  });

  it('passes other digit grouping, decimal marks and digits, CJK units, numbers as words, dates reordered and times', () => {
    const text =
      unit('107', 'Можно добавить до 2 500 карточек, 1.000 досок и 6,54 % места.', 'You can add up to 2,500 cards, 1,000 boards and 6.54% of the space.') +
      unit('108', '最多存储了 120，000 个事件，或 1 万个，在 12 万件中。', 'Up to 120,000 events, or 10,000, out of 120,000.') +
      unit('109', 'يمكنك إضافة ٢٬٥٠٠ بطاقة خلال ٣٠ يومًا.', 'You can add 2,500 cards within 30 days.') +
      unit('110', 'Выполните 2 шага за три минуты.', 'Take two steps in 3 minutes.') +
      unit('111', 'Обновлено 06.08.2020 в 14:00.', 'Updated 08/06/2020 at 2:00 PM.') +
      unit('112', '只需 Office 365만 가리켜야 합니다, 800만 자, 200만 자.', 'Only Office 365, 8 million characters, 2 million characters.') +
      unit('113', 'Teams<sup>2、4</sup> и E3, x64, v2.', 'Teams<sup>2,4</sup> and E3, x64, v2.');
    expect(run(numberParity, docOf(text, 'docs/ru-RU/a.md'))).toEqual([]);
  });

  it('does not report a number the translation writes as a word, nor one it drops', () => {
    const text = unit('114', 'Добавьте две карточки.', 'Add 2 cards.') + unit('115', 'Добавьте карточки.', 'Add 2 cards.');
    expect(run(numberParity, docOf(text, 'docs/ru-RU/a.md'))).toEqual([]);
  });

  it('ships as a warning', () => {
    expect(numberParity.severity).toBe('warning');
    expect(run(numberParity, docOf(unit('103', 'до 250 карточек', 'up to 2,500 cards'), 'docs/ru-RU/a.md'))[0]!.severity).toBe('warning');
  });

  it('stays linear on a unit of digits and separators', () => {
    const digits = '1,'.repeat(50_000) + ' ' + '123 '.repeat(50_000);
    const findings = run(numberParity, docOf(unit('116', digits + '7', digits + '8'), 'docs/ru-RU/a.md'));
    expect(findings.map((f) => f.message.slice(-11))).toEqual(['is `7` here']);
  }, 60_000);
});
