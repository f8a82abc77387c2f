import { derived, unitsStartingBy, type LocDocument } from '../document/document.js';
import { readTagAt } from '../document/html-tags.js';
import type { SpanRange } from '../document/segments.js';
import { isSpace } from '../document/text.js';
import type { TextEdit } from '../findings/finding.js';
import { codeSpans, escapedAt } from '../document/code-spans.js';
import { copiedFromSource } from '../rules-support/counterparts.js';
import type { Rule, RuleFinding } from './rule.js';
import { COLON, CR, DASH, FULLWIDTH_PIPE, GREATER_THAN, LF, PIPE, SPACE, TAB } from '../document/chars.js';

/** What a delimiter row's `-`, `:` and `|` become in translated or retyped text: dashes, the katakana long mark, full-width forms. */
const LOOKALIKES = new Map<number, string>([
  [0x2014, '-'], // — em dash
  [0x2013, '-'], // – en dash
  [0x2015, '-'], // ― horizontal bar
  [0x2212, '-'], // − minus sign
  [0xff0d, '-'], // － full-width hyphen-minus
  [0x30fc, '-'], // ー katakana long mark
  [0xff1a, ':'], // ： full-width colon
  [FULLWIDTH_PIPE, '|'], // ｜ full-width vertical line
]);

/** Where a line's content starts past its container marks: indentation (a list item's table) and `>` of quotes. */
function contentStart(text: string, from: number, to: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < to && (c === GREATER_THAN || c === SPACE || c === TAB); c = text.charCodeAt(++i));
  return i;
}

/** Where a line ends before its line break and trailing blanks. */
function contentEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The cells of a delimiter row in text[from, to) (`|:-----|---:|`: each cell optional blanks, an
 * optional `:`, at least one `-`, an optional `:`, optional blanks; outer pipes optional), or -1.
 */
function delimiterCells(text: string, from: number, to: number): number {
  let i = from;
  let pipes = 0;
  if (text.charCodeAt(i) === PIPE) {
    i++;
    pipes++;
  }
  let cells = 0;
  while (i < to) {
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === COLON) i++;
    const dashes = i;
    while (i < to && text.charCodeAt(i) === DASH) i++;
    if (i === dashes) return -1;
    if (text.charCodeAt(i) === COLON) i++;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    cells++;
    if (i === to) break;
    if (text.charCodeAt(i) !== PIPE) return -1;
    i++;
    pipes++;
  }
  // A lone `|` has no `-`: no delimiter row.
  return pipes > 0 && cells > 0 ? cells : -1;
}

const isBlank = (c: number) => c === SPACE || c === TAB;

/**
 * Whether text[from, to) is made of a delimiter row's characters and their lookalikes, with at least
 * one lookalike and one `|` (or `｜`): a delimiter row retyped.
 */
function retypedDelimiter(text: string, from: number, to: number): boolean {
  let lookalike = false;
  let pipe = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === PIPE || c === FULLWIDTH_PIPE) pipe = true;
    if (LOOKALIKES.has(c)) lookalike = true;
    else if (c !== PIPE && c !== COLON && c !== DASH && !isBlank(c)) return false;
  }
  return lookalike && pipe;
}

/**
 * Offsets of the `|` in text[from, to) that end a cell as DocFX (Markdig) reads a pipe table: not
 * escaped, not in a code span, an HTML tag or a link (its text or destination). Driven by the `|`
 * themselves: the tags and links before each are passed by pointers that only move forward.
 */
function cellPipes(doc: LocDocument, from: number, to: number): number[] {
  const { text, links } = doc;
  const pipes: number[] = [];
  let pipe = text.indexOf('|', from);
  if (pipe === -1 || pipe >= to) return pipes;
  const code = codeSpans(text, from, to);
  let span = 0;
  let link = firstLinkFrom(doc, from);
  /** The last `<` before the current `|`, and the one after it. */
  let lastLt = -1;
  let nextLt = text.indexOf('<', from);
  /** A tag read at lastLt, and where it ends. */
  let tagEnd = -1;
  for (; pipe !== -1 && pipe < to; pipe = text.indexOf('|', pipe + 1)) {
    while (nextLt !== -1 && nextLt < pipe) {
      lastLt = nextLt;
      tagEnd = -1;
      nextLt = text.indexOf('<', nextLt + 1);
    }
    while (span < code.length && code[span]![1] <= pipe) span++;
    while (link < links.length && links[link]!.end <= pipe) link++;
    if (escapedAt(text, pipe, from)) continue;
    if (span < code.length && code[span]![0] <= pipe) continue;
    if (link < links.length && links[link]!.start <= pipe) continue;
    if (lastLt >= from) {
      if (tagEnd === -1) tagEnd = readTagAt(text, lastLt, to - lastLt)?.end ?? lastLt;
      if (tagEnd > pipe) continue;
    }
    pipes.push(pipe);
  }
  return pipes;
}

