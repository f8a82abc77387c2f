import { ASTERISK, BACKSLASH, CLOSE_PAREN, COLON, CR, DASH, DOT, GREATER_THAN, HASH, isDigit, LESS_THAN, LF, PIPE, PLUS, SPACE, TAB, UNDERSCORE } from './chars.js';

/**
 * GFM tables as micromark-extension-gfm-table reads them: a header row, then a delimiter row with as
 * many cells, then body rows until a blank line or another block. Each cell is inline content of its
 * own, so nothing inline (code span, link) pairs across a cell's `|` or a row's end.
 */

/** A table being read: its rows are the lines of its container that open no other block. */
export interface Table {
  /** Block quote marks before each row. */
  quotes: number;
  /** Where its container's content starts, in columns: a row indented less is not in the table, one indented 4 more is indented code. */
  column: number;
}

/** A line's block quote marks (each ` {0,3}>[ \t]?`), then its indentation in columns and where its content starts. */
interface LinePrefix {
  quotes: number;
  indent: number;
  contentStart: number;
}

function linePrefix(text: string, lineStart: number, lineEnd: number): LinePrefix {
  let quotes = 0;
  let at = lineStart;
  for (;;) {
    let i = at;
    while (i < at + 3 && text.charCodeAt(i) === SPACE) i++;
    if (i >= lineEnd || text.charCodeAt(i) !== GREATER_THAN) break;
    quotes++;
    at = i + 1;
    if (isBlank(text.charCodeAt(at))) at++;
  }
  let indent = 0;
  for (let c = text.charCodeAt(at); at < lineEnd && isBlank(c); c = text.charCodeAt(++at)) indent = c === TAB ? indent + 4 - (indent % 4) : indent + 1;
  return { quotes, indent, contentStart: at };
}

const isBlank = (c: number) => c === SPACE || c === TAB;

/** Where a line's content ends: before its line break and trailing blanks. */
function contentEndOf(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > lineStart && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR || isBlank(text.charCodeAt(end - 1)))) end--;
  return end;
}

/** Where a list item's marker at `at` ends (`-`, `*`, `+`, or up to nine digits and `.` or `)`), or -1 when none is there. */
export function listMarkerEnd(text: string, at: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === DASH || c === ASTERISK || c === PLUS) return i + 1;
  while (i < at + 9 && isDigit(text.charCodeAt(i))) i++;
  if (i === at || (text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== CLOSE_PAREN)) return -1;
  return i + 1;
}

/** Length of a list marker and the blanks after it at `at` (`- `, `1. `, a marker that ends the content), else 0. */
function listMarkerAt(text: string, at: number, end: number): number {
  let i = listMarkerEnd(text, at);
  if (i < 0) return 0;
  if (i === end) return i - at;
  if (!isBlank(text.charCodeAt(i))) return 0;
  const marker = i;
  while (i < end && i < marker + 4 && isBlank(text.charCodeAt(i))) i++;
  // Five blanks or more: the content is indented code, which starts one blank after the marker.
  return (i < end && isBlank(text.charCodeAt(i)) ? marker + 1 : i) - at;
}

/**
 * The cells of a delimiter row in text[from, to): each an optional `:`, at least one `-`, an optional
 * `:`, between `|` (outer ones optional) and blanks; at least one `:` or `|` tells it from a thematic
 * break or a setext underline. -1 when it is no delimiter row.
 */
function delimiterCells(text: string, from: number, to: number): number {
  let i = from;
  let marked = false;
  if (text.charCodeAt(i) === PIPE) {
    marked = true;
    i = skipBlanks(text, i + 1, to);
  }
  let cells = 0;
  while (i < to) {
    if (text.charCodeAt(i) === COLON) {
      marked = true;
      i++;
    }
    const dashes = i;
    while (i < to && text.charCodeAt(i) === DASH) i++;
    if (i === dashes) return -1;
    if (text.charCodeAt(i) === COLON) {
      marked = true;
      i++;
    }
    cells++;
    i = skipBlanks(text, i, to);
    if (i === to) break;
    if (text.charCodeAt(i) !== PIPE) return -1;
    marked = true;
    i = skipBlanks(text, i + 1, to);
  }
  return marked && cells > 0 ? cells : -1;
}

function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The cells of a header row in text[from, to), counted as micromark counts them: a cell opens at the
 * first character after the row's start or a `|`; `\` takes a `\` or `|` after it into the cell. A
 * row of one `|` and nothing else is none (-1).
 */
function headerCells(text: string, from: number, to: number): number {
  let cells = 0;
  let marks = 0;
  let opens = text.charCodeAt(from) !== PIPE;
  if (opens) marks++;
  for (let i = from; i < to; ) {
    let c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    marks++;
    if (opens) {
      opens = false;
      cells++;
    }
    if (c === PIPE) {
      opens = true;
      i++;
      continue;
    }
    while (i < to && !isBlank(c) && c !== PIPE) {
      i++;
      if (c === BACKSLASH && i < to && (text.charCodeAt(i) === BACKSLASH || text.charCodeAt(i) === PIPE)) i++;
      c = text.charCodeAt(i);
    }
  }
  return marks > 1 ? cells : -1;
}

