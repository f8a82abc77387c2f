import type { Token, TokenHandler } from 'parse5';
import { lazyDependency } from '../runtime.js';
import { AMPERSAND, APOSTROPHE, ASCII_END, BACKTICK, CASE_BIT, DASH, EQUALS, GREATER_THAN, INLINE_MARKS, LESS_THAN, LOWER_A, LOWER_N, LOWER_P, LOWER_S, LOWER_Z, QUOTE, SLASH, SPACE, UPPER_A, UPPER_Z } from './chars.js';
import { isSpace } from './text.js';

const parse5 = lazyDependency<typeof import('parse5')>('parse5');

// The one reader of HTML tags, in two grammars: where CommonMark ends raw HTML (the inline scan,
// HTML blocks, readTagAt), and where a browser ends a tag and reads its attributes (TagScanner, the
// segment pairing). TagScanner tells the inline scan which `<` it may leave unread (linkStops), from
// the same characters the inline scan stops at (INLINE_MARKS).

/** How far one raw HTML tag is read. */
export const RAW_TAG_LIMIT = 4096;
// Sticky, so that test() leaves the match's end in lastIndex: no match array for each of a file's tags.
const OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
const INLINE_HTML = /(?:<!---->|<!--->|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>)/y;

const TAG_NAME = new Uint8Array(ASCII_END);
const ATTRIBUTE_NAME = new Uint8Array(ASCII_END);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') TAG_NAME[ch.charCodeAt(0)] = ATTRIBUTE_NAME[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789-') TAG_NAME[ch.charCodeAt(0)] = 2;
for (const ch of '_:') ATTRIBUTE_NAME[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789.-') ATTRIBUTE_NAME[ch.charCodeAt(0)] = 2;

/**
 * Length of `</name>` or `<name attribute="value">` at `at` (within `limit`), else 0: the two shapes
 * of nearly every tag in a localized file, which OPEN_TAG and CLOSE_TAG read to the same end. Only
 * tags that can give no link qualify: the attribute is not `href` or `src`, and the value holds no
 * `=` (the inline scan's attribute pattern does not read quotes).
 */
export function plainTagLength(text: string, at: number, limit: number): number {
  let i = at + 1;
  const closing = text.charCodeAt(i) === SLASH;
  if (closing) i++;
  // Guarded by `< ASCII_END`: a table read out of bounds (non-Latin text, NaN past the end) puts V8 on a
  // slow path for every later read.
  let c = text.charCodeAt(i);
  if (!(c < ASCII_END && TAG_NAME[c] === 1)) return 0;
  while ((c = text.charCodeAt(++i)) < ASCII_END && TAG_NAME[c]! > 0);
  let end: number;
  if (closing) {
    if (text.charCodeAt(i) !== GREATER_THAN) return 0;
    end = i + 1;
  } else {
    if (text.charCodeAt(i) !== SPACE) return 0;
    const nameStart = ++i;
    c = text.charCodeAt(i);
    if (!(c < ASCII_END && ATTRIBUTE_NAME[c] === 1)) return 0;
    while ((c = text.charCodeAt(++i)) < ASCII_END && ATTRIBUTE_NAME[c]! > 0);
    if (isUrlAttribute(text, nameStart, i)) return 0;
    if (text.charCodeAt(i) !== EQUALS || text.charCodeAt(i + 1) !== QUOTE) return 0;
    let close = i + 2;
    for (c = text.charCodeAt(close); c !== QUOTE; c = text.charCodeAt(++close)) if (c === EQUALS || close >= at + limit) return 0;
    if (text.charCodeAt(close + 1) !== GREATER_THAN) return 0;
    end = close + 2;
  }
  return end - at <= limit ? end - at : 0;
}

/** Whether text[from, to) names `href` or `src` (in any case), whose values are links. */
export function isUrlAttribute(text: string, from: number, to: number): boolean {
  const name = to - from === 4 ? 'href' : to - from === 3 ? 'src' : null;
  if (name === null) return false;
  // Only letters fold onto these letters.
  for (let i = 0; i < name.length; i++) if ((text.charCodeAt(from + i) | CASE_BIT) !== name.charCodeAt(i)) return false;
  return true;
}

/** Length of a sticky pattern's match at the start of `text`, or 0. */
function matchLength(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.test(text) ? pattern.lastIndex : 0;
}

/** Length of the opening or closing tag CommonMark reads at the start of `window`, else 0. */
export function tagLengthAtStart(window: string): number {
  return matchLength(OPEN_TAG, window) || matchLength(CLOSE_TAG, window);
}

/** Length of the raw HTML CommonMark reads inline at the start of `window` (a tag, comment, processing instruction, declaration or CDATA section), else 0. */
export function rawHtmlLengthAtStart(window: string): number {
  return tagLengthAtStart(window) || matchLength(INLINE_HTML, window);
}

/**
 * Length of the raw HTML tag CommonMark reads at `at` (an opening or closing tag; not a comment),
 * else 0, over at most `limit` characters (and RAW_TAG_LIMIT, as the inline scan).
 */
export function rawTagLength(text: string, at: number, limit: number): number {
  return tagLengthAtStart(text.slice(at, Math.min(at + limit, at + RAW_TAG_LIMIT)));
}

/** A tag's attributes in source order, names in lower case; the first of a repeated name counts, as in a browser. */
export class Attributes implements Iterable<[string, string]> {
  /** Names and values, alternating: most tags carry one attribute, and a Map per tag costs more than it saves. */
  constructor(private readonly pairs: readonly string[]) {}

  get(name: string): string | undefined {
    return valueIn(this.pairs, name);
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i]!, this.pairs[i + 1]!];
  }
}

