import { describe, expect, it } from 'vitest';
import { alertMarker } from '../../src/rules/alert-marker.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);

describe('alert-marker', () => {
  it('reports a translated marker and a marker word pasted into an alert, and restores the source (ja-JP file)', () => {
    const doc = articleDoc('ja-JP/Boards/board-alerts.md');
    const findings = run(alertMarker, doc);
    expect(shown(findings)).toEqual([
      '19:33 error Alert marker `[!TIP]` in the source of b7a31-103 is `[!ヒント]` here; DocFX shows a marker it does not know as text',
      '23:33 error `[!注意]` in the translation of b7a31-105 is a marker pasted as text (the source unit has none): DocFX shows it literally inside the alert',
    ]);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix!.edits));
    expect(fixed).toContain('<span data-ttu-id="b7a31-103">[!TIP]</span>');
    expect(fixed).toContain('<span data-ttu-id="b7a31-105">次のコマンドには');
    expect(run(alertMarker, docOf(fixed, 'articles/ja-JP/Boards/board-alerts.md'))).toEqual([]);
  });

  it('passes a marker in another case, images in an alert and a marker-like word in link text outside alerts', () => {
    // `[!Warning]` for `[!WARNING]`, `[![image](…)](…)` and `[[!INCLUDE]…](…)` are all in the fixture and not reported.
    const findings = run(alertMarker, articleDoc('ja-JP/Boards/board-alerts.md'));
    expect(findings.map((f) => f.line)).toEqual([19, 23]);
  });

  it('reports a marker that lost its `!` in right-to-left text, and the source non-type once per article', () => {
    const arabic = articleDoc('ar-SA/Boards/board-alerts.md');
    const german = articleDoc('de-DE/Boards/board-alerts.md');
    expect(shown(run(alertMarker, arabic, { siblings: () => [german] }))).toEqual([
      '19:33 error Alert marker `[!TIPS]` in the source of c90e4-103 is `[تلميحات1]` here; DocFX shows a marker it does not know as text',
      '19:105 warning `[!TIPS]` is no alert type (did you mean `[!TIP]`?): DocFX shows it as text; every locale of the article has it, so the fix belongs in the source',
    ]);
    // The article's other locale leaves it to the first; with the source at hand, only the source reports it.
    expect(run(alertMarker, german, { siblings: () => [arabic] })).toEqual([]);
    const source = articleDoc('en-US/Boards/board-alerts.md');
    expect(run(alertMarker, arabic, { siblings: () => [german], source: () => source }).map((f) => f.line)).toEqual([19]);
    expect(shown(run(alertMarker, source, { localized: false }))).toEqual([
      '8:3 warning `[!TIPS]` is no alert type (did you mean `[!TIP]`?): DocFX shows it as text, and every translation copies it from this source file',
    ]);
  });

  it('reports a non-type marker a translation wrote on its own marker line', () => {
    const text = edit(articleText('ar-SA/Boards/board-alerts.md'), '> [!CAUTION]', '> [!تحذير]');
    expect(shown(run(alertMarker, docOf(text, 'articles/ar-SA/Boards/board-alerts.md'))).slice(-1)).toEqual([
      '22:3 error `[!تحذير]` is no alert type (types: NOTE, TIP, IMPORTANT, CAUTION, WARNING): DocFX shows it as text',
    ]);
  });

  it('passes an alert whose marker the translation kept', () => {
    const text = edit(articleText('ja-JP/Boards/board-alerts.md'), '[!ヒント]', '[!TIP]');
    const kept = edit(text, '[!注意] ', '');
    expect(run(alertMarker, docOf(kept, 'articles/ja-JP/Boards/board-alerts.md'))).toEqual([]);
  });
});
