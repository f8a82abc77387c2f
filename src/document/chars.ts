/**
 * UTF-16 code units the scanners compare `charCodeAt` against, by name: the scanners read the text
 * by code unit, not by regular expression, on their fast paths.
 */

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const BANG = 0x21; // !
export const QUOTE = 0x22; // "
export const HASH = 0x23; // #
export const DOLLAR = 0x24; // $
export const PERCENT = 0x25; // %
export const AMPERSAND = 0x26; // &
export const APOSTROPHE = 0x27; // '
export const OPEN_PAREN = 0x28; // (
export const CLOSE_PAREN = 0x29; // )
export const ASTERISK = 0x2a; // *
export const PLUS = 0x2b; // +
export const COMMA = 0x2c; // ,
export const DASH = 0x2d; // -
export const DOT = 0x2e; // .
export const SLASH = 0x2f; // /
export const DIGIT_0 = 0x30;
export const DIGIT_1 = 0x31;
export const DIGIT_9 = 0x39;
export const COLON = 0x3a; // :
export const SEMICOLON = 0x3b; // ;
export const LESS_THAN = 0x3c; // <
export const EQUALS = 0x3d; // =
export const GREATER_THAN = 0x3e; // >
export const AT_SIGN = 0x40; // @
export const UPPER_A = 0x41;
export const UPPER_H = 0x48;
export const UPPER_K = 0x4b;
export const UPPER_S = 0x53;
export const UPPER_Z = 0x5a;
export const OPEN_BRACKET = 0x5b; // [
export const BACKSLASH = 0x5c; // \
export const CLOSE_BRACKET = 0x5d; // ]
export const UNDERSCORE = 0x5f; // _
export const BACKTICK = 0x60; // `
export const LOWER_A = 0x61;
export const LOWER_D = 0x64;
export const LOWER_F = 0x66;
export const LOWER_H = 0x68;
export const LOWER_K = 0x6b;
export const LOWER_N = 0x6e;
export const LOWER_P = 0x70;
export const LOWER_S = 0x73;
export const LOWER_Z = 0x7a;
export const OPEN_BRACE = 0x7b; // {
export const PIPE = 0x7c; // |
export const CLOSE_BRACE = 0x7d; // }
export const TILDE = 0x7e; // ~
export const DELETE = 0x7f;
/** Past the last ASCII code unit: the size of the lookup tables, which are read only below it. */
export const ASCII_END = 0x80;
/** The bit that tells ASCII lower case from upper case: `c | CASE_BIT` folds a letter to lower case. */
export const CASE_BIT = 0x20;

export const NO_BREAK_SPACE = 0xa0;
/** Arabic-Indic digits (U+0660–0669), extended Arabic-Indic digits (U+06F0–06F9). */
export const ARABIC_INDIC_DIGIT_0 = 0x660;
export const ARABIC_INDIC_DIGIT_9 = 0x669;
/** Arabic decimal and thousands separators (`١٬٠٠٠`, `١٫٥`). */
export const ARABIC_DECIMAL_SEPARATOR = 0x66b; // ٫
export const ARABIC_THOUSANDS_SEPARATOR = 0x66c; // ٬
export const EXTENDED_ARABIC_INDIC_DIGIT_0 = 0x6f0;
export const EXTENDED_ARABIC_INDIC_DIGIT_9 = 0x6f9;
export const OGHAM_SPACE = 0x1680;
/** U+2000 to U+200A: the typographic spaces, en quad to hair space. */
export const EN_QUAD = 0x2000;
export const HAIR_SPACE = 0x200a;
export const LINE_SEPARATOR = 0x2028;
export const PARAGRAPH_SEPARATOR = 0x2029;
export const NARROW_NO_BREAK_SPACE = 0x202f;
/** K, whose lower case is ASCII `k`. */
export const KELVIN_SIGN = 0x212a;
export const MEDIUM_MATHEMATICAL_SPACE = 0x205f;
export const IDEOGRAPHIC_SPACE = 0x3000;
/** Japanese style joins UI steps with it (`[ファイル]、[アカウント設定] の順に選択`). */
export const IDEOGRAPHIC_COMMA = 0x3001; // 、
export const BYTE_ORDER_MARK = 0xfeff;
/** `50，000` in Chinese text. */
export const FULLWIDTH_COMMA = 0xff0c; // ，
export const FULLWIDTH_DIGIT_0 = 0xff10; // ０
export const FULLWIDTH_DIGIT_9 = 0xff19; // ９
export const FULLWIDTH_PIPE = 0xff5c; // ｜

/**
 * Where inline Markdown may start, besides `<`: escapes, code spans, brackets, images. The inline
 * scan stops at each, and TagScanner leaves to it every tag whose attribute value holds one.
 */
export const INLINE_MARKS = '\\`[]!';

/** Brackets a translation sets for a placeholder's `<`: `‹`, fullwidth `＜`, `〈`, `«`. */
export const OTHER_PLACEHOLDER_OPENERS = '‹＜〈«';
/** Separators locales write between the steps of a UI path besides `>`: `→`, fullwidth `＞`, `›`. */
export const OTHER_STEP_SEPARATORS = '→＞›';

/** The code units of a string's characters, for a set of characters written as they read (`'‹＜〈«'`). */
export const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** Whether a code unit is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;
