import { ASCII_END, CR, HASH, LESS_THAN, LF, LOWER_A, LOWER_S, SPACE, TAB } from './chars.js';
import { plainTagLength, tagLengthAtStart } from './html-tags.js';
import { decodeDestination, normalizeLabel, type Definition } from './links.js';
import { CellEnds, isTableRow, listMarkerEnd, tableAt, type Table } from './tables.js';
import { isSpace, type LineIndex } from './text.js';

// CommonMark 4.6: block-level tag names that start an HTML block (condition 6).
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);

/** What the block structure means for inline Markdown, read line by line before the inline scan. */
export interface BlockZones {
  /** Offsets where inline content starts a new block (a table row is one): brackets and backticks never pair across them. */
  breaks: number[];
  /**
   * The `|` that end GFM table cells, in text order: backticks never pair across them. Brackets do,
   * as DocFX (Markdig) reads a link before the cells; micromark splits the cells first.
   */
  cellEnds: number[];
  /** Ranges with no inline Markdown: fenced code, HTML blocks, definitions. */
  opaque: [number, number][];
  /** HTML blocks: their tags' URLs are still links. */
  htmlBlocks: [number, number][];
  definitions: Definition[];
}

const LIST_OR_QUOTE = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const THEMATIC_OR_SETEXT = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/;
const DEFINITION = / {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?(<(?:[^\n<>\\]|\\.)*>|[^\s<>]\S*)(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*(?=\r?\n|$)/y;

/** The columns of spaces a line opens with (a tab counts as one: the localized files indent with spaces). */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++;
  return i;
}

/** One pass over the lines: where blocks start, and what holds no inline Markdown. */
export function scanBlockZones(text: string, lines: LineIndex, codeBlocks: readonly [number, number][]): BlockZones {
  const breaks: number[] = [];
  const cellEnds: number[] = [];
  const opaque: [number, number][] = [];
  const htmlBlocks: [number, number][] = [];
  const definitions: Definition[] = [];
  const starts = lines.starts;
  let code = 0;
  let inParagraph = false;
  // An HTML block in a list item also ends at the first line indented less than the item's content
  // (`indent`; 0 outside items): an HTML block takes no lazy line, so that line leaves the item.
  let html: { end: 'blank' | 'comment'; indent: number } | null = null;
  let htmlStart = 0;
  let table: Table | null = null;
  let pipes: CellEnds | null = null;
  for (let i = 0; i < starts.length; i++) {
    const lineStart = starts[i]!;
    const lineEnd = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (code < codeBlocks.length && codeBlocks[code]![1] <= lineStart) code++;
    if (code < codeBlocks.length && codeBlocks[code]![0] <= lineStart) {
      inParagraph = false;
      table = null;
      continue;
    }
    if (table !== null) {
      // Each row is inline content of its own, and so is each of its cells.
      breaks.push(lineStart);
      if (isTableRow(text, lineStart, lineEnd, table, opensHtmlBlock)) {
        pipes!.push(lineStart, lineEnd, cellEnds);
        continue;
      }
      table = null;
      inParagraph = false;
    }
    if (html === null) {
      // The shapes of nearly every line, told without the general tests below.
      if (opensParagraphLine(text.charCodeAt(lineStart)) || opensWithInlineTag(text, lineStart, lineEnd)) {
        inParagraph = true;
        continue;
      }
      if (isAtxHeadingLine(text, lineStart)) {
        breaks.push(lineStart, lineEnd);
        inParagraph = false;
        continue;
      }
      const marker = listMarkerLength(text, lineStart);
      if (marker > 0 && opensWithInlineTag(text, lineStart + marker, lineEnd)) {
        breaks.push(lineStart);
        inParagraph = true;
        continue;
      }
    }
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === LF) contentEnd--;
    if (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    const line = text.slice(lineStart, contentEnd);
    const blank = line.trim() === '';
    if (html) {
      if (!blank && html.indent > 0 && indentOf(line) < html.indent) {
        opaque.push([htmlStart, lineStart]);
        htmlBlocks.push([htmlStart, lineStart]);
        html = null;
        inParagraph = false;
        // The line opens blocks of its own: read it again with no HTML block open.
        i--;
        continue;
      }
      const ends = html.end === 'blank' ? blank : line.includes('-->');
      if (ends) {
        const end = html.end === 'blank' ? lineStart : lineEnd;
        opaque.push([htmlStart, end]);
        htmlBlocks.push([htmlStart, end]);
        html = null;
        breaks.push(end);
        inParagraph = false;
      }
      continue;
    }
    if (blank) {
      breaks.push(lineStart);
      inParagraph = false;
      continue;
    }
    // A delimiter row makes the paragraph's last line a table's header row.
    table = inParagraph ? tableAt(text, starts[i - 1]!, lineStart, lineEnd) : null;
    if (table !== null) {
      breaks.push(starts[i - 1]!, lineStart);
      pipes ??= new CellEnds(text);
      pipes.push(starts[i - 1]!, lineStart, cellEnds);
      inParagraph = false;
      continue;
    }
    // Container markers (quotes, list items) open new blocks: what follows them is a block's first line.
    const content = line.replace(/^(?: {0,3}>[ \t]?)+/, '');
    const item = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(content);
    const htmlStartKind = htmlBlockStart(item ? content.slice(item[0].length) : content, inParagraph && !item);
    if (htmlStartKind !== null) {
      breaks.push(lineStart);
      htmlStart = lineStart;
      if (htmlStartKind === 'comment' && line.indexOf('-->', line.indexOf('<!--') + 4) !== -1) {
        opaque.push([lineStart, lineEnd]);
        htmlBlocks.push([lineStart, lineEnd]);
        breaks.push(lineEnd);
        inParagraph = false;
      } else html = { end: htmlStartKind, indent: item && content === line ? item[0].length : 0 };
      continue;
    }
    if (!inParagraph) {
      DEFINITION.lastIndex = lineStart;
      const d = DEFINITION.exec(text);
      if (d) {
        const dest = d[2]!;
        const destStart = d.index + d[0].indexOf(dest, d[0].indexOf(']:') + 2);
        const bracketed = dest.startsWith('<');
        definitions.push({
          label: normalizeLabel(d[1]!),
          start: d.index,
          end: d.index + d[0].length,
          destStart: destStart + (bracketed ? 1 : 0),
          destEnd: destStart + dest.length - (bracketed ? 1 : 0),
          target: decodeDestination(bracketed ? dest.slice(1, -1) : dest),
        });
        opaque.push([d.index, d.index + d[0].length]);
        breaks.push(d.index + d[0].length);
        // A multi-line definition: continue after it.
        while (i + 1 < starts.length && starts[i + 1]! <= d.index + d[0].length) i++;
        continue;
      }
    }
    if (ATX.test(content)) {
      breaks.push(lineStart, lineEnd);
      inParagraph = false;
    } else if (LIST_OR_QUOTE.test(line) || THEMATIC_OR_SETEXT.test(line)) {
      breaks.push(lineStart);
      inParagraph = !THEMATIC_OR_SETEXT.test(line);
    } else inParagraph = true;
  }
  if (html) {
    opaque.push([htmlStart, text.length]);
    htmlBlocks.push([htmlStart, text.length]);
  }
  return { breaks, cellEnds, opaque, htmlBlocks, definitions };
}

/**
 * Whether a line's first character makes it plain paragraph text for every test below: not
 * blank, not a block mark (`>`, `-`, `*`, `+`, `_`, `=`, `#`, `|`, `:`, `[`, `<`, a digit), not
 * indentation. Most lines of prose are told by this one look.
 */
function opensParagraphLine(c: number): boolean {
  // NaN (past the end of the text) is neither: the blank last line goes the long way.
  return c >= ASCII_END ? !isSpace(c) : c < ASCII_END && ORDINARY_ASCII[c] === 1;
}
const ORDINARY_ASCII = new Uint8Array(ASCII_END);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!"$%&\'(),./;?@\\]^`{}~') ORDINARY_ASCII[ch.charCodeAt(0)] = 1;

/**
 * Whether a line (or a list item's content) opens at `at` with a `<span …>` or `<a …>` tag with text
 * after it on the line, as the lines of a localized file nearly all do: such a line starts no HTML
 * block (the tag is not a block tag and not alone on its line), no definition, heading or list, so
 * it is paragraph text.
 */
function opensWithInlineTag(text: string, at: number, lineEnd: number): boolean {
  const second = text.charCodeAt(at + 1);
  const inline = text.charCodeAt(at) === LESS_THAN && (second === LOWER_S ? text.startsWith('span ', at + 1) : second === LOWER_A && text.charCodeAt(at + 2) === SPACE);
  if (!inline) return false;
  const length = plainTagLength(text, at, lineEnd - at);
  return length > 0 && at + length < lineEnd && !isSpace(text.charCodeAt(at + length));
}

/** Whether a line opens (in its first column) with 1–6 `#` and then a space, a tab or the line's end: ATX reads a heading. */
function isAtxHeadingLine(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (i < lineStart + 6 && text.charCodeAt(i) === HASH) i++;
  const after = text.charCodeAt(i);
  return i > lineStart && (after === SPACE || after === TAB || after === LF || after === CR || Number.isNaN(after));
}

/** Length of a list marker and the spaces after it (`- `, `1. `, `2) `) opening a line in its first column, else 0. */
function listMarkerLength(text: string, lineStart: number): number {
  const markerEnd = listMarkerEnd(text, lineStart);
  if (markerEnd < 0) return 0;
  let i = markerEnd;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i > markerEnd ? i - lineStart : 0;
}

/** Whether a line that follows a table row opens an HTML block: it is no paragraph's, so a lone tag does too. */
const opensHtmlBlock = (line: string) => htmlBlockStart(line, false) !== null;

/** CommonMark HTML block start conditions 2 (comment), 6 (block tag) and 7 (a lone complete tag). */
function htmlBlockStart(line: string, inParagraph: boolean): 'blank' | 'comment' | null {
  const m = /^ {0,3}<(\/?)([A-Za-z][A-Za-z0-9-]*|!--)/.exec(line);
  if (!m) return null;
  if (m[2] === '!--') return 'comment';
  const after = line.slice(m[0].length);
  if (BLOCK_TAGS.has(m[2]!.toLowerCase()) && /^(?:[\s/>]|$)/.test(after)) return 'blank';
  if (inParagraph || /^(?:script|pre|style|textarea)$/i.test(m[2]!)) return null;
  const rest = line.replace(/^ {0,3}/, '');
  const length = tagLengthAtStart(rest);
  return length > 0 && rest.slice(length).trim() === '' ? 'blank' : null;
}