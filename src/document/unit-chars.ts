import {
  AMPERSAND,
  ARABIC_INDIC_DIGIT_0,
  ARABIC_INDIC_DIGIT_9,
  ASTERISK,
  BACKSLASH,
  BACKTICK,
  DIGIT_0,
  DIGIT_9,
  DOLLAR,
  EXTENDED_ARABIC_INDIC_DIGIT_0,
  EXTENDED_ARABIC_INDIC_DIGIT_9,
  FULLWIDTH_DIGIT_0,
  FULLWIDTH_DIGIT_9,
  GREATER_THAN,
  IDEOGRAPHIC_COMMA,
  LESS_THAN,
  OPEN_BRACE,
  PERCENT,
  OTHER_PLACEHOLDER_OPENERS,
  OTHER_STEP_SEPARATORS,
  UNDERSCORE,
  codesOf,
} from './chars.js';

/**
 * The characters the parity rules need in a source unit to have anything to compare, one bit each (or
 * per group), as unitChars finds them: one pass over a unit tells every rule whether to read it at
 * all, instead of a search of its own per rule and unit.
 */
export const UnitChar = {
  /** A digit of the scripts number-parity reads (ASCII, Arabic-Indic, extended Arabic-Indic, fullwidth). */
  DIGIT: 1 << 0,
  BACKTICK: 1 << 1,
  ASTERISK: 1 << 2,
  UNDERSCORE: 1 << 3,
  LESS_THAN: 1 << 4,
  GREATER_THAN: 1 << 5,
  AMPERSAND: 1 << 6,
  BACKSLASH: 1 << 7,
  OPEN_BRACE: 1 << 8,
  PERCENT: 1 << 9,
  DOLLAR: 1 << 10,
  /** OTHER_PLACEHOLDER_OPENERS: `‹`, `＜`, `〈`, `«`. */
  PLACEHOLDER_BRACKET: 1 << 11,
  /** OTHER_STEP_SEPARATORS: `→`, `＞`, `›`. */
  STEP_SEPARATOR: 1 << 12,
  /** `、`, which Japanese joins UI steps with. */
  IDEOGRAPHIC_COMMA: 1 << 13,
} as const;

/** The bits of every UTF-16 code unit: one lookup per character, no branch (128 KB). */
const BITS = new Uint16Array(0x10000);
for (let c = DIGIT_0; c <= DIGIT_9; c++) BITS[c] |= UnitChar.DIGIT;
for (const [first, last] of [[ARABIC_INDIC_DIGIT_0, ARABIC_INDIC_DIGIT_9], [EXTENDED_ARABIC_INDIC_DIGIT_0, EXTENDED_ARABIC_INDIC_DIGIT_9], [FULLWIDTH_DIGIT_0, FULLWIDTH_DIGIT_9]] as const) {
  for (let c = first; c <= last; c++) BITS[c] |= UnitChar.DIGIT;
}
BITS[BACKTICK] |= UnitChar.BACKTICK;
BITS[ASTERISK] |= UnitChar.ASTERISK;
BITS[UNDERSCORE] |= UnitChar.UNDERSCORE;
BITS[LESS_THAN] |= UnitChar.LESS_THAN;
BITS[GREATER_THAN] |= UnitChar.GREATER_THAN;
BITS[AMPERSAND] |= UnitChar.AMPERSAND;
BITS[BACKSLASH] |= UnitChar.BACKSLASH;
BITS[OPEN_BRACE] |= UnitChar.OPEN_BRACE;
BITS[PERCENT] |= UnitChar.PERCENT;
BITS[DOLLAR] |= UnitChar.DOLLAR;
for (const c of codesOf(OTHER_PLACEHOLDER_OPENERS)) BITS[c] |= UnitChar.PLACEHOLDER_BRACKET;
for (const c of codesOf(OTHER_STEP_SEPARATORS)) BITS[c] |= UnitChar.STEP_SEPARATOR;
BITS[IDEOGRAPHIC_COMMA] |= UnitChar.IDEOGRAPHIC_COMMA;

/** The UnitChar bits of one UTF-16 code unit. */
export const charBits = (c: number): number => BITS[c]!;

/** The UnitChar bits of the characters in text[start, end). */
export function unitChars(text: string, start: number, end: number): number {
  let bits = 0;
  for (let i = start; i < end; i++) bits |= BITS[text.charCodeAt(i)]!;
  return bits;
}