const NO_ATTRIBUTES = new Attributes([]);
/** How far parse5 may read to find the end of one odd tag. */
const ODD_TAG_LIMIT = 16 * 1024;
/** Characters parse5 may read over all odd tags, per character of the file: the look-ahead stays linear in the file (no corpus file needs half of it). */
const ODD_TAG_READ_PER_CHAR = 1;

/** The tag a scan stands on. */
export interface Tag {
  readonly name: 'span' | 'a';
  readonly closing: boolean;
  readonly start: number;
  readonly end: number;
  /** The attribute's value, or undefined when the tag has none of that (lower-case) name. */
  attribute(name: string): string | undefined;
}

/**
 * Finds `<span>` and `<a>` tags, and comments, outside comments and the given skipped ranges (fenced
 * code), one tag at a time: `next()` moves to the next tag, which the scanner then shows. A tag of
 * the common shapes costs no allocation: a localized file holds six tags per unit, and the callers
 * keep a few of their values only. Well-formed tags are read by an exact fast path; anything else
 * (a quoted `<` or `>`, a character reference) is read by parse5's tokenizer from the tag's start,
 * so tags end where a browser ends them. On the way, it lists the `<` the link scan must read.
 */
export class TagScanner implements Tag {
  name: 'span' | 'a' = 'span';
  closing = false;
  start = -1;
  end = 0;
  /** `<!-- … -->` comments met so far, from `<!--` to just past their end. */
  readonly comments: [number, number][] = [];
  /**
   * Offsets of the `<` met so far that the inline scan must read (scanInline): all but those of plain
   * span and anchor tags, which it steps over unseen (a localized file has six per unit). Plain:
   * `</span>` or `</a>`, or one attribute, neither href nor src, with a value free of `=`, line
   * breaks and link syntax. Such a tag gives no link, and holds nothing the scan would stop at,
   * whether it steps over it (plainTagLength) or not.
   */
  readonly linkStops: number[] = [];
  /**
   * Start and end, two to a tag, of the plain tags met so far (those not in linkStops): raw HTML as
   * CommonMark reads it too, which the inline scan keeps as ranges without reading them again.
   */
  readonly plainTags: number[] = [];
  /** Whether the current tag is plain in that sense. */
  private plainForLinks = false;
  /** The current tag's attributes, when not the one ` name="value"` that the offsets below mark. */
  private attributes: Attributes = NO_ATTRIBUTES;
  private nameStart = 0;
  private nameEnd = 0;
  private valueEnd = 0;
  private skip = 0;
  private from = 0;
  /** What parse5 may still read; past it, odd tags are text. */
  private oddTagBudget: number;
  /** The first odd tag read as text because the budget was spent; -1 while it lasts. */
  budgetSpentAt = -1;