/** Index of the first link starting at or after an offset (links are in start order). */
function firstLinkFrom(doc: LocDocument, offset: number): number {
  let lo = 0;
  let hi = doc.links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.links[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cells of a row whose cell-ending pipes are `pipes` (outer pipes, when the row opens or closes with one, end no cell). */
function cellsOf(pipes: readonly number[], rowStart: number, rowEnd: number): number {
  if (pipes.length === 0) return 1;
  const leading = pipes[0] === rowStart ? 1 : 0;
  const trailing = pipes.at(-1) === rowEnd - 1 && pipes.length > leading ? 1 : 0;
  return pipes.length + 1 - leading - trailing;
}

const LINE_BREAK = 1;
const HAS_PIPE = 2;

/** What a unit's text holds of LINE_BREAK and HAS_PIPE, in one pass bounded by the unit (a native search would run on past it). */
function marksOf(text: string, range: SpanRange): number {
  let marks = 0;
  for (let i = range.contentStart; i < range.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) marks |= LINE_BREAK;
    else if (c === PIPE) marks |= HAS_PIPE;
  }
  return marks;
}

/** The edit that joins a unit's lines: each run of blanks holding a line break becomes one space, or nothing at the unit's edges. */
function joinLines(text: string, range: SpanRange): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = range.contentStart; i < range.contentEnd; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let end = i;
    let breaks = false;
    while (end < range.contentEnd && isSpace(text.charCodeAt(end))) {
      const c = text.charCodeAt(end);
      if (c === LF || c === CR) breaks = true;
      end++;
    }
    if (breaks) edits.push({ start: i, end, text: i === range.contentStart || end === range.contentEnd ? '' : ' ' });
    i = end;
  }
  return edits;
}

/** Checks the units of one table row, text[rowStart, rowEnd) (the row's content, past container marks). */
function checkRow(doc: LocDocument, lineStart: number, rowStart: number, rowEnd: number, findings: RuleFinding[]): void {
  const { text, segments } = doc;
  let rowPipes: number[] | null = null;
  let furthest = -1;
  for (let s = unitsStartingBy(segments, lineStart - 1); s < segments.length && segments[s]!.ttu.tagStart < rowEnd; s++) {
    const segment = segments[s]!;
    const { ttu, stu } = segment;
    // Nested units are read with the unit that holds them.
    if (stu === null || ttu.tagStart < furthest) continue;
    furthest = stu.end;
    const translationMarks = marksOf(text, ttu);
    const sourceMarks = marksOf(text, stu);
    if ((translationMarks & LINE_BREAK) !== 0 && (sourceMarks & LINE_BREAK) === 0) {
      findings.push({
        start: ttu.tagStart,
        end: ttu.contentStart,
        messageId: 'lineBreak',
        data: { id: segment.id },
        fix: { description: 'join the lines of the translated unit', edits: joinLines(text, ttu) },
      });
      continue;
    }
    // Nearly every unit holds no `|`: nothing to count then.
    if (((translationMarks | sourceMarks) & HAS_PIPE) === 0) continue;
    const here = cellPipes(doc, ttu.contentStart, ttu.contentEnd);
    const there = cellPipes(doc, stu.contentStart, stu.contentEnd);
    if (here.length === there.length) continue;
    rowPipes ??= cellPipes(doc, rowStart, rowEnd);
    const translationCells = cellsOf(rowPipes.filter((p) => p < stu.contentStart || p >= stu.contentEnd), rowStart, rowEnd);
    const sourceCells = cellsOf(rowPipes.filter((p) => p < ttu.contentStart || p >= ttu.contentEnd), rowStart, rowEnd);
    const counted = (n: number) => (n === 0 ? 'none' : `${n} \`|\``);
    // Escaping the translation's pipes keeps its text and the source's cells, when the source unit ends no cell.
    const fix = there.length === 0 ? { description: 'escape the `|` of the translated unit', edits: here.map((p) => ({ start: p, end: p, text: '\\' })) } : undefined;
    findings.push({
      start: (here[0] ?? ttu.tagStart),
      end: (here[0] ?? ttu.tagStart) + 1,
      messageId: here.length === 1 ? 'oneCellEnd' : 'cellEnds',
      data: { id: segment.id, pipes: counted(here.length), sourcePipes: counted(there.length), cells: translationCells, sourceCells },
      ...(fix && { fix }),
    });
  }
}

