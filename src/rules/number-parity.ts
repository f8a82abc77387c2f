import { APART, inlinePairs, LINK_OPEN, markedWords, MatchAhead, type Words } from '../document/inline-tokens.js';
import { pairItems, type Item } from '../document/parity.js';
import { UnitChar } from '../document/unit-chars.js';
import type { Rule, RuleFinding } from './rule.js';
import { APOSTROPHE, ARABIC_DECIMAL_SEPARATOR, ARABIC_INDIC_DIGIT_0, ARABIC_INDIC_DIGIT_9, ARABIC_THOUSANDS_SEPARATOR, COLON, COMMA, DIGIT_0, DIGIT_9, DOT, EXTENDED_ARABIC_INDIC_DIGIT_0, EXTENDED_ARABIC_INDIC_DIGIT_9, FULLWIDTH_COMMA, FULLWIDTH_DIGIT_0, FULLWIDTH_DIGIT_9, LOWER_A, LOWER_Z, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, SPACE, UPPER_A, UPPER_Z, isDigit } from '../document/chars.js';

/** Separators a locale groups digits or marks decimals with; inside a word, or a space between words. */
const SEPARATORS = new Set([COMMA, DOT, APOSTROPHE, ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR]);
const SPACE_SEPARATORS = new Set([SPACE, NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE]);

/** English number words, which a translation may write as digits (`two` → `2`), as written in a sentence and at its start (`Two`). */
const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value): [string, string] => [word, String(value)])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'], ['hundred', '100'], ['thousand', '1000']])
    .flatMap(([word, value]): [string, string][] => [[word, value], [word[0]!.toUpperCase() + word.slice(1), value]]),
);

/** A digit digitValue reads. */
export const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** The value of a digit of any script the corpus writes (ASCII, Arabic-Indic, extended Arabic-Indic, fullwidth), or -1. */
function digitValue(c: number): number {
  if (c >= DIGIT_0 && c <= DIGIT_9) return c - DIGIT_0;
  if (c >= ARABIC_INDIC_DIGIT_0 && c <= ARABIC_INDIC_DIGIT_9) return c - ARABIC_INDIC_DIGIT_0;
  if (c >= EXTENDED_ARABIC_INDIC_DIGIT_0 && c <= EXTENDED_ARABIC_INDIC_DIGIT_9) return c - EXTENDED_ARABIC_INDIC_DIGIT_0;
  if (c >= FULLWIDTH_DIGIT_0 && c <= FULLWIDTH_DIGIT_9) return c - FULLWIDTH_DIGIT_0;
  return -1;
}

const isAsciiLetter = (c: number) => (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);

interface NumberItem extends Item {
  /** A source number word (`two`): matched to digits, never reported. */
  word: boolean;
  /** The digits as written, separators dropped. */
  digits: string;
  /** The key without a CJK unit after it: Korean `만` is also "only" (`Office 365만`). */
  plain: string;
}

/** First letters of the number words (`zero` … `thousand`), so that most words are not looked up. */
const NUMBER_WORD_STARTS = new Set('zotfsenhZOTFSENH'.split('').map((c) => c.charCodeAt(0)));

const mayBeNumberWord = (word: string) => word.length >= 3 && NUMBER_WORD_STARTS.has(word.charCodeAt(0)) && (word.length <= 9 || word.includes('-'));

/** Words after a number that scale it, which locales count in other units (`2 million` is `200만`). */
const SCALE_WORDS = new Set(['million', 'millions', 'billion', 'billions', 'trillion', 'thousand']);

/**
 * The numbers of a unit's words, keyed by their digits: `1,000`, `1.000`, `1 000` and `١٬٠٠٠` are one
 * number, and so are `6.54` and `6,54`; leading zeros go (`06` is `6`). A number of several groups not all
 * of three digits is a date or a version, read part by part (`08/06/2020` and `06.08.2020` hold the same
 * parts). Digits in an identifier (`E3`, `x64`, `v2.0`), times (`2:00`, written `14:00` elsewhere) and
 * scaled numbers (`2 million`) are not compared. `nextDigit` finds the digits (DIGIT) in the text.
 */