  constructor(
    private readonly text: string,
    private readonly skipped: readonly [number, number][],
  ) {
    this.oddTagBudget = ODD_TAG_READ_PER_CHAR * text.length + ODD_TAG_LIMIT;
  }

  attribute(name: string): string | undefined {
    if (this.nameStart === this.nameEnd) return this.attributes.get(name);
    const { text, nameStart, nameEnd } = this;
    return nameEnd - nameStart === name.length && text.startsWith(name, nameStart) ? text.slice(nameEnd + 2, this.valueEnd) : undefined;
  }

  /** The current tag's attributes in source order. */
  attributeList(): [string, string][] {
    if (this.nameStart === this.nameEnd) return [...this.attributes];
    return [[this.text.slice(this.nameStart, this.nameEnd), this.text.slice(this.nameEnd + 2, this.valueEnd)]];
  }

  /** Moves to the next tag; false when there is none. */
  next(): boolean {
    const { text, skipped } = this;
    // Every `<` is looked at by hand: `<span`, `</span`, `<a`, `</a` in any case, then whitespace,
    // `>` or `/`; or `<!--`. No match arrays for the million tags of a large repository.
    for (let start = text.indexOf('<', this.from); start !== -1; start = text.indexOf('<', this.from)) {
      let next = start + 1;
      this.from = next;
      const closing = text.charCodeAt(next) === SLASH;
      const nameStart = closing ? next + 1 : next;
      const nameLength = tagNameLength(text, nameStart);
      const comment = nameLength === 0 && !closing && text.startsWith('!--', next);
      if (nameLength === 0 && !comment) {
        this.linkStops.push(start);
        continue;
      }
      while (this.skip < skipped.length && skipped[this.skip]![1] <= start) this.skip++;
      if (this.skip < skipped.length && skipped[this.skip]![0] <= start) {
        this.from = skipped[this.skip]![1];
        continue;
      }
      if (comment) {
        // A comment hides what it holds, as in a browser (`<!-->` and `<!--->` close at once).
        next = /^<!---?>/.test(text.slice(start, start + 6)) ? text.indexOf('>', start) + 1 : commentEnd(text, start + 4);
        this.comments.push([start, next]);
        // The link scan reads comments its own way: every `<` in one is its to see.
        this.stopsWithin(start, next);
        this.from = next;
        continue;
      }
      const nameEnd = nameStart + nameLength;
      this.from = nameEnd;
      this.nameStart = this.nameEnd = 0;
      this.attributes = NO_ATTRIBUTES;
      this.plainForLinks = false;
      let end = closing ? -1 : this.oneQuotedAttributeEnd(nameEnd);
      if (end === -1) {
        end = wellFormedEnd(text, nameEnd);
        if (end !== -1 && !closing) {
          const attributes = readAttributes(text, nameEnd, end - 1);
          if (attributes === null) end = -1;
          else this.attributes = attributes;
        }
      }
      if (end === -1) {
        if (this.oddTagBudget <= 0) {
          if (this.budgetSpentAt === -1) this.budgetSpentAt = start;
          this.linkStops.push(start);
          continue;
        }
        const odd = readWithParse5(text, start);
        this.oddTagBudget -= odd === null ? Math.min(ODD_TAG_LIMIT, text.length - start) : odd.end - start;
        if (odd === null) {
          this.linkStops.push(start);
          continue;
        }
        end = odd.end;
        this.attributes = odd.attrs;
        // parse5 may end the tag past a `<` in it, which the link scan reads its own way.
        this.stopsWithin(start, end);
      } else if (closing ? end !== nameEnd + 1 : !this.plainForLinks) this.linkStops.push(start);
      else this.plainTags.push(start, end);
      this.name = nameLength === 4 ? 'span' : 'a';
      this.closing = closing;
      this.start = start;
      this.end = this.from = end;
      return true;
    }
    this.from = text.length;
    return false;
  }

