import { describe, expect, it } from 'vitest';
import { uiPathParity } from '../../src/rules/ui-path-parity.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.message}`);

describe('ui-path-parity', () => {
  it('reports a path whose labels were moved, and one whose separators were lost (de-DE file)', () => {
    expect(shown(run(uiPathParity, articleDoc('de-DE/Boards/board-menus.md')))).toEqual([
      '20:45 UI path `**File** \\> **Account Settings** \\> **Account Settings**` (3 steps, 2 separators) in the source of 3f9a1-104 is `**Datei** \\> **Konto**` (2 steps) here: steps no longer labels joined by separators',
      '22:4 UI path `**Settings** > **Mail** > **Rules**` (3 steps, 2 separators) in the source of 3f9a1-106 is no steps joined by a separator here: separators lost: 0 of 2',
    ]);
  });

  it('passes a path kept with `>`, with `→`, and `>` in a placeholder', () => {
    // Units 103, 105 and 107 of the fixture are not reported above.
    const lost = edit(articleText('de-DE/Boards/board-menus.md'), '**Abrechnung** →', '**Abrechnung**');
    expect(run(uiPathParity, docOf(lost, 'articles/de-DE/Boards/board-menus.md')).map((f) => f.line)).toEqual([20, 21, 22]);
  });

  it('reads code spans as CommonMark pairs backticks: a run closes only on a run of its own length', () => {
    // `1 … `` opens no code span (the lone backtick has no closer of one backtick), so the path in between is one.
    const unpaired = edit(articleText('de-DE/Boards/board-menus.md'), '**Einstellungen** > **E-Mail** > **Regeln** aus', '`1 **Einstellungen** > **E-Mail** > **Regeln**`` aus');
    expect(run(uiPathParity, docOf(unpaired, 'articles/de-DE/Boards/board-menus.md')).map((f) => f.line)).toEqual([20, 22]);
    const paired = edit(articleText('de-DE/Boards/board-menus.md'), '**Einstellungen** > **E-Mail** > **Regeln** aus', '`1 **Einstellungen** > **E-Mail** > **Regeln**` aus');
    expect(run(uiPathParity, docOf(paired, 'articles/de-DE/Boards/board-menus.md')).map((f) => f.line)).toEqual([19, 20, 22]);
  });

  it("passes Japanese style: steps in brackets, bold inside or out, joined by `、`, and escaped emphasis left to emphasis-parity", () => {
    expect(run(uiPathParity, articleDoc('ja-JP/Boards/board-menus.md'))).toEqual([]);
    const unjoined = edit(articleText('ja-JP/Boards/board-menus.md'), '**[設定]**、**[メール]**、', '**[設定]** で **[メール]**、');
    expect(shown(run(uiPathParity, docOf(unjoined, 'articles/ja-JP/Boards/board-menus.md')))).toEqual([
      '19:45 UI path `**Settings** > **Mail** > **Rules**` (3 steps, 2 separators) in the source of 8c2d0-103 is `**[メール]**、**[ルール]**` (2 steps) here: separators lost: 1 of 2',
    ]);
  });

  it('passes right-to-left paths, quoted steps and a link as the last step; reports a step that lost its bold', () => {
    expect(run(uiPathParity, articleDoc('ar-SA/Boards/board-menus.md'))).toEqual([]);
    const plain = edit(articleText('ar-SA/Boards/board-menus.md'), '**البريد**', 'البريد');
    expect(run(uiPathParity, docOf(plain, 'articles/ar-SA/Boards/board-menus.md')).map((f) => f.message.split(': ').pop())).toEqual([
      'steps no longer labels joined by separators',
    ]);
  });
});
