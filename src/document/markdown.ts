import { BACKTICK, GREATER_THAN, HASH, LESS_THAN, SPACE, TAB, TILDE } from './chars.js';
import { isSpace, type LineIndex } from './text.js';

export interface Heading {
  level: number;
  /** Offset of the first `#`. */
  start: number;
  end: number;
  /** Heading content without the `#` marks and closing sequence. */
  text: string;
}

export interface BlockStructure {
  /** Fenced code blocks as [start, end) offsets: no HTML or segments are read inside them. */
  codeBlocks: [number, number][];
  headings: Heading[];
}

const FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;

/**
 * An ATX heading as /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/ reads a line: its level and
 * its text without the closing `#`s. A scan, as the lazy pattern was slow on long bilingual headings.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  const hashes = i;
  while (line.charCodeAt(i) === HASH) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return null;
  if (i < line.length && !isBlank(line.charCodeAt(i))) return null;
  while (isBlank(line.charCodeAt(i))) i++;
  let end = line.length;
  while (end > i && isBlank(line.charCodeAt(end - 1))) end--;
  // A closing sequence is a run of `#` set off by a space or tab.
  let hashRun = end;
  while (hashRun > i && line.charCodeAt(hashRun - 1) === HASH) hashRun--;
  if (hashRun < end && hashRun > i && isBlank(line.charCodeAt(hashRun - 1))) {
    end = hashRun;
    while (end > i && isBlank(line.charCodeAt(end - 1))) end--;
  }
  const text = line.slice(i, end);
  // `.` matches no line terminator: with one inside, the pattern fails.
  return /[\r\n\u2028\u2029]/.test(line) ? null : { level, text };
}

const isBlank = (c: number) => c === SPACE || c === TAB;

/** Whether a line can be a fence or an ATX heading: its first mark after spaces, tabs and `>` is `` ` ``, `~` or `#`. */
function mayOpenBlock(text: string, lineStart: number): boolean {
  let i = lineStart;
  let c = text.charCodeAt(i);
  while (c === SPACE || c === TAB || c === GREATER_THAN) c = text.charCodeAt(++i);
  return c === BACKTICK || c === TILDE || c === HASH;
}

/** Fenced code blocks and ATX headings, reading only the lines that can be either. */
export function scanBlocks(text: string, lines: LineIndex): BlockStructure {
  const codeBlocks: [number, number][] = [];
  const headings: Heading[] = [];
  let fence: { char: string; length: number; start: number } | null = null;
  const starts = lines.starts;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    if (!mayOpenBlock(text, lineStart)) continue;
    const lineEnd = n + 1 < starts.length ? starts[n + 1]! : text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence.char && f[1]!.length >= fence.length && f[2]!.trim() === '') {
        codeBlocks.push([fence.start, lineEnd]);
        fence = null;
      }
      continue;
    }
    if (f) {
      // A backtick fence's info string may not hold a backtick (CommonMark 4.5).
      if (f[1]![0] === '`' && f[2]!.includes('`')) continue;
      fence = { char: f[1]![0]!, length: f[1]!.length, start: lineStart };
      continue;
    }
    const h = atxHeading(line);
    if (h) headings.push({ level: h.level, start: lineStart + line.indexOf('#'), end: lineStart + line.length, text: h.text });
  }
  if (fence) codeBlocks.push([fence.start, text.length]);
  return { codeBlocks, headings };
}

export type Container = 'blockquote' | 'list-item' | 'heading' | 'table-cell' | 'html-table-cell' | 'link-text' | 'paragraph';

/**
 * The Markdown containers around an offset, outermost first, read from the text before it on its
 * line (segments never start a container of their own, so the line prefix tells).
 */
export function containersAt(text: string, offset: number, lineStart: number): Container[] {
  let prefix = text.slice(lineStart, offset);
  const containers: Container[] = [];
  const quote = /^[ \t]*>[ \t]?/;
  if (quote.test(prefix)) {
    containers.push('blockquote');
    while (quote.test(prefix)) prefix = prefix.replace(quote, '');
  }
  if (/^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(prefix)) containers.push('list-item');
  if (/^ {0,3}#{1,6}[ \t]/.test(prefix)) containers.push('heading');
  else if (/^[ \t]*\|/.test(prefix) || /(?:^|[^\\])\|/.test(prefix)) containers.push('table-cell');
  else if (/<t[dh][\s>]/i.test(prefix)) containers.push('html-table-cell');
  if (/\[[^\]]*$/.test(prefix)) containers.push('link-text');
  if (containers.length === 0 || containers.at(-1) === 'blockquote' || containers.at(-1) === 'list-item') containers.push('paragraph');
  return containers;
}

/**
 * `text` without its `<…>` tags, as `/<[^>]*>/g` removes them, in linear time: after the last `>` no
 * tag closes, and before it every `<` scans only to the next `>`, which the match then consumes.
 */
function withoutTags(text: string): string {
  const last = text.lastIndexOf('>');
  return last === -1 ? text : text.slice(0, last + 1).replace(/<[^>]*>/g, '') + text.slice(last + 1);
}

/**
 * Links and images replaced by their text, as `/!?\[([^\]]*)\]\([^)]*\)/g` with `$1` does, in one
 * pass: the next `]` and the next `)` only move forward, so no `[` scans the rest of the text again.
 */
function linkTextsOnly(text: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  let paren = -1;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', Math.max(i + 1, from))) {
    if (close < i) close = text.indexOf(']', i);
    if (close === -1) break;
    if (text[close + 1] !== '(') continue;
    if (paren < close + 2) paren = text.indexOf(')', close + 2);
    if (paren === -1) break;
    const start = i > from && text[i - 1] === '!' ? i - 1 : i;
    out += text.slice(from, start) + text.slice(i + 1, close);
    from = paren + 1;
  }
  return out + text.slice(from);
}

/** The id docs sites (docfx, GitHub) give a heading: lower-case words joined by dashes. */
export function headingSlug(text: string): string {
  return linkTextsOnly(withoutTags(text))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Text a reader sees in an HTML fragment: tags and surrounding whitespace do not count. */
export function visibleText(html: string): string {
  return withoutTags(html).trim();
}

/** Whether visibleText(text[start, end)) is not empty, told at a glance when the text opens with a character other than `<`. */
export function hasVisibleText(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  return text.charCodeAt(i) !== LESS_THAN || visibleText(text.slice(start, end)) !== '';
}