  /** Every `<` in text[from, to) as a link stop. */
  private stopsWithin(from: number, to: number): void {
    for (let at = this.text.indexOf('<', from); at !== -1 && at < to; at = this.text.indexOf('<', at + 1)) this.linkStops.push(at);
  }

  /**
   * Marks ` name="value">` at `from`, the shape of nearly every opening tag of a localized file
   * (`<span data-ttu-id="581fd-102">`), and returns the tag's end; -1 for any other shape. The value
   * holds no `<` or `>` (where wellFormedEnd would end or refuse the tag) and no character reference
   * (readAttributes hands those to parse5), so the tag reads as readAttributes would read it.
   */
  private oneQuotedAttributeEnd(from: number): number {
    const { text } = this;
    if (text.charCodeAt(from) !== SPACE) return -1;
    const nameStart = from + 1;
    let i = nameStart;
    let c = text.charCodeAt(i);
    while ((c >= LOWER_A && c <= LOWER_Z) || c === DASH) c = text.charCodeAt(++i);
    if (i === nameStart || c !== EQUALS || text.charCodeAt(i + 1) !== QUOTE) return -1;
    let close = i + 2;
    let plain = !isUrlAttribute(text, nameStart, i);
    for (c = text.charCodeAt(close); c !== QUOTE; c = text.charCodeAt(++close)) {
      if (c === AMPERSAND || c === LESS_THAN || c === GREATER_THAN || close >= text.length) return -1;
      if (c < ASCII_END && LINK_SYNTAX[c] === 1) plain = false;
    }
    if (text.charCodeAt(close + 1) !== GREATER_THAN) return -1;
    this.plainForLinks = plain;
    this.nameStart = nameStart;
    this.nameEnd = i;
    this.valueEnd = close;
    return close + 2;
  }
}

/** A tag of any name, read by readTagAt. */
export interface HtmlTag {
  /** In lower case. */
  name: string;
  closing: boolean;
  start: number;
  end: number;
  attributes: Attributes;
}

/**
 * The tag CommonMark reads as raw HTML at `start` (any name, within `limit` characters), with its
 * attributes as a browser reads them; null when there is none. For rules that look at tags other
 * than the spans and anchors the scanner keeps.
 */
export function readTagAt(text: string, start: number, limit: number): HtmlTag | null {
  const length = rawTagLength(text, start, limit);
  if (length === 0) return null;
  const end = start + length;
  const closing = text.charCodeAt(start + 1) === SLASH;
  const nameStart = closing ? start + 2 : start + 1;
  let nameEnd = nameStart;
  while (nameEnd < end && isTagNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  // CommonMark's patterns hold no `<` or `>` outside quotes: the attributes end before the `>`.
  const attributes = closing ? NO_ATTRIBUTES : (readAttributes(text, nameEnd, end - 1) ?? readWithParse5(text, start)?.attrs ?? NO_ATTRIBUTES);
  return { name, closing, start, end, attributes };
}

const isTagNameChar = (c: number) => c < ASCII_END && TAG_NAME[c]! > 0;

/** What the inline scan stops at, besides `<`; and `=` and line breaks, where plainTagLength does not step over a tag. */
const LINK_SYNTAX = new Uint8Array(ASCII_END);
for (const ch of INLINE_MARKS + '=\n\r') LINK_SYNTAX[ch.charCodeAt(0)] = 1;

/** Just past the `>` that ends a tag whose name ends at `from`, or -1 when a `<` (or the text's end) comes first: /[^<>]*>/y. */
function wellFormedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === GREATER_THAN) return i + 1;
    if (c === LESS_THAN) return -1;
  }
  return -1;
}

