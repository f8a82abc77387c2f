import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/document/code-spans.js';

const spans = (text: string) => codeSpans(text, 0, text.length).map(([start, end]) => text.slice(start, end));

describe('codeSpans', () => {
  it('pairs a run with the next run of the same length, as CommonMark does', () => {
    expect(spans('run `Get-Board | Format-List` and ``a ` b`` then `x')).toEqual(['`Get-Board | Format-List`', '``a ` b``']);
    expect(spans('``` no closer `` here `` end')).toEqual(['`` here ``']);
  });

  it('escapes the first backtick of an opening run after an odd run of backslashes, not of a closing one', () => {
    expect(spans('\\`not code` but `code\\`')).toEqual(['` but `']);
    expect(spans('\\\\`code`')).toEqual(['`code`']);
    expect(spans('\\``code`')).toEqual(['`code`']);
  });

  it('reads only the given range', () => {
    const text = '`a` <span>`b</span> c`';
    expect(codeSpans(text, 4, 19).map(([s, e]) => text.slice(s, e))).toEqual([]);
  });
});
