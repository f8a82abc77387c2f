import { derived, type LocDocument } from './document.js';
import { codeSpans } from './code-spans.js';
import { unitPairs, type Item, type UnitPair } from './parity.js';
import { isSpace } from './text.js';
import { AMPERSAND, ASCII_END, ASTERISK, AT_SIGN, BACKSLASH, BACKTICK, BANG, BYTE_ORDER_MARK, CLOSE_BRACKET, CLOSE_PAREN, COLON, COMMA, DOT, EN_QUAD, GREATER_THAN, HAIR_SPACE, HASH, LESS_THAN, LOWER_A, LOWER_Z, NO_BREAK_SPACE, OGHAM_SPACE, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, QUOTE, SEMICOLON, SLASH, TILDE, UPPER_A, UPPER_Z, isDigit } from './chars.js';

/** The longest entity name (`&CounterClockwiseContourIntegral;`), past which `&` is text. */
const MAX_ENTITY = 32;
/** Words longer than this are no token a rule compares (a pasted blob, not a command). */
export const MAX_WORD = 200;

export interface Range {
  start: number;
  end: number;
}

/** A code span: `key` is its content as rendered, whitespace runs as one space and trimmed. */
export type CodeSpan = Item;

/** A unit's inline text for the parity rules, found in one forward pass over the unit. */
export interface UnitInline {
  code: readonly CodeSpan[];
  /** Raw HTML tags (`<br>`, and `<domain>`-shaped placeholders), `key` as written. */
  tags: readonly Item[];
  /** Runs of non-space text outside code spans, tags, link destinations, entities and URLs. */
  words: Words;
}

/** ASCII punctuation a backslash escapes in Markdown. */
const isEscapable = (c: number) => (c >= BANG && c <= SLASH) || (c >= COLON && c <= AT_SIGN) || (c >= OPEN_BRACKET && c <= BACKTICK) || (c >= OPEN_BRACE && c <= TILDE);

const isAsciiLetter = (c: number) => (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || isDigit(c);

/** Escaped punctuation a word keeps (`HKEY\_LOCAL\_MACHINE` renders `HKEY_LOCAL_MACHINE`); other escapes end a word. */
const WORD_PUNCTUATION = new Set('_-.=%$\\/:{}@#~+'.split('').map((c) => c.charCodeAt(0)));

/**
 * ASCII characters that end a word: emphasis, quotes, brackets, sentence punctuation. Kept in a word:
 * letters, digits and `_-.=%$\/:{}@#~+&` (trailing `.`, `:` and `,` are trimmed).
 */
const ASCII_BREAKS = new Uint8Array(ASCII_END);
for (const c of '*"\'()[]<>,;!?|`^ \t\n\v\f\r') ASCII_BREAKS[c.charCodeAt(0)] = 1;

/**
 * Characters past ASCII that end a word, as ranges: the spaces `\s` matches, punctuation and quotes
 * locales use, and the scripts written without spaces (CJK ideographs, kana, hangul), so that
 * `运行Get-Mailbox命令` holds the word `Get-Mailbox`. Ranges, so that the table below is filled by a
 * few fills at start, not by a call per code unit.
 */
const WIDE_BREAKS: readonly (readonly [number, number])[] = [
  [NO_BREAK_SPACE, NO_BREAK_SPACE],
  [OGHAM_SPACE, OGHAM_SPACE],
  [EN_QUAD, HAIR_SPACE],
  [BYTE_ORDER_MARK, BYTE_ORDER_MARK],
  // Hyphens and dashes (U+2010–2015) stay in a word: `Get‑Mailbox` with a non-breaking hyphen is a changed cmdlet.
  [0x2016, 0x206f], // quotes, ellipsis, ‹ ›, and the line, paragraph, narrow and mathematical spaces
  [0x00ab, 0x00ab], // «
  [0x00bb, 0x00bb], // »
  [0x2e80, 0x9fff], // CJK radicals, punctuation and the ideographic space, kana, ideographs
  [0xac00, 0xd7af], // hangul syllables
  [0x1100, 0x11ff], // hangul jamo
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // fullwidth forms: （），：
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061b], // Arabic semicolon
  [0x061f, 0x061f], // Arabic question mark
  [0x06d4, 0x06d4], // Arabic full stop
];

/** What unitInline does at a code unit (CHAR_CLASS): letters, digits and the like, nearly every character, are part of a word. */
const IN_WORD = 0;
/** Spaces, punctuation and CJK characters, most of the rest: they end a word and open nothing. */
const ENDS_WORD = 1;
/** What may open code, a tag, a link destination, an entity, an escape or a URL: looked at case by case. */
const MAY_OPEN = 2;

