import {
  ASCII_END,
  ASTERISK,
  AT_SIGN,
  BACKSLASH,
  BACKTICK,
  BANG,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  CR,
  DASH,
  DELETE,
  DOT,
  GREATER_THAN,
  HASH,
  INLINE_MARKS,
  isDigit,
  LESS_THAN,
  LF,
  LOWER_A,
  LOWER_S,
  OPEN_BRACKET,
  OPEN_PAREN,
  PLUS,
  SLASH,
  SPACE,
  TAB,
} from './chars.js';
import { plainTagLength, RAW_TAG_LIMIT, rawHtmlLengthAtStart, tagLengthAtStart } from './html-tags.js';
import { inOffsetOrder, isSpace, type LineIndex } from './text.js';

export type LinkKind = 'inline' | 'image' | 'reference' | 'autolink' | 'html' | 'include';

export interface Link {
  kind: LinkKind;
  /** The whole construct, from `[` (or `![`, `<`) to its end. */
  start: number;
  end: number;
  /** The link text (or image alt) as written; empty for autolinks and HTML attributes. */
  textStart: number;
  textEnd: number;
  /** The destination as written, and as it reads once escapes and entities are decoded. */
  destStart: number;
  destEnd: number;
  target: string;
  /** For reference links: the label that names the definition. */
  label?: string;
}

export interface Definition {
  label: string;
  start: number;
  end: number;
  destStart: number;
  destEnd: number;
  target: string;
}

/** Text shaped like a link that CommonMark does not read as one: `[text](two words)`. */
export interface LooseLink {
  start: number;
  end: number;
  target: string;
}

export interface LinkScan {
  links: Link[];
  definitions: Definition[];
  looseLinks: LooseLink[];
}

// CommonMark 4.6: block-level tag names that start an HTML block (condition 6).
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const HTML_URL_ATTR = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

const EMAIL_LOCAL = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

/**
 * Whether `<` at `at` can open an autolink: a URI's scheme ends at `:` and an e-mail's local part
 * at `@`, both made of e-mail local characters. Every HTML tag fails this first look.
 */
function mayBeAutolink(text: string, at: number): boolean {
  let i = at + 1;
  let c = text.charCodeAt(i);
  while (c < ASCII_END && EMAIL_LOCAL[c] === 1) c = text.charCodeAt(++i);
  return c === COLON || c === AT_SIGN;
}

/** Whether a link is an image: `![alt](src)` or an HTML `<img>` tag's `src`. */
export function isImage(text: string, link: Link): boolean {
  if (link.kind === 'image') return true;
  if (link.kind !== 'html' || text.slice(link.start + 1, link.start + 4).toLowerCase() !== 'img') return false;
  // `<img` in any case, then what ends a tag name.
  const after = text.charCodeAt(link.start + 4);
  return isSpace(after) || after === SLASH || after === GREATER_THAN;
}