export const tableStructure: Rule = {
  id: 'table-structure',
  description:
    'A pipe table keeps its shape in translation: each translated unit ends as many cells as its source unit (a `|` escaped, in code, in a tag or in a link ends none) and breaks no row, and delimiter rows are delimiter rows',
  severity: 'error',
  severityReason:
    'Error: a row with another cell count moves text into the wrong column or drops it (DocFX keeps only as many cells as the header has), a line break ends the row, and a broken delimiter row leaves no table at all. A delimiter row of another width than its header is a warning (DocFX shows the table), reported once, on the source, when the translation copies it.',
  examples: {
    fail: '|<span data-ttu-id="e52a8-109">Eingang | Posteingang</span>…<span data-stu-id="e52a8-109">Inbox</span></span>|',
    pass: '|<span data-ttu-id="e52a8-105">Status \\| Priorität</span>…<span data-stu-id="e52a8-105">Status \\| Priority</span></span>|',
  },
  scope: 'locales',
  messages: {
    lineBreak:
      'A line break in the translation of {{id}} ends the table row inside the unit (its source unit has none): the rest of the unit is read as another row, or the table as no table',
    oneCellEnd: 'The translation of {{id}} has 1 `|` that ends a cell where its source unit has {{sourcePipes}}: the row has {{cells}} cells in the translation and {{sourceCells}} in the source',
    cellEnds: 'The translation of {{id}} has {{pipes}} that end cells where its source unit has {{sourcePipes}}: the row has {{cells}} cells in the translation and {{sourceCells}} in the source',
    delimiterWidth: 'The delimiter row has {{cells}} cells where the header row has {{headerCells}}: GitHub and other GFM renderers show no table then (DocFX does)',
    retypedDelimiter: '`{{row}}` under a header row is no delimiter row: `{{written}}` is not `{{meant}}`, so the table is not read as a table',
  },
  check(doc, ctx) {
    const { findings, widths } = derived(doc, scanTables);
    if (widths.size === 0) return findings;
    // A delimiter row the source has as narrow or wide is copied from it: reported once, on the source.
    return findings.filter((f) => !(f.width && copiedFromSource(ctx, (source) => derived(source, scanTables).widths.has(doc.text.slice(f.start, f.end)))));
  },
};

/** What the rule finds in a file, and the delimiter rows (as written) whose width differs from their header's. */
interface TableScan {
  findings: (RuleFinding & { width?: true })[];
  widths: Set<string>;
}

function scanTables(doc: LocDocument): TableScan {
  const { text, lines, codeBlocks } = doc;
  const findings: TableScan['findings'] = [];
  const widths = new Set<string>();
  const starts = lines.starts;
  const bodyStart = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
  let code = 0;
  let nextPipe = text.indexOf('|', bodyStart);
  if (nextPipe === -1) return { findings, widths };
  /** The line before, when it holds a `|` and could be a header row. */
  let header: { lineStart: number; start: number; end: number } | null = null;
  let inTable = false;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    const lineEnd = n + 1 < starts.length ? starts[n + 1]! : text.length;
    if (lineEnd <= bodyStart) continue;
    while (code < codeBlocks.length && codeBlocks[code]![1] <= lineStart) code++;
    const inCode = code < codeBlocks.length && codeBlocks[code]![0] <= lineStart;
    const start = contentStart(text, lineStart, lineEnd);
    const end = contentEnd(text, start, lineEnd);
    if (inCode || start === end) {
      header = null;
      inTable = false;
      continue;
    }
    if (nextPipe !== -1 && nextPipe < start) nextPipe = text.indexOf('|', start);
    const hasPipe = nextPipe !== -1 && nextPipe < end;
    if (inTable) {
      checkRow(doc, lineStart, start, end, findings);
      continue;
    }
    if (header !== null) {
      const cells = delimiterCells(text, start, end);
      if (cells !== -1) {
        inTable = true;
        const headerCells = cellsOf(cellPipes(doc, header.start, header.end), header.start, header.end);
        if (cells !== headerCells) {
          widths.add(text.slice(start, end));
          findings.push({
            start,
            end,
            severity: 'warning',
            width: true,
            messageId: 'delimiterWidth',
            data: { cells, headerCells },
          });
        }
        checkRow(doc, header.lineStart, header.start, header.end, findings);
        header = null;
        continue;
      }
      if (retypedDelimiter(text, start, end)) {
        const edits: TextEdit[] = [];
        for (let i = start; i < end; i++) {
          const ascii = LOOKALIKES.get(text.charCodeAt(i));
          if (ascii !== undefined) edits.push({ start: i, end: i + 1, text: ascii });
        }
        findings.push({
          start,
          end,
          messageId: 'retypedDelimiter',
          data: { row: text.slice(start, end), written: text[edits[0]!.start]!, meant: edits[0]!.text },
          fix: { description: 'write the delimiter row with `-`, `:` and `|`', edits },
        });
      }
    }
    header = hasPipe ? { lineStart, start, end } : null;
  }
  return { findings, widths };
}