function numbersOf(text: string, words: Words, withWords: boolean, nextDigit: MatchAhead): NumberItem[] {
  const found: NumberItem[] = [];
  for (let w = 0; w < words.length; w++) {
    const wordStart = words.start(w);
    let wordEnd = words.end(w);
    // The first letter as written is the key's: an escape's backslash or punctuation opens no number word.
    const key = withWords && NUMBER_WORD_STARTS.has(text.charCodeAt(wordStart)) ? words.key(w) : '';
    if (mayBeNumberWord(key)) {
      const value = NUMBER_WORDS.get(key);
      if (value !== undefined) found.push({ start: wordStart, end: wordEnd, key: value, word: true, digits: '', plain: value });
      else if (key.includes('-')) {
        for (const part of key.split('-')) {
          const inPart = NUMBER_WORDS.get(part);
          if (inPart !== undefined) found.push({ start: wordStart, end: wordEnd, key: inPart, word: true, digits: '', plain: inPart });
        }
      }
    }
    // The next digit is searched for once, not looked for character by character: most words have none.
    for (let i = nextDigit.next(wordStart); i < wordEnd; i = nextDigit.next(i)) {
      const start = i;
      // The groups by their offsets, [groupStarts[g], groupEnds[g]): one separator lies between two groups.
      let groups = 0;
      groupStarts[0] = i;
      // Whether every group after the first has three digits, kept as groups close so that a long run stays linear.
      let threes = true;
      for (;;) {
        if (i < wordEnd && digitValue(text.charCodeAt(i)) !== -1) {
          i++;
          continue;
        }
        const c = text.charCodeAt(i);
        if (i < wordEnd - 1 && SEPARATORS.has(c) && digitValue(text.charCodeAt(i + 1)) !== -1) {
          threes &&= groups === 0 || i - groupStarts[groups]! === 3;
          groupEnds[groups++] = i;
          groupStarts[groups] = ++i;
          continue;
        }
        if (i !== wordEnd || w + 1 >= words.length || words.start(w + 1) !== i + 1 || digitValue(text.charCodeAt(i + 1)) === -1) break;
        // `50,000` and `6,54` (the comma ends a word), `1 000` (a group of three after one space).
        const closes: boolean = threes && (groups === 0 || i - groupStarts[groups]! === 3);
        // A space joins only a group of three to a first group of at most three.
        const spaceMayJoin = SPACE_SEPARATORS.has(c) && (groups === 0 ? i : groupEnds[0]!) - start <= 3;
        if (spaceMayJoin) threes = closes;
        if (c !== COMMA && c !== FULLWIDTH_COMMA && c !== APOSTROPHE && !(spaceMayJoin && closes && isGroup(text, words.start(w + 1), words.end(w + 1)))) break;
        threes = closes;
        groupEnds[groups++] = i;
        groupStarts[groups] = ++i;
        wordEnd = words.end(++w);
      }
      groupEnds[groups++] = i;
      const end = i;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      const identifier = isAsciiLetter(before) || isAsciiLetter(after);
      const time = (after === COLON && digitValue(text.charCodeAt(end + 1)) !== -1) || (before === COLON && digitValue(text.charCodeAt(start - 2)) !== -1);
      if (identifier || time || scaled(end, words, w + 1)) continue;
      const zeros = myriadZeros(text, end);
      if (groups <= 2 || (threes && groupEnds[groups - 1]! - groupStarts[groups - 1]! === 3)) {
        let digits = '';
        for (let g = 0; g < groups; g++) digits += digitsOf(text, groupStarts[g]!, groupEnds[g]!);
        found.push(numberItem(start, end, digits, zeros));
      } else for (let g = 0; g < groups; g++) found.push(numberItem(start, end, digitsOf(text, groupStarts[g]!, groupEnds[g]!), zeros));
    }
  }
  return found;
}

/** Offsets of a number's digit groups, reused from number to number: a number is read whole before the next. */
const groupStarts: number[] = [];
const groupEnds: number[] = [];

/** The digits of text[from, to) as ASCII digits: a slice when they are ASCII already, as nearly all are. */
function digitsOf(text: string, from: number, to: number): string {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = isDigit(text.charCodeAt(i));
  if (ascii) return text.slice(from, to);
  let digits = '';
  for (let i = from; i < to; i++) digits += digitValue(text.charCodeAt(i));
  return digits;
}

/** A number of digits, its key without leading zeros (`06` is `6`, `000` is `0`) and with the zeros of a CJK unit after it. */
function numberItem(start: number, end: number, digits: string, zeros: string): NumberItem {
  let z = 0;
  while (z < digits.length - 1 && digits.charCodeAt(z) === DIGIT_0) z++;
  const plain = z === 0 ? digits : digits.slice(z);
  return { start, end, key: plain + zeros, word: false, digits, plain };
}

/** Whether word `next`, after a number, scales it (`2 million`). */
function scaled(end: number, words: Words, next: number): boolean {
  return next < words.length && words.start(next) === end + 1 && SCALE_WORDS.has(words.key(next).toLowerCase());
}

/** Whether the word [start, end) opens with a group of exactly three digits, as `000` of `1 000` or of `64 000-…`. */
function isGroup(text: string, start: number, end: number): boolean {
  for (let i = start; i < start + 3; i++) if (i >= end || digitValue(text.charCodeAt(i)) === -1) return false;
  return end === start + 3 || digitValue(text.charCodeAt(start + 3)) === -1;
}