/** Every UTF-16 code unit's class, so that the scan reads one table entry per character (surrogates are IN_WORD). */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < ASCII_END; c++) if (ASCII_BREAKS[c] === 1) CHAR_CLASS[c] = ENDS_WORD;
for (const [first, last] of WIDE_BREAKS) CHAR_CLASS.fill(ENDS_WORD, first, last + 1);
/** Whether a code unit ends a word (ASCII_BREAKS, WIDE_BREAKS). */
export function breaksWord(c: number): boolean {
  return c < ASCII_END ? ASCII_BREAKS[c] === 1 : CHAR_CLASS[c] === ENDS_WORD;
}
for (const c of [BACKTICK, BACKSLASH, LESS_THAN, CLOSE_BRACKET, AMPERSAND, COLON]) CHAR_CLASS[c] = MAY_OPEN;

/** The end of a URL whose `://` is at `i`: it runs to a space, a bracket, a quote, `*` or a letter past ASCII. */
function urlEnd(text: string, i: number, end: number): number {
  let j = i + 3;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= ASCII_END || isSpace(c) || c === LESS_THAN || c === GREATER_THAN || c === QUOTE || c === BACKTICK || c === CLOSE_PAREN || c === CLOSE_BRACKET || c === ASTERISK) break;
  }
  return j;
}

/** The end of a character reference at `i` (`&lt;`, `&#60;`, `&#x3C;`), or -1. */
export function entityEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== AMPERSAND) return -1;
  let j = i + 1;
  if (text.charCodeAt(j) === HASH) j++;
  const from = j;
  while (j < end && j - from < MAX_ENTITY && isAsciiAlnum(text.charCodeAt(j))) j++;
  return j > from && text.charCodeAt(j) === SEMICOLON ? j + 1 : -1;
}