function execAtStart(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** Backslash escapes and character references, as a renderer reads a Markdown destination. */
export function decodeDestination(raw: string): string {
  return decodeEntities(raw.includes('\\') ? raw.replace(/\\([!-/:-@[-`{-~])/g, '$1') : raw);
}

/** Character references (numeric and the common named ones), as in an HTML attribute. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return ENTITIES[ref] ?? whole;
    });
}

/** CommonMark label matching: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

interface Block {
  /** Offsets where inline content starts a new block: brackets never pair across them. */
  breaks: number[];
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

/** One pass over the lines: where blocks start, and what holds no inline Markdown. */
function scanLinkBlocks(text: string, lines: LineIndex, codeBlocks: readonly [number, number][]): Block {
  const breaks: number[] = [];
  const opaque: [number, number][] = [];
  const htmlBlocks: [number, number][] = [];
  const definitions: Definition[] = [];
  const starts = lines.starts;
  let code = 0;
  let inParagraph = false;
  let html: { end: 'blank' | 'comment' } | null = null;
  let htmlStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const lineStart = starts[i]!;
    const lineEnd = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (code < codeBlocks.length && codeBlocks[code]![1] <= lineStart) code++;
    if (code < codeBlocks.length && codeBlocks[code]![0] <= lineStart) {
      inParagraph = false;
      continue;
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
      } else html = { end: htmlStartKind };
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
    } else if (LIST_OR_QUOTE.test(line) || /^[ \t]*\|/.test(line) || THEMATIC_OR_SETEXT.test(line)) {
      breaks.push(lineStart);
      inParagraph = !THEMATIC_OR_SETEXT.test(line);
    } else inParagraph = true;
  }
  if (html) {
    opaque.push([htmlStart, text.length]);
    htmlBlocks.push([htmlStart, text.length]);
  }
  return { breaks, opaque, htmlBlocks, definitions };
}

/**
 * Whether a line's first character makes it plain paragraph text for every test below: not
 * blank, not a block mark (`>`, `-`, `*`, `+`, `_`, `=`, `#`, `|`, `[`, `<`, a digit), not
 * indentation. Most lines of prose are told by this one look.
 */
function opensParagraphLine(c: number): boolean {
  // NaN (past the end of the text) is neither: the blank last line goes the long way.
  return c >= ASCII_END ? !isSpace(c) : c < ASCII_END && ORDINARY_ASCII[c] === 1;
}
const ORDINARY_ASCII = new Uint8Array(ASCII_END);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!"$%&\'(),./:;?@\\]^`{}~') ORDINARY_ASCII[ch.charCodeAt(0)] = 1;

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
  let i = lineStart;
  const c = text.charCodeAt(i);
  if (c === DASH || c === ASTERISK || c === PLUS) i++;
  else {
    while (i < lineStart + 9 && isDigit(text.charCodeAt(i))) i++;
    if (i === lineStart || (text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== CLOSE_PAREN)) return 0;
    i++;
  }
  const markerEnd = i;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i > markerEnd ? i - lineStart : 0;
}

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

/** A `[` or `![` waiting for its `]`; openers never outlive their block (`breaks`). */
interface Opener {
  at: number;
  image: boolean;
  active: boolean;
}

/** The characters besides `<` where something may start. */
const READ_AT = [...INLINE_MARKS];

/**
 * Links as CommonMark reads them (inline, images, references, autolinks), HTML `href`/`src`, and
 * docfx include directives, in one pass over the text. Of the `<`, it reads only `lessThans`, those
 * the tag scan did not find plain (TagScanner.linkStops): the plain ones hold nothing to read.
 * `npm run corpus:parsers` checks it against micromark over a whole corpus.
 */
export function scanLinks(text: string, lines: LineIndex, codeBlocks: readonly [number, number][], lessThans: readonly number[]): LinkScan {
  const block = scanLinkBlocks(text, lines, codeBlocks);
  const definitions = new Map<string, Definition>();
  for (const d of block.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
  const links: Link[] = [];
  const skips = inOffsetOrder([...codeBlocks, ...block.opaque], (range) => range[0]);
  const breaks = inOffsetOrder(block.breaks, (offset) => offset);
  let skip = 0;
  let nextBreak = 0;
  const openers: Opener[] = [];
  const n = text.length;

  const codeSpans = new CodeSpanCloser(text);
  const blockEnd = () => (nextBreak < breaks.length ? breaks[nextBreak]! : n);

  // Where the next character that may start something lies: the next of each READ_AT character,
  // found by a native search and kept until passed, or the next `<` the tag scan did not find plain.
  const readAt = new Int32Array(READ_AT.length).fill(-1);
  let lessThan = 0;
  const nextSpecial = (from: number) => {
    while (lessThan < lessThans.length && lessThans[lessThan]! < from) lessThan++;
    let next = lessThan < lessThans.length ? lessThans[lessThan]! : n;
    for (let k = 0; k < READ_AT.length; k++) {
      if (readAt[k]! < from) {
        const at = text.indexOf(READ_AT[k]!, from);
        readAt[k] = at === -1 ? n : at;
      }
      if (readAt[k]! < next) next = readAt[k]!;
    }
    return next;
  };
  for (let i = nextSpecial(0); i < n; i = nextSpecial(i + 1)) {
    while (nextBreak < breaks.length && breaks[nextBreak]! <= i) {
      nextBreak++;
      openers.length = 0;
    }
    while (skip < skips.length && skips[skip]![1] <= i) skip++;
    if (skip < skips.length && skips[skip]![0] <= i) {
      i = skips[skip]![1] - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 < n && ASCII_PUNCTUATION.test(text[i + 1]!)) i++;
    } else if (c === BACKTICK) {
      let run = 1;
      while (text.charCodeAt(i + run) === BACKTICK) run++;
      const close = codeSpans.closeOf(i + run, run, blockEnd());
      i = (close === -1 ? i + run : close) - 1;
    } else if (c === LESS_THAN) {
      // Nearly every `<` of a localized file opens a plain tag: stepped over without a slice or a regex.
      const plain = plainTagLength(text, i, Math.min(n - i, RAW_TAG_LIMIT));
      if (plain > 0) {
        i += plain - 1;
        continue;
      }
      const rest = text.slice(i, Math.min(n, i + RAW_TAG_LIMIT));
      const autolink = mayBeAutolink(text, i);
      const url = autolink ? execAtStart(AUTOLINK, rest) : null;
      const auto = url ?? (autolink ? execAtStart(EMAIL_AUTOLINK, rest) : null);
      if (auto) {
        const email = url === null;
        links.push({
          kind: 'autolink',
          start: i,
          end: i + auto[0].length,
          textStart: i + 1,
          textEnd: i + auto[0].length - 1,
          destStart: i + 1,
          destEnd: i + auto[0].length - 1,
          target: (email ? 'mailto:' : '') + auto[1]!,
        });
        i += auto[0].length - 1;
        continue;
      }
      const length = rawHtmlLengthAtStart(rest);
      if (length > 0) {
        // A closing tag has no attributes to hold a URL.
        if (text.charCodeAt(i + 1) !== SLASH) collectHtmlUrls(rest.slice(0, length), i, links);
        i += length - 1;
      }
    } else if (c === OPEN_BRACKET) {
      openers.push({ at: i, image: false, active: true });
    } else if (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET) {
      openers.push({ at: i, image: true, active: true });
      i++;
    } else if (c === CLOSE_BRACKET) {
      const opener = openers.pop();
      if (opener === undefined || !opener.active) continue;
      const textStart = opener.at + (opener.image ? 2 : 1);
      const link = readLinkTail(text, i, blockEnd()) ?? readReference(text, textStart, i, definitions);
      if (link === null) continue;
      const include = !opener.image && followsInclude(text, opener.at);
      links.push({
        kind: opener.image ? 'image' : include ? 'include' : link.label !== undefined ? 'reference' : 'inline',
        start: opener.at,
        end: link.end,
        textStart,
        textEnd: i,
        destStart: link.destStart,
        destEnd: link.destEnd,
        target: link.target,
        ...(link.label !== undefined ? { label: link.label } : {}),
      });
      // Links do not contain links: every `[` before this one is now plain text.
      if (!opener.image) for (const o of openers) if (!o.image) o.active = false;
      i = link.end - 1;
    }
  }
  for (const [start, end] of block.htmlBlocks) {
    const chunk = text.slice(start, end);
    const tags = /<[A-Za-z][^<>]*>/g;
    for (let m = tags.exec(chunk); m !== null; m = tags.exec(chunk)) collectHtmlUrls(m[0], start + m.index, links);
  }
  inOffsetOrder(links, (link) => link.start);
  return { links, definitions: block.definitions, looseLinks: findLooseLinks(text, links, skips) };
}

/**
 * Where a target holding whitespace, read from a `](` at `at`, ends (just past its `)`), or -1:
 * what /\]\(([^()\n]*\s[^()\n]*)\)/y matches there. Such a target leaves the link plain text.
 */
export function spacedTargetEnd(text: string, at: number): number {
  // The one whitespace the pattern asks for may be a line end: a second one ends the search.
  let end = at + 2;
  let lineEnds = 0;
  let spaced = false;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === OPEN_PAREN || c === CLOSE_PAREN || (c === LF && ++lineEnds > 1)) break;
    if (isSpace(c)) spaced = true;
  }
  return spaced && text.charCodeAt(end) === CLOSE_PAREN ? end + 1 : -1;
}

function findLooseLinks(text: string, links: readonly Link[], skips: readonly [number, number][]): LooseLink[] {
  const loose: LooseLink[] = [];
  const skipped = (offset: number) => skips.some(([start, end]) => start <= offset && offset < end);
  // Links are in start order and `at` only grows: the furthest end of the links begun so far tells
  // whether `at` is inside one, as nearly every `](` is; its target need not be read then.
  let begun = 0;
  let furthestEnd = -1;
  for (let at = text.indexOf(']('); at !== -1; ) {
    while (begun < links.length && links[begun]!.start <= at) furthestEnd = Math.max(furthestEnd, links[begun++]!.end);
    if (at < furthestEnd) {
      at = text.indexOf('](', at + 1);
      continue;
    }
    const end = spacedTargetEnd(text, at);
    if (end === -1) {
      at = text.indexOf('](', at + 1);
      continue;
    }
    const target = text.slice(at + 2, end - 1).trim();
    if (target !== '' && !skipped(at)) loose.push({ start: at, end, target });
    at = text.indexOf('](', end);
  }
  return loose;
}

/** Whether `[!include` (any case, then spaces) stands right before `at`: /\[!include\s*$/i over the 12 characters before it. */
function followsInclude(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end - from >= 9 && text.charCodeAt(end - 9) === OPEN_BRACKET && text.charCodeAt(end - 8) === BANG && text.slice(end - 7, end).toLowerCase() === 'include';
}

/**
 * Finds the run of backticks that closes a code span, within one block at a time. Every run met is
 * kept by length, as cmark does: an opener no run closes costs a lookup, not another scan to the
 * block's end, so a block of distinct runs (`` ` `` `` `` `` … ) is read once.
 */
class CodeSpanCloser {
  private limit = -1;
  /** Every run in [origin, scanned) is in `runs`. */
  private origin = 0;
  private scanned = 0;
  private readonly runs = new Map<number, number[]>();
  /** Per length, the first kept run not before the last question's start (questions come in text order). */
  private readonly cursors = new Map<number, number>();

  constructor(private readonly text: string) {}

  /** Just past the run of `run` backticks that closes a span opened before `from`, or -1. */
  closeOf(from: number, run: number, limit: number): number {
    if (limit !== this.limit || from < this.origin) {
      this.limit = limit;
      this.origin = this.scanned = from;
      this.runs.clear();
      this.cursors.clear();
    }
    const kept = this.runs.get(run);
    if (kept !== undefined) {
      let k = this.cursors.get(run) ?? 0;
      while (k < kept.length && kept[k]! < from) k++;
      this.cursors.set(run, k);
      if (k < kept.length) return kept[k]! + run;
    }
    const { text } = this;
    for (let j = text.indexOf('`', Math.max(from, this.scanned)); j !== -1 && j < limit; j = text.indexOf('`', j)) {
      let length = 1;
      while (text.charCodeAt(j + length) === BACKTICK) length++;
      const same = this.runs.get(length);
      if (same === undefined) this.runs.set(length, [j]);
      else same.push(j);
      this.scanned = j + length;
      if (length === run) return j + length;
      j += length;
    }
    this.scanned = limit;
    return -1;
  }
}

function collectHtmlUrls(tag: string, offset: number, links: Link[]): void {
  HTML_URL_ATTR.lastIndex = 0;
  for (let m = HTML_URL_ATTR.exec(tag); m !== null; m = HTML_URL_ATTR.exec(tag)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const valueStart = offset + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    links.push({
      kind: 'html',
      start: offset,
      end: offset + tag.length,
      textStart: offset,
      textEnd: offset,
      destStart: valueStart,
      destEnd: valueStart + value.length,
      target: decodeEntities(value),
    });
  }
}

interface Tail {
  end: number;
  destStart: number;
  destEnd: number;
  target: string;
  label?: string;
}

/** `(dest "title")` right after `]`, per CommonMark 6.3. */
/** Unbalanced parentheses a bare link destination may hold (CommonMark implementations stop at 32). */
const MAX_DESTINATION_PARENS = 32;

function readLinkTail(text: string, close: number, limit: number): Tail | null {
  let i = close + 1;
  if (text.charCodeAt(i) !== OPEN_PAREN) return null;
  i = skipSpace(text, i + 1, limit);
  if (i < 0) return null;
  let destStart = i;
  let destEnd = i;
  let raw = '';
  if (text.charCodeAt(i) === LESS_THAN) {
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === GREATER_THAN || c === LESS_THAN || c === LF || c === CR) break;
    }
    if (text.charCodeAt(j) !== GREATER_THAN) return null;
    destStart = i + 1;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === OPEN_PAREN) {
        // As micromark and cmark do: deeper nesting is no destination, so that `[a](` repeated fails at once instead of scanning the block per bracket.
        if (++depth > MAX_DESTINATION_PARENS) return null;
      } else if (c === CLOSE_PAREN) {
        if (depth === 0) break;
        depth--;
      } else if (c <= SPACE || c === DELETE) break;
    }
    if (depth !== 0) return null;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j;
  }
  const afterDest = i;
  i = skipSpace(text, i, limit);
  if (i < 0) return null;
  const quote = text[i];
  if (i > afterDest && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text[j];
      if (c === '\\' && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === closer) break;
      else if (quote === '(' && c === '(') return null;
    }
    if (j >= limit) return null;
    i = skipSpace(text, j + 1, limit);
    if (i < 0) return null;
  }
  if (text.charCodeAt(i) !== CLOSE_PAREN) return null;
  return { end: i + 1, destStart, destEnd, target: decodeDestination(raw) };
}

/** Spaces and at most one line end; -1 when a blank line (or the block's end) comes first. */
function skipSpace(text: string, i: number, limit: number): number {
  let newlines = 0;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      if (++newlines > 1) return -1;
    } else if (c !== SPACE && c !== TAB && c !== CR) break;
  }
  return i < limit ? i : -1;
}

/** `[text][label]`, `[label][]` and `[label]`, when the label is defined. */
function readReference(text: string, textStart: number, close: number, definitions: Map<string, Definition>): Tail | null {
  let label = text.slice(textStart, close);
  let end = close + 1;
  const full = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(close + 1, close + 1002));
  if (full) {
    if (full[1]!.trim() !== '') label = full[1]!;
    end = close + 1 + full[0].length;
  }
  const definition = definitions.get(normalizeLabel(label));
  if (definition === undefined) return null;
  return { end, destStart: definition.destStart, destEnd: definition.destEnd, target: definition.target, label: normalizeLabel(label) };
}