/** Whether text[from, to) is a thematic break: three or more of one of `-`, `*`, `_`, and blanks. */
function isThematicBreak(text: string, from: number, to: number): boolean {
  const mark = text.charCodeAt(from);
  if (mark !== DASH && mark !== ASTERISK && mark !== UNDERSCORE) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === mark) marks++;
    else if (!isBlank(c)) return false;
  }
  return marks >= 3;
}

/** Whether text[from, to) opens an ATX heading: one to six `#`, then a blank or the end. */
function opensAtxHeading(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i < from + 7 && text.charCodeAt(i) === HASH) i++;
  return i > from && i - from <= 6 && (i === to || isBlank(text.charCodeAt(i)));
}

/** Whether a delimiter row may start at `at`: `|`, `:`, or `-` but not a list item's `- `. */
function mayOpenDelimiterRow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === DASH) {
    const next = text.charCodeAt(at + 1);
    return next === DASH || next === PIPE || next === COLON;
  }
  return c === PIPE || c === COLON;
}

/**
 * The table a delimiter row [lineStart, lineEnd) opens under the paragraph line [headerStart,
 * lineStart) before it, or null: both in the same block quotes, the row indented at most 3 past the
 * header's container, and as many cells in each.
 */
export function tableAt(text: string, headerStart: number, lineStart: number, lineEnd: number): Table | null {
  // Nearly every line asked about is a list item (`- `): told by its first marks, before its prefix is read.
  let at = lineStart;
  for (let c = text.charCodeAt(at); c === SPACE || c === TAB || c === GREATER_THAN; c = text.charCodeAt(++at));
  if (!mayOpenDelimiterRow(text, at)) return null;
  const row = linePrefix(text, lineStart, lineEnd);
  if (!mayOpenDelimiterRow(text, row.contentStart)) return null;
  const end = contentEndOf(text, lineStart, lineEnd);
  const cells = delimiterCells(text, row.contentStart, end);
  if (cells < 0) return null;
  const header = linePrefix(text, headerStart, lineStart);
  if (header.quotes !== row.quotes) return null;
  const headerEnd = contentEndOf(text, headerStart, lineStart);
  const marker = listMarkerAt(text, header.contentStart, headerEnd);
  let column: number;
  if (marker > 0) {
    // A list item's first line: the table is in the item, whose content starts past the marker.
    column = header.indent + marker;
    if (row.indent < column || row.indent - column > 3) return null;
  } else {
    if (row.indent > 3 && row.indent - header.indent > 3) return null;
    column = Math.min(header.indent, row.indent);
  }
  return headerCells(text, header.contentStart + marker, headerEnd) === cells ? { quotes: row.quotes, column } : null;
}

/**
 * Whether the line [lineStart, lineEnd) is a body row of `table`: not blank, in the same block
 * quotes and container, and opening no other block. `opensHtmlBlock` tells an HTML block's start
 * from the line's content.
 */
export function isTableRow(text: string, lineStart: number, lineEnd: number, table: Table, opensHtmlBlock: (line: string) => boolean): boolean {
  const prefix = linePrefix(text, lineStart, lineEnd);
  const { contentStart } = prefix;
  const end = contentEndOf(text, lineStart, lineEnd);
  if (contentStart >= end || prefix.quotes !== table.quotes) return false;
  if (prefix.indent < table.column || prefix.indent - table.column > 3) return false;
  if (listMarkerAt(text, contentStart, end) > 0 || isThematicBreak(text, contentStart, end) || opensAtxHeading(text, contentStart, end)) return false;
  return text.charCodeAt(contentStart) !== LESS_THAN || !opensHtmlBlock(text.slice(contentStart, end));
}

/**
 * The `|` that end table cells, rows given in text order: the next `|` is found by a native search
 * and kept until passed, so the text is searched once however many rows hold none.
 */
export class CellEnds {
  private next = -1;

  constructor(private readonly text: string) {}

  /** Pushes onto `offsets` the `|` of the row text[from, to) that end a cell: those after an even run of backslashes. */
  push(from: number, to: number, offsets: number[]): void {
    const { text } = this;
    if (this.next < from) this.next = pipeFrom(text, from);
    for (; this.next < to; this.next = pipeFrom(text, this.next + 1)) {
      let slashes = 0;
      while (this.next - 1 - slashes >= from && text.charCodeAt(this.next - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) offsets.push(this.next);
    }
  }
}

function pipeFrom(text: string, from: number): number {
  const at = text.indexOf('|', from);
  return at === -1 ? text.length : at;
}