/** What a code span renders: line ends and space runs as one space, trimmed. */
function codeKey(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** A word's text as rendered: escaped punctuation without its backslash. */
function wordKey(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  return raw.includes('\\') ? raw.replace(/\\([!-/:-@[-`{-~])/g, '$1') : raw;
}

/**
 * A unit's words by their offsets, no object each: the rules read the key of few words, the others
 * they pass over by their offsets or a number's digits. Word `i` is [bounds[2i], bounds[2i + 1]).
 */
export class Words {
  constructor(
    private readonly text: string,
    readonly bounds: readonly number[],
  ) {}

  get length(): number {
    return this.bounds.length >> 1;
  }

  start(i: number): number {
    return this.bounds[2 * i]!;
  }

  end(i: number): number {
    return this.bounds[2 * i + 1]!;
  }

  /** The word's text as rendered, made on each call: escaped punctuation without its backslash. */
  key(i: number): string {
    return wordKey(this.text, this.bounds[2 * i]!, this.bounds[2 * i + 1]!);
  }

  item(i: number): Item {
    return { start: this.start(i), end: this.end(i), key: this.key(i) };
  }
}

/** The next offset of a character at or after `i`, remembered so that repeated searches stay linear; Infinity when none. */
class NextOf {
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  from(i: number): number {
    if (this.at < i) {
      const found = this.text.indexOf(this.char, i);
      this.at = found === -1 ? Infinity : found;
    }
    return this.at;
  }
}

/**
 * The bounds of the unit being scanned, copied at its end into an array of their number: one array
 * that grows to the longest unit, instead of each unit's growing by doubling.
 */
const scratch: number[] = [];
let scratchLength = 0;

/** Ends the word open at `wordStart` (when one is) at `at`, into the scratch bounds; returns -1, no word open. */
function endWord(text: string, wordStart: number, at: number): number {
  if (wordStart === -1) return -1;
  let to = at;
  // Sentence punctuation after a token is not part of it: `Get-Mailbox.`, `C:`, `file.txt,`.
  while (to > wordStart && (text.charCodeAt(to - 1) === DOT || text.charCodeAt(to - 1) === COLON || text.charCodeAt(to - 1) === COMMA)) to--;
  if (to > wordStart && to - wordStart <= MAX_WORD) {
    scratch[scratchLength++] = wordStart;
    scratch[scratchLength++] = to;
  }
  return -1;
}

/** The code spans or tags of a unit that has none, shared: most units have neither. */
const NONE: readonly never[] = Object.freeze([]);

/** The inline parts of [start, end): code spans, tags and words, in one forward pass. */
export function unitInline(text: string, start: number, end: number): UnitInline {
  scratchLength = 0;
  let code: CodeSpan[] | null = null;
  let tags: Item[] | null = null;
  // Worked out at the first backtick, the searches at the first tag or link: most units need none of them.
  let spans: [number, number][] | null = null;
  let span = 0;
  let nextGreater: NextOf | null = null;
  let nextParen: NextOf | null = null;
  let wordStart = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const kind = CHAR_CLASS[c];
    if (kind === IN_WORD) {
      if (wordStart === -1) wordStart = i;
      i++;
      continue;
    }
    if (kind === ENDS_WORD) {
      if (wordStart !== -1) wordStart = endWord(text, wordStart, i);
      i++;
      continue;
    }
    if (c === BACKTICK) {
      spans ??= codeSpans(text, start, end);
      // Spans are met in order, each at its opening backtick.
      while (span < spans.length && spans[span]![0] < i) span++;
      if (span < spans.length && spans[span]![0] === i) {
        const [, spanEnd] = spans[span]!;
        wordStart = endWord(text, wordStart, i);
        let contentStart = i;
        while (text.charCodeAt(contentStart) === BACKTICK) contentStart++;
        (code ??= []).push({ start: i, end: spanEnd, key: codeKey(text, contentStart, spanEnd - (contentStart - i)) });
        i = spanEnd;
        continue;
      }
    }
    if (c === BACKSLASH && i + 1 < end && isEscapable(text.charCodeAt(i + 1))) {
      if (WORD_PUNCTUATION.has(text.charCodeAt(i + 1))) {
        if (wordStart === -1) wordStart = i;
      } else wordStart = endWord(text, wordStart, i);
      i += 2;
      continue;
    }
    if (c === LESS_THAN && (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === BANG)) {
      const close = (nextGreater ??= new NextOf(text, '>')).from(i);
      if (close < end) {
        wordStart = endWord(text, wordStart, i);
        (tags ??= []).push({ start: i, end: close + 1, key: text.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (c === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN) {
      const close = (nextParen ??= new NextOf(text, ')')).from(i);
      if (close < end) {
        wordStart = endWord(text, wordStart, i);
        i = close + 1;
        continue;
      }
    }
    if (c === AMPERSAND) {
      const entity = entityEnd(text, i, end);
      if (entity !== -1) {
        wordStart = endWord(text, wordStart, i);
        i = entity;
        continue;
      }
    }
    if (c === COLON && wordStart !== -1 && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) {
      // A bare URL (`https://…`, also glued to a word before it): link-parity's business, not a word.
      wordStart = -1;
      i = urlEnd(text, i, end);
      continue;
    }
    if (breaksWord(c)) wordStart = endWord(text, wordStart, i);
    else if (wordStart === -1) wordStart = i;
    i++;
  }
  endWord(text, wordStart, end);
  return { code: code ?? NONE, tags: tags ?? NONE, words: new Words(text, scratch.slice(0, scratchLength)) };
}

/**
 * What unitInline reads apart from words other than a link destination, for a search: code, escapes,
 * tags, entities, bare URLs. Without them, a unit's words are its runs of IN_WORD characters and `:`,
 * trimmed, outside its link destinations.
 */
export const APART = /[`\\<&]|:(?=\/\/)/g;

/** Where a link destination opens (`](`), for markedWords. */
export const LINK_OPEN = '](';

/** The link destinations of the unit being read by markedWords, [links[2k], links[2k + 1]): reused from unit to unit. */
const links: number[] = [];

/** Whether unitInline keeps a code unit in a word, in a unit with no APART match outside its link destinations. */
const keepsInWord = (c: number) => CHAR_CLASS[c] === IN_WORD || c === COLON;

/** The end of the run of word characters that goes on at `i`. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end && keepsInWord(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Of the words unitInline finds in [start, end), those that hold a match of `marks` (one character
 * each), and the word after each of them, with no scan of the rest of the unit; null when the unit holds
 * a match of `apart` (APART) outside its link destinations, which `linkOpens` (LINK_OPEN) finds. The
 * word after a word is where a rule reading a word may look on (`1 000`, `2 million`).
 */
export function markedWords(text: string, start: number, end: number, marks: MatchAhead, apart: MatchAhead, linkOpens: MatchAhead): Words | null {
  // Link destinations as unitInline passes over them: from `](` to the next `)`, when the unit holds one.
  // Searched for with the document's other units: a search from each unit ran to the next `](` of the file.
  let count = 0;
  for (let p = linkOpens.next(start); p < end; p = linkOpens.next(links[count - 1]!)) {
    const close = text.indexOf(')', p);
    if (close === -1 || close >= end) break;
    links[count++] = p;
    links[count++] = close + 1;
  }
  let link = 0;
  for (let q = apart.next(start); q < end; q = apart.next(links[link + 1]!)) {
    while (link < count && links[link + 1]! <= q) link += 2;
    if (link >= count || q < links[link]!) return null;
  }
  scratchLength = 0;
  link = 0;
  // Where the next run may start: the runs before it are taken.
  let at = start;
  for (let i = marks.next(start); i < end; i = marks.next(at)) {
    while (link < count && links[link + 1]! <= i) link += 2;
    if (link < count && i >= links[link]!) {
      at = links[link + 1]!;
      continue;
    }
    if (!keepsInWord(text.charCodeAt(i))) {
      at = i + 1;
      continue;
    }
    let from = i;
    while (from > at && keepsInWord(text.charCodeAt(from - 1))) from--;
    let to = runEnd(text, i + 1, end);
    endWord(text, from, to);
    // The runs after it, up to one with no match.
    at = end;
    for (let next = to; next < end; next++) {
      while (link < count && links[link + 1]! <= next) link += 2;
      if (link < count && next >= links[link]!) next = links[link + 1]! - 1;
      else if (keepsInWord(text.charCodeAt(next))) {
        to = runEnd(text, next + 1, end);
        endWord(text, next, to);
        at = to;
        if (marks.next(next) >= to) break;
        next = to;
      }
    }
  }
  return new Words(text, scratch.slice(0, scratchLength));
}

/**
 * A unit pair with the inline parts of both units, each worked out when a rule first asks: most
 * source units hold nothing a parity rule compares, which each rule tells by a character search
 * (MatchAhead) before it asks.
 */
export interface InlinePair extends UnitPair {
  readonly sourceInline: UnitInline;
  readonly translationInline: UnitInline;
}

class Pair implements InlinePair {
  readonly segment: UnitPair['segment'];
  readonly source: UnitPair['source'];
  readonly translation: UnitPair['translation'];
  private sourced: UnitInline | null = null;
  private translated: UnitInline | null = null;

  constructor(
    pair: UnitPair,
    private readonly text: string,
  ) {
    this.segment = pair.segment;
    this.source = pair.source;
    this.translation = pair.translation;
  }

  get sourceInline(): UnitInline {
    return (this.sourced ??= unitInline(this.text, this.source.contentStart, this.source.contentEnd));
  }

  get translationInline(): UnitInline {
    return (this.translated ??= unitInline(this.text, this.translation.contentStart, this.translation.contentEnd));
  }
}

/**
 * Whether a unit holds a match of a pattern (one of the characters a rule compares), asked unit by unit
 * in document order: the next match is remembered, so a document costs one native search over its text
 * instead of a character loop per unit and rule. `pattern` is a RegExp with the g flag that matches one
 * character (a lookahead may follow it), or a literal string, found by indexOf (several times faster
 * than a RegExp's scan) at the offset of its first character.
 */
export class MatchAhead {
  /** The first match at or after `from`, Infinity when there is none. */
  private at = -1;
  private from = 0;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp | string,
  ) {}

  within(start: number, end: number): boolean {
    return this.next(start) < end;
  }

  /** The offset of the first match at or after `start`, Infinity when there is none. */
  next(start: number): number {
    // The remembered match answers for any start between where its search began and the match itself.
    if (start < this.from || start > this.at) {
      this.from = start;
      const { pattern } = this;
      if (typeof pattern === 'string') {
        const at = this.text.indexOf(pattern, start);
        this.at = at === -1 ? Infinity : at;
      } else {
        // test() makes no match array; the match is one character, so it ends at lastIndex.
        pattern.lastIndex = start;
        this.at = pattern.test(this.text) ? pattern.lastIndex - 1 : Infinity;
      }
    }
    return this.at;
  }
}

/** Every unit pair of the document with its inline parts, worked out once for all the parity rules that read them. */
export function inlinePairs(doc: LocDocument): readonly InlinePair[] {
  return derived(doc, pairsOf);
}

function pairsOf(doc: LocDocument): InlinePair[] {
  const pairs: InlinePair[] = [];
  const units = unitPairs(doc.segments);
  for (let i = 0; i < units.length; i++) pairs.push(new Pair(units[i]!, doc.text));
  return pairs;
}