/** 4 for `span`, 1 for `a` (any case) followed by whitespace, `>` or `/`; else 0. */
function tagNameLength(text: string, at: number): number {
  const first = text.charCodeAt(at) | CASE_BIT;
  const span = first === LOWER_S && (text.charCodeAt(at + 1) | CASE_BIT) === LOWER_P && (text.charCodeAt(at + 2) | CASE_BIT) === LOWER_A && (text.charCodeAt(at + 3) | CASE_BIT) === LOWER_N;
  const length = first === LOWER_A ? 1 : span ? 4 : 0;
  const after = text.charCodeAt(at + length);
  const ends = isSpace(after) || after === GREATER_THAN || after === SLASH;
  return length > 0 && ends ? length : 0;
}

function commentEnd(text: string, from: number): number {
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

// Lower-case letters and `-` first: nearly every attribute name is made of them.
const isNameChar = (c: number) =>
  (c >= LOWER_A && c <= LOWER_Z) || c === DASH || (!isSpace(c) && c !== QUOTE && c !== APOSTROPHE && c !== LESS_THAN && c !== GREATER_THAN && c !== SLASH && c !== EQUALS);
const isUnquotedChar = (c: number) => !isSpace(c) && c !== QUOTE && c !== APOSTROPHE && c !== LESS_THAN && c !== GREATER_THAN && c !== EQUALS && c !== BACKTICK;

/**
 * Attributes of a well-formed tag in text[from, to): `name`, `name=value`, `name="value"`,
 * `name='value'`, a lone `/`. Null when something else is there, or a value holds a character
 * reference: parse5 reads those.
 */
function readAttributes(text: string, from: number, to: number): Attributes | null {
  let pairs: string[] | null = null;
  let i = from;
  for (;;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === to) return pairs === null ? NO_ATTRIBUTES : new Attributes(pairs);
    if (text.charCodeAt(i) === SLASH) {
      i++;
      continue;
    }
    const nameStart = i;
    let upper = false;
    for (let c = text.charCodeAt(i); i < to && isNameChar(c); c = text.charCodeAt(++i)) if (c >= UPPER_A && c <= UPPER_Z) upper = true;
    if (i === nameStart) return null;
    // Names are nearly always written in lower case already: no new string then.
    const name = upper ? text.slice(nameStart, i).toLowerCase() : text.slice(nameStart, i);
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    let value = '';
    if (text.charCodeAt(j) === EQUALS && j < to) {
      j++;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (j < to && (quote === QUOTE || quote === APOSTROPHE)) {
        const close = text.indexOf(quote === QUOTE ? '"' : "'", j + 1);
        if (close === -1 || close >= to) return null;
        value = text.slice(j + 1, close);
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < to && isUnquotedChar(text.charCodeAt(j))) j++;
        if (j === valueStart) return null;
        value = text.slice(valueStart, j);
        i = j;
      }
      // Character references (`&amp;`, and legacy ones without `;`) are parse5's to decode.
      if (value.includes('&')) return null;
    }
    if (pairs === null) pairs = [name, value];
    else if (valueIn(pairs, name) === undefined) pairs.push(name, value);
  }
}

function valueIn(pairs: readonly string[], name: string): string | undefined {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === name) return pairs[i + 1];
  return undefined;
}

/** The tag parse5 reads at `start`, or null when parse5 reads no tag there (e.g. `<a` at the end). */
function readWithParse5(text: string, start: number): { end: number; attrs: Attributes } | null {
  let found: { end: number; attrs: Attributes } | null = null;
  const take = (token: Token.TagToken) => {
    if (found === null && token.location?.startOffset === 0) {
      // parse5 keeps the first of a repeated name already.
      found = { end: start + token.location.endOffset, attrs: new Attributes(token.attrs.flatMap((a) => [a.name, a.value])) };
    }
    // The first tag is all that is asked for: the rest of the window stays unread.
    tokenizer.pause();
  };
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag: take,
    onEndTag: take,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer = new (parse5().Tokenizer)({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text.slice(start, start + ODD_TAG_LIMIT), true);
  return found;
}
