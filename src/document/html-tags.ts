import { Tokenizer, type Token, type TokenHandler } from 'parse5';
import { isSpace } from './text.js';

export interface HtmlTag {
  name: 'span' | 'a';
  closing: boolean;
  start: number;
  end: number;
  attrs: Attributes;
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

export interface TagScan {
  tags: HtmlTag[];
  /** `<!-- … -->` comments, from `<!--` to just past their end. */
  comments: [number, number][];
}

/**
 * Finds `<span>` and `<a>` tags, and comments, outside comments and the given skipped ranges (fenced
 * code). Well-formed tags are read by an exact fast path; anything else (a quoted `<` or `>`, a
 * character reference) is read by parse5's tokenizer from the tag's start, so tags end where a
 * browser ends them.
 */
export function scanTags(text: string, skipped: readonly [number, number][]): TagScan {
  const tags: HtmlTag[] = [];
  const comments: [number, number][] = [];
  let skip = 0;
  let next = 0;
  // Every `<` is looked at by hand: `<span`, `</span`, `<a`, `</a` in any case, then whitespace,
  // `>` or `/`; or `<!--`. No match arrays for the million tags of a large repository.
  for (let start = text.indexOf('<'); start !== -1; start = text.indexOf('<', next)) {
    next = start + 1;
    const closing = text.charCodeAt(next) === 0x2f; /* / */
    const nameStart = closing ? next + 1 : next;
    const nameLength = tagNameLength(text, nameStart);
    const comment = nameLength === 0 && !closing && text.startsWith('!--', next);
    if (nameLength === 0 && !comment) continue;
    while (skip < skipped.length && skipped[skip]![1] <= start) skip++;
    if (skip < skipped.length && skipped[skip]![0] <= start) {
      next = skipped[skip]![1];
      continue;
    }
    if (comment) {
      // A comment hides what it holds, as in a browser (`<!-->` and `<!--->` close at once).
      next = /^<!---?>/.test(text.slice(start, start + 6)) ? text.indexOf('>', start) + 1 : commentEnd(text, start + 4);
      comments.push([start, next]);
      continue;
    }
    const nameEnd = nameStart + nameLength;
    next = nameEnd;
    const fastEnd = wellFormedEnd(text, nameEnd);
    let end = fastEnd;
    let attrs = fastEnd === -1 ? null : closing ? NO_ATTRIBUTES : readAttributes(text, nameEnd, fastEnd - 1);
    if (attrs === null) {
      const odd = readWithParse5(text, start);
      if (odd === null) continue;
      ({ end, attrs } = odd);
    }
    tags.push({ name: nameLength === 4 ? 'span' : 'a', closing, start, end, attrs });
    next = end;
  }
  return { tags, comments };
}

/** Just past the `>` that ends a tag whose name ends at `from`, or -1 when a `<` (or the text's end) comes first: /[^<>]*>/y. */
function wellFormedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 60 /* < */) return -1;
  }
  return -1;
}

/** 4 for `span`, 1 for `a` (any case) followed by whitespace, `>` or `/`; else 0. */
function tagNameLength(text: string, at: number): number {
  // `| 0x20` folds ASCII upper case to lower case.
  const first = text.charCodeAt(at) | 0x20;
  const span = first === 0x73 && (text.charCodeAt(at + 1) | 0x20) === 0x70 && (text.charCodeAt(at + 2) | 0x20) === 0x61 && (text.charCodeAt(at + 3) | 0x20) === 0x6e;
  const length = first === 0x61 /* a */ ? 1 : span ? 4 : 0;
  const after = text.charCodeAt(at + length);
  const ends = isSpace(after) || after === 0x3e /* > */ || after === 0x2f; /* / */
  return length > 0 && ends ? length : 0;
}

function commentEnd(text: string, from: number): number {
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

// Lower-case letters and `-` first: nearly every attribute name is made of them.
const isNameChar = (c: number) => (c >= 97 && c <= 122) || c === 45 || (!isSpace(c) && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 47 && c !== 61); // " ' < > / =
const isUnquotedChar = (c: number) => !isSpace(c) && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 61 && c !== 96; // " ' < > = `

/**
 * Attributes of a well-formed tag in text[from, to): `name`, `name=value`, `name="value"`,
 * `name='value'`, a lone `/`. Null when something else is there, or a value holds a character
 * reference: parse5 reads those.
 */
function readAttributes(text: string, from: number, to: number): Attributes | null {
  const single = oneQuotedAttribute(text, from, to);
  if (single !== undefined) return single;
  let pairs: string[] | null = null;
  let i = from;
  for (;;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === to) return pairs === null ? NO_ATTRIBUTES : new Attributes(pairs);
    if (text.charCodeAt(i) === 47 /* / */) {
      i++;
      continue;
    }
    const nameStart = i;
    let upper = false;
    for (let c = text.charCodeAt(i); i < to && isNameChar(c); c = text.charCodeAt(++i)) if (c >= 65 && c <= 90) upper = true;
    if (i === nameStart) return null;
    // Names are nearly always written in lower case already: no new string then.
    const name = upper ? text.slice(nameStart, i).toLowerCase() : text.slice(nameStart, i);
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    let value = '';
    if (text.charCodeAt(j) === 61 /* = */ && j < to) {
      j++;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (j < to && (quote === 34 || quote === 39)) {
        const close = text.indexOf(quote === 34 ? '"' : "'", j + 1);
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

/**
 * ` name="value"` filling text[from, to), the shape of nearly every opening tag of a localized file
 * (`<span data-ttu-id="581fd-102">`), read the way readAttributes reads it; undefined for any other
 * shape, null for a value with a character reference (parse5's to decode).
 */
function oneQuotedAttribute(text: string, from: number, to: number): Attributes | null | undefined {
  if (text.charCodeAt(from) !== 32) return undefined;
  const nameStart = from + 1;
  let i = nameStart;
  let c = text.charCodeAt(i);
  while ((c >= 97 && c <= 122) || c === 45 /* - */) c = text.charCodeAt(++i);
  if (i === nameStart || c !== 61 /* = */ || text.charCodeAt(i + 1) !== 34 /* " */) return undefined;
  const close = text.indexOf('"', i + 2);
  if (close + 1 !== to) return undefined;
  const value = text.slice(i + 2, close);
  return value.includes('&') ? null : new Attributes([text.slice(nameStart, i), value]);
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
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(text.slice(start, start + ODD_TAG_LIMIT), true);
  return found;
}