/** CJK units of ten thousand and a hundred million (`1万` is 10,000, `12 万` 120,000, `1만`, `1億`), after a number and at most one space. */
const MYRIADS = new Map([
  [0x4e07, '0000'], [0x842c, '0000'], [0xb9cc, '0000'], // 万 萬 만
  [0x5104, '00000000'], [0x4ebf, '00000000'], [0xc5b5, '00000000'], // 億 亿 억
]);

function myriadZeros(text: string, end: number): string {
  const c = text.charCodeAt(end);
  return MYRIADS.get(c) ?? (c === SPACE ? (MYRIADS.get(text.charCodeAt(end + 1)) ?? '') : '');
}

/** Whether the translation's numbers are, key by key, a subsequence of the source's numbers in digits. */
function inSourceOrder(source: readonly NumberItem[], translation: readonly NumberItem[]): boolean {
  let t = 0;
  for (let n = 0; n < source.length && t < translation.length; n++) if (!source[n]!.word && source[n]!.key === translation[t]!.key) t++;
  return t === translation.length;
}

function sameDigits(source: readonly NumberItem[], translation: readonly NumberItem[]): boolean {
  const digits = (items: readonly NumberItem[]) => [...items.filter((n) => !n.word).map((n) => n.digits).join('')].sort().join('');
  return digits(source) === digits(translation);
}

export const numberParity: Rule = {
  id: 'number-parity',
  description: 'Numbers of a source unit are in the translated unit with the same value, whatever the digit grouping, decimal mark or digits a locale writes',
  severity: 'warning',
  severityReason:
    'Warning: a changed number (a limit, a count, a port) misleads the reader, but a translation may legitimately restate a number (a 24-hour time, a word for it), so it asks for a look rather than failing the check.',
  examples: {
    fail: '<span data-ttu-id="5d2e8-103">Можно добавить до 250 карточек.</span><span class="sxs-lookup"><span data-stu-id="5d2e8-103">You can add up to 2,500 cards.</span></span>',
    pass: '<span data-ttu-id="5d2e8-103">Можно добавить до 2 500 карточек.</span><span class="sxs-lookup"><span data-stu-id="5d2e8-103">You can add up to 2,500 cards.</span></span>',
  },
  scope: 'document',
  messages: {
    changed: 'Number `{{source}}` in the source of {{id}} is `{{here}}` here',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const digits = new MatchAhead(text, DIGIT);
    const apart = new MatchAhead(text, APART);
    const linkOpens = new MatchAhead(text, LINK_OPEN);
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index]!;
      // Only a number written in digits is compared: a source unit without a digit has none.
      if ((pair.segment.sourceChars & UnitChar.DIGIT) === 0) continue;
      // Without number words, only the words with a digit and those after them count: a unit with no code, tag,
      // entity, escape or bare URL has them found from its digits. A unit's inline parts are worked out on the first read.
      const { segment, source: sourceUnit, translation: unit } = pair;
      const sourceMarked = markedWords(text, sourceUnit.contentStart, sourceUnit.contentEnd, digits, apart, linkOpens);
      const sourceDigits = numbersOf(text, sourceMarked ?? pair.sourceInline.words, sourceMarked === null, digits);
      if (!sourceDigits.some((n) => !n.word)) continue;
      const words = markedWords(text, unit.contentStart, unit.contentEnd, digits, apart, linkOpens) ?? pair.translationInline.words;
      const translation = numbersOf(text, words, false, digits);
      // The translation's numbers in the source's order, as nearly always: pairItems would find none extra nor changed.
      // Number words take no part in that order, so the source's words are read whole only past it.
      if (inSourceOrder(sourceDigits, translation)) continue;
      const source = sourceMarked === null ? sourceDigits : numbersOf(text, pair.sourceInline.words, true, digits);
      const { changed, missing, extra } = pairItems(source, translation);
      if (changed.length === 0 && (missing.every((n) => n.word) || extra.length === 0)) continue;
      // The same digits grouped otherwise (`2,4` as `2、4`, `120,000` as `120，000`) are the same numbers.
      if (sameDigits(source, translation)) continue;
      // Only a number in place of a lost one is reported: a lost number alone may be written as a word here.
      // A number read with a CJK unit after it that is the source's number without it (`Office 365만`) is the source's.
      const again = pairItems(
        [...changed.map((c) => c.source), ...missing].filter((n) => !n.word),
        [...changed.map((c) => c.translation), ...extra].map((n) => ({ ...n, key: n.plain })),
      );
      const lost = [...again.changed.map((c) => c.source), ...again.missing].sort((a, b) => a.start - b.start);
      const instead = [...again.changed.map((c) => c.translation), ...again.extra].sort((a, b) => a.start - b.start);
      for (let n = 0; n < Math.min(lost.length, instead.length); n++) {
        const from = lost[n]!;
        const here = instead[n]!;
        findings.push({
          start: here.start,
          end: here.end,
          messageId: 'changed',
          data: { source: text.slice(from.start, from.end), id: segment.id, here: text.slice(here.start, here.end) },
        });
      }
    }
    return findings;
  },
};
