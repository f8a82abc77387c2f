import { describe, expect, it } from 'vitest';
import { tableStructure } from '../../src/rules/table-structure.js';
import { applyEdits } from './fix-edits.js';
import { articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const shown = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);
const PATH = 'articles/de-DE/Boards/board-columns.md';

/** One unit, as the side-by-side files write it. */
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

describe('table-structure', () => {
  it('reports a cell added by a `|`, a row ended by a line break, a delimiter row of another width and one retyped (de-DE file)', () => {
    expect(shown(run(tableStructure, articleDoc('de-DE/Boards/board-columns.md')))).toEqual([
      '23:40 error The translation of e52a8-109 has 1 `|` that ends a cell where its source unit has none: the row has 3 cells in the translation and 2 in the source',
      '25:2 error A line break in the translation of e52a8-113 ends the table row inside the unit (its source unit has none): the rest of the unit is read as another row, or the table as no table',
      '29:1 warning The delimiter row has 4 cells where the header row has 3: GitHub and other GFM renderers show no table then (DocFX does)',
      '33:1 error `|:—–|:—–|` under a header row is no delimiter row: `—` is not `-`, so the table is not read as a table',
    ]);
  });

  it('reports a delimiter row of another width the source has too once, on the source', () => {
    const source = docOf('# Limits\n\n| **Limit** | **Value** | **Notes** |\n|:-----|:-----|:-----|:-----|\n| Cards per column | 500 | Beyond that the column slows down. |\n', 'articles/en-US/Boards/board-columns.md');
    const reported = (from: typeof source | null) => run(tableStructure, articleDoc('de-DE/Boards/board-columns.md'), { source: () => from }).map((f) => f.line);
    expect(reported(source)).toEqual([23, 25, 33]);
    expect(run(tableStructure, source, { localized: false }).map((f) => `${f.line} ${f.severity}`)).toEqual(['4 warning']);
    // A source whose delimiter row matches its header: the translation's own width is its own.
    expect(reported(docOf(source.text.replace('|:-----|:-----|:-----|:-----|', '|:-----|:-----|:-----|'), source.path))).toEqual([23, 25, 29, 33]);
  });

  it('escapes the added `|`, joins the broken row and rewrites the retyped delimiter row', () => {
    const doc = articleDoc('de-DE/Boards/board-columns.md');
    const findings = run(tableStructure, doc);
    expect(findings.map((f) => f.fix !== undefined)).toEqual([true, true, false, true]);
    const fixed = applyEdits(doc.text, findings.flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toContain('<span data-ttu-id="e52a8-109">Eingang \\| Posteingang</span>');
    expect(fixed).toContain('|<span data-ttu-id="e52a8-113">Archiv</span>');
    expect(fixed).toContain('\n|:--|:--|\n');
    expect(run(tableStructure, docOf(fixed, PATH)).map((f) => f.line)).toEqual([28]);
  });

  it('passes escaped pipes, pipes in code spans and in link text, a table in a list item and a `|` outside tables', () => {
    // Units 105 (`\|`), 108 (`` `Get-Board | Format-List` ``), 124–127 and 128.
    const reported = run(tableStructure, articleDoc('de-DE/Boards/board-columns.md')).map((f) => f.line);
    for (const line of [20, 21, 38, 40, 42]) expect(reported).not.toContain(line);
    // A `|` in link text ends no cell in DocFX (GFM renderers split the link there; the test articles keep to what both read alike).
    const inLink = edit(articleText('de-DE/Boards/board-columns.md'), 'Siehe [Vorlagen](', 'Siehe [Vorlagen | Karten](');
    expect(run(tableStructure, docOf(inLink, PATH)).map((f) => f.line)).toEqual([23, 25, 29, 33]);
    // The same `|` inside a list item's table is reported there too.
    const inList = edit(articleText('de-DE/Boards/board-columns.md'), 'Erledigt</span>', 'Erledigt | Fertig</span>');
    expect(run(tableStructure, docOf(inList, PATH)).map((f) => f.line)).toEqual([23, 25, 29, 33, 40]);
  });

  it('reads a row as DocFX does: a `|` in a code span ends no cell, so a translation that escapes it instead keeps the cells', () => {
    // GFM (micromark, doc.inline) splits the row at that `|` first and reads no code span there; Markdig reads the code span first.
    const escaped = edit(articleText('de-DE/Boards/board-columns.md'), 'Führen Sie `Get-Board | Format-List` aus.', 'Führen Sie Get-Board \\| Format-List aus.');
    expect(run(tableStructure, docOf(escaped, PATH)).map((f) => f.line)).toEqual(run(tableStructure, articleDoc('de-DE/Boards/board-columns.md')).map((f) => f.line));
  });

  it('passes a line of dashes without a `|` under a line that has one: prose, not a retyped delimiter row', () => {
    const prose = `${unit('e52a8-130', 'Wählen Sie Datei | Konto.', 'Select File | Account.')}\n— — —\n`;
    expect(run(tableStructure, docOf(prose, PATH))).toEqual([]);
    const retyped = `|${unit('e52a8-131', 'Taste', 'Key')}|\n｜：ーー｜\n`;
    expect(shown(run(tableStructure, docOf(retyped, PATH)))).toEqual([
      '2:1 error `｜：ーー｜` under a header row is no delimiter row: `｜` is not `|`, so the table is not read as a table',
    ]);
  });

  it('passes a right-to-left row that keeps its cells, and reports one whose translation adds a `|`', () => {
    const table = (translation: string) =>
      `|${unit('9c4a0-110', '**العمود**', '**Column**')}|${unit('9c4a0-111', '**المعنى**', '**Meaning**')}|\n|:-----|:-----|\n|${unit('9c4a0-112', 'الوارد', 'Inbox')}|${unit('9c4a0-113', translation, 'New cards land here.')}|\n`;
    expect(run(tableStructure, docOf(table('تصل البطاقات الجديدة إلى هنا.'), 'articles/ar-SA/Boards/columns.md'))).toEqual([]);
    expect(shown(run(tableStructure, docOf(table('تصل البطاقات | الجديدة إلى هنا.'), 'articles/ar-SA/Boards/columns.md')))).toEqual([
      '3:163 error The translation of 9c4a0-113 has 1 `|` that ends a cell where its source unit has none: the row has 3 cells in the translation and 2 in the source',
    ]);
  });

  it('reads rows of CRLF files, and a row whose source unit breaks its line too is not the translation\'s doing', () => {
    const crlf = articleText('de-DE/Boards/board-columns.md').replace(/\n/g, '\r\n');
    expect(run(tableStructure, docOf(crlf, PATH)).map((f) => f.line)).toEqual([23, 25, 29, 33]);
    const both = edit(articleText('de-DE/Boards/board-columns.md'), 'e52a8-113">**Archive**', 'e52a8-113">\n    **Archive**');
    expect(run(tableStructure, docOf(both, PATH)).map((f) => f.line)).toEqual([23, 30, 34]);
  });

  // A timeout, not a stopwatch, is the bound: quadratic work on this row would not end within it.
  it('reads a row of 50,000 `<b |` and unpaired backticks in linear time', { timeout: 60_000 }, () => {
    const row = `|${unit('9c4a0-114', '<b |'.repeat(50_000) + ' `'.repeat(50_000), 'Inbox')}|`;
    const findings = run(tableStructure, docOf(`|A|B|\n|---|---|\n${row}\n`, 'articles/ar-SA/Boards/columns.md'));
    expect(findings.map((f) => f.message)).toEqual([
      'The translation of 9c4a0-114 has 50000 `|` that end cells where its source unit has none: the row has 50001 cells in the translation and 1 in the source',
    ]);
  });
});
