import { describe, expect, it } from 'vitest';
import { pairItems, unitPairs } from '../src/document/parity.js';
import { parseDocument } from '../src/document/document.js';
import { APART, breaksWord, LINK_OPEN, markedWords, MatchAhead, unitInline, type Words } from '../src/document/inline-tokens.js';
import { UnitChar, unitChars } from '../src/document/unit-chars.js';
import { DIGIT } from '../src/rules/number-parity.js';

const item = (key: string, start: number) => ({ key, start, end: start + key.length });

describe('pairItems', () => {
  it('matches equal keys as a multiset, whatever their order', () => {
    const pairing = pairItems([item('a', 0), item('b', 2), item('a', 4)], [item('b', 10), item('a', 12), item('a', 14)]);
    expect(pairing).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('pairs the leftovers in order as changed, the rest as missing or extra', () => {
    const source = [item('-Identity', 0), item('Get-Mailbox', 10), item('-Filter', 22)];
    const pairing = pairItems(source, [item('Get-Mailbox', 40), item('-Identität', 52)]);
    expect(pairing.changed).toEqual([{ source: source[0], translation: item('-Identität', 52) }]);
    expect(pairing.missing).toEqual([source[2]]);
    expect(pairing.extra).toEqual([]);
  });

  it('keeps a repeated key the translation has once more as extra', () => {
    const pairing = pairItems([item('x', 0)], [item('x', 5), item('x', 7)]);
    expect(pairing).toEqual({ changed: [], missing: [], extra: [item('x', 7)] });
  });
});

describe('unitPairs', () => {
  it('yields only units with a source unit beside them', () => {
    const text =
      '<span data-ttu-id="581fd-101">Un</span><span class="sxs-lookup"><span data-stu-id="581fd-101">One</span></span>\n\n' +
      '<span data-ttu-id="581fd-102">Deux</span>\n';
    const doc = parseDocument('fr-FR/a.md', text);
    const pairs = [...unitPairs(doc.segments)];
    expect(pairs.map((pair) => pair.segment.id)).toEqual(['581fd-101']);
    expect(text.slice(pairs[0]!.source.contentStart, pairs[0]!.source.contentEnd)).toBe('One');
    expect(text.slice(pairs[0]!.translation.contentStart, pairs[0]!.translation.contentEnd)).toBe('Un');
  });
});

describe('breaksWord', () => {
  it('ends a word at every space \\s matches, at punctuation and at the scripts written without spaces', () => {
    const spaces: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(c);
    expect(spaces.filter((c) => !breaksWord(c))).toEqual([]);
    for (const ch of '，。「」、“”«»…运ア한ｱ؟،') expect(breaksWord(ch.charCodeAt(0)), ch).toBe(true);
  });

  it('keeps letters of the scripts written with spaces, digits, hyphens and surrogates in a word', () => {
    for (const ch of 'aZ9éжد\u2011\u2010-_.') expect(breaksWord(ch.charCodeAt(0)), ch).toBe(false);
    expect(breaksWord(0xd83d)).toBe(false);
  });
});

describe('MatchAhead', () => {
  const text = 'a](b) *c* d_e ](f)';
  const all = (next: (start: number) => number) => {
    const found: number[] = [];
    for (let at = next(0); at !== Infinity; at = next(at + 1)) found.push(at);
    return found;
  };

  it('find a literal where a RegExp of the same one-character match finds it, in either direction, and Infinity past the last', () => {
    const literal = new MatchAhead(text, LINK_OPEN);
    const pattern = new MatchAhead(text, /\](?=\()/g);
    expect(all((start) => literal.next(start))).toEqual([1, 14]);
    expect(all((start) => pattern.next(start))).toEqual([1, 14]);
    // Asked again from before the remembered search, and from past the last match.
    expect([literal.next(3), literal.next(0), literal.next(15)]).toEqual([14, 1, Infinity]);
    expect(literal.within(2, 14)).toBe(false);
    expect(literal.within(2, 15)).toBe(true);
  });
});

describe('unitChars', () => {
  const bits = (text: string) => unitChars(text, 0, text.length);

  it('finds a digit of every script number-parity reads, and no other character as one', () => {
    const digit = new RegExp(DIGIT.source);
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (((bits(String.fromCharCode(c)) & UnitChar.DIGIT) !== 0) !== digit.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('finds each character it has a bit for, in the range given only', () => {
    expect(bits('`*_<>&\\{%$')).toBe(
      UnitChar.BACKTICK | UnitChar.ASTERISK | UnitChar.UNDERSCORE | UnitChar.LESS_THAN | UnitChar.GREATER_THAN | UnitChar.AMPERSAND | UnitChar.BACKSLASH | UnitChar.OPEN_BRACE | UnitChar.PERCENT | UnitChar.DOLLAR,
    );
    for (const c of '‹＜〈«') expect(bits(c)).toBe(UnitChar.PLACEHOLDER_BRACKET);
    for (const c of '→＞›') expect(bits(c)).toBe(UnitChar.STEP_SEPARATOR);
    expect(bits('、')).toBe(UnitChar.IDEOGRAPHIC_COMMA);
    expect(bits('Select Settings, then Mail.')).toBe(0);
    expect(unitChars('1 **a** 2', 2, 7)).toBe(UnitChar.ASTERISK);
  });

  it('is read from the segment\'s source unit, not its translation', () => {
    const doc = parseDocument('docs/ja-JP/a.md', '<span data-ttu-id="581fd-102">`a` 1</span><span class="sxs-lookup"><span data-stu-id="581fd-102">Select **OK**.</span></span>\n');
    expect(doc.segments[0]!.sourceChars).toBe(UnitChar.ASTERISK);
  });
});

describe('markedWords', () => {
  const DIGIT = /[0-9]/g;
  const words = (w: Words | null) => (w === null ? null : Array.from({ length: w.length }, (_, i) => w.key(i)));
  const marked = (text: string) => markedWords(text, 0, text.length, new MatchAhead(text, DIGIT), new MatchAhead(text, APART), new MatchAhead(text, LINK_OPEN));

  it('finds the words unitInline finds that hold a match, each with the word after it, outside link destinations', () => {
    const text = 'Up to 1 000 items, see [page 2](https://example.com/3-a) or x64, 5. Note: 7 million';
    expect(words(marked(text))).toEqual(['1', '000', 'items', '2', 'or', 'x64', '5', 'Note', '7', 'million']);
    const all = unitInline(text, 0, text.length).words;
    const keys = Array.from({ length: all.length }, (_, i) => all.key(i));
    for (const key of words(marked(text))!) expect(keys).toContain(key);
  });

  it('leaves a unit with code, a tag, an entity, an escape or a bare URL outside link destinations to unitInline', () => {
    for (const text of ['Run `a 1`', 'A<br>1', 'A&amp;1', 'A\\*1', 'See https://example.com/1']) expect(marked(text)).toBeNull();
    expect(words(marked('[1](https://example.com/a&b)'))).toEqual(['1']);
  });
});
