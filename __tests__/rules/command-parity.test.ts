import { describe, expect, it } from 'vitest';
import { commandParity, tokenKind } from '../../src/rules/command-parity.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);
const RU = 'ru-RU/Boards/board-powershell.md';
const unit = (translation: string, source: string) =>
  `<span data-ttu-id="b7e21-120">${translation}</span><span class="sxs-lookup"><span data-stu-id="b7e21-120">${source}</span></span>\n`;

describe('command-parity', () => {
  it('reports cmdlets, parameters, settings, file names and addresses changed outside backticks (ru-RU file)', () => {
    expect(shown(run(commandParity, articleDoc(RU)))).toEqual([
      '19:56 `Get-BoardMember` in the source of b7e21-103 is `Получить-BoardMember` here: a cmdlet must stay as written',
      '20:55 `-Identity` in the source of b7e21-104 is `-Identität` here: a parameter must stay as written',
      '21:114 `-like` in the source of b7e21-105 is `{LastName-Like` here: a parameter must stay as written',
      '23:1 `retention=30` in the source of b7e21-106 is missing here: a setting must stay as written',
      '23:62 `board-config.json` in the source of b7e21-106 is `board-config` here: a file or host name must stay as written',
      '23:440 `support@fabrikam.com` in the source of b7e21-107 is `поддержка@fabrikam.com` here: an e-mail address must stay as written',
    ]);
  });

  it('fixes a changed token only when the word is mostly the token, not a piece of it or the token with more around it', () => {
    const doc = articleDoc(RU);
    const findings = run(commandParity, doc);
    expect(findings.map((f) => f.fix?.edits[0]?.text ?? null)).toEqual(['Get-BoardMember', '-Identity', null, null, null, 'support@fabrikam.com']);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toContain('Выполните командлет **Get-BoardMember**, чтобы');
    expect(fixed).toContain('Используйте параметр -Identity, чтобы');
    expect(run(commandParity, docOf(fixed, `articles/${RU}`)).map((f) => f.line)).toEqual([21, 23, 23]);
  });

  it('passes registry keys, GUIDs, paths and environment variables kept, and reports them changed', () => {
    // Unit 107 keeps its key, GUID and variable (only its address is reported above).
    const changed = edit(articleText(RU), 'в %LOCALAPPDATA%\\Fabrikam,', 'в %ЛОКАЛЬНЫЕ%\\Fabrikam,');
    const moved = edit(changed, 'Ключ HKLM\\Software', 'Ключ HKLM \\Software');
    expect(shown(run(commandParity, docOf(moved, `articles/${RU}`))).filter((m) => m.startsWith('23:'))).toEqual([
      '23:1 `retention=30` in the source of b7e21-106 is missing here: a setting must stay as written',
      '23:62 `board-config.json` in the source of b7e21-106 is `board-config` here: a file or host name must stay as written',
      '23:305 `HKLM\\Software\\Fabrikam\\Boards` in the source of b7e21-107 is `\\Software\\Fabrikam\\Boards` here: a registry key must stay as written',
      '23:394 `%LOCALAPPDATA%\\Fabrikam` in the source of b7e21-107 is `%ЛОКАЛЬНЫЕ%\\Fabrikam` here: a path must stay as written',
      '23:438 `support@fabrikam.com` in the source of b7e21-107 is `поддержка@fabrikam.com` here: an e-mail address must stay as written',
    ]);
  });

  it('passes what a reader expects to pass (de-DE file)', () => {
    // A cmdlet bold in the source and in backticks here; `-Identity-Parameter` (a German compound) and a
    // change of case only; `Set-Up` and `Add-Ins`, `(SaaS)-based`, `e.g.`, `1.6MB` (prose, no tokens); a
    // setting whose value is a description the translation translates; a URL; a path glued to `unter:`.
    expect(run(commandParity, articleDoc('de-DE/Boards/board-powershell.md'))).toEqual([]);
  });

  it('passes right-to-left text around kept tokens and an Arabic prefix glued to a host name; reports a parameter translated', () => {
    expect(shown(run(commandParity, articleDoc('ar-SA/Boards/board-powershell.md')))).toEqual([
      '20:4 `-Identity` in the source of e58a2-104 is missing here: a parameter must stay as written',
    ]);
  });

  it('takes `-Name` for a parameter only in code-like context', () => {
    const prose = unit('*ErrorMessage – Die Verbindung wurde geschlossen*.', '*ErrorMessage -The connection was closed*.');
    expect(run(commandParity, docOf(prose, 'docs/de-DE/a.md'))).toEqual([]);
    const bold = unit('Der Schalter **-Gesperrt** sperrt das Board.', 'The **-Locked** switch locks the board.');
    expect(shown(run(commandParity, docOf(bold, 'docs/de-DE/a.md')))).toEqual([
      '1:1 `-Locked` in the source of b7e21-120 is missing here: a parameter must stay as written',
    ]);
  });

  it('tells tokens from prose', () => {
    const kinds = (words: string[]) => words.map((w) => `${w} ${tokenKind(w)}`);
    expect(kinds(['Get-Mailbox', 'Add-Ins', 'Read-Only', 'Get-mailbox', 'Fetch-Mailbox', 'e.g', 'U.S', 'v2.0', '1.6MB', 'separately.For', 'web.config', 'Setup.EXE'])).toEqual([
      'Get-Mailbox cmdlet', 'Add-Ins null', 'Read-Only null', 'Get-mailbox null', 'Fetch-Mailbox null', 'e.g null', 'U.S null', 'v2.0 null', '1.6MB null', 'separately.For null', 'web.config file', 'Setup.EXE file',
    ]);
    expect(kinds(['-Identity', '-', '--', 'HKEY_LOCAL_MACHINE\\Software', 'HKCU:\\Software', 'C:\\Windows', '\\\\server\\share', '/etc/hosts', 'and/or', '%APPDATA%', '$env:TEMP', '{6F9619FF-8B86-D011-B42D-00C04FC964FF}', 'a@b.co', 'v=spf1', 'a==b'])).toEqual([
      '-Identity parameter', '- null', '-- null', 'HKEY_LOCAL_MACHINE\\Software registry', 'HKCU:\\Software registry', 'C:\\Windows path', '\\\\server\\share path', '/etc/hosts path', 'and/or null',
      '%APPDATA% variable', '$env:TEMP variable', '{6F9619FF-8B86-D011-B42D-00C04FC964FF} guid', 'a@b.co email', 'v=spf1 setting', 'a==b null',
    ]);
  });

  it('finds tokens whose only token character is a hyphen or a dot, escaped or not, and passes over those of prose', () => {
    const text =
      unit('Выполните Получить-Mailbox.', 'Run Get\\-Mailbox.') +
      unit('Задайте \\-Идентификатор.', 'Set \\-Identity and -Filter.') +
      unit('Ключ 6F9619FF-8B86-D011-B42D-00C04FC964FE.', 'Key 6F9619FF\\-8B86-D011-B42D-00C04FC964FF.') +
      unit('Откройте web.конфиг.', 'Open web.config.') +
      unit('Встроенный, т. е. 3.5.', 'A built-in one, e.g. 3.5 and well-known.');
    expect(shown(run(commandParity, docOf(text, 'docs/ru-RU/a.md')))).toEqual([
      '1:41 `Get-Mailbox` in the source of b7e21-120 is `Получить-Mailbox` here: a cmdlet must stay as written',
      '2:1 `-Identity` in the source of b7e21-120 is missing here: a parameter must stay as written',
      '2:1 `-Filter` in the source of b7e21-120 is missing here: a parameter must stay as written',
      '3:36 `6F9619FF-8B86-D011-B42D-00C04FC964FF` in the source of b7e21-120 is `6F9619FF-8B86-D011-B42D-00C04FC964FE` here: a GUID must stay as written',
      '4:40 `web.config` in the source of b7e21-120 is `web.конфиг` here: a file or host name must stay as written',
    ]);
  });

  it('checks tokens of configured patterns, as written', () => {
    const text = unit('Откройте доску contoso.Доска.', 'Open the board Contoso.Board.');
    expect(run(commandParity, docOf(text, 'docs/ru-RU/a.md'))).toEqual([]);
    const options = { patterns: ['^Contoso\\.[A-Z][a-z]+$'] };
    expect(shown(run(commandParity, docOf(text, 'docs/ru-RU/a.md'), { options }))).toEqual([
      '1:46 `Contoso.Board` in the source of b7e21-120 is `contoso.Доска` here: a configured token must stay as written',
    ]);
    expect(run(commandParity, docOf(unit('Откройте Contoso.Board.', 'Open Contoso.Board.'), 'docs/ru-RU/a.md'), { options })).toEqual([]);
  });

  it('ignores code spans, link destinations, tags and URLs of the source', () => {
    const text = unit(
      'Выполните `Получить-BoardMember` ([справка](https://example.com/Get-BoardMember.html)) <br/> на https://boards.example.com/a=b.',
      'Run `Get-BoardMember` ([help](https://example.com/Get-BoardMember.html)) <br/> at https://boards.example.com/a=b.',
    );
    expect(run(commandParity, docOf(text, 'docs/ru-RU/a.md'))).toEqual([]);
  });

  it('stays linear on hostile units: many parameters, hyphens and backticks', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `-P${i}`).join(' ');
    const text = unit(many.replace('-P19999', '-Q19999'), many) + unit('`'.repeat(50_000) + '-'.repeat(50_000), '`'.repeat(50_001) + ' Get-Mailbox');
    const findings = run(commandParity, docOf(text, 'docs/ru-RU/a.md'));
    expect(findings.map((f) => f.message.slice(0, 30))).toEqual(['`-P19999` in the source of b7e','`Get-Mailbox` in the source of']);
  }, 60_000);
});
