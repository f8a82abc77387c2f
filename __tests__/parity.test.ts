import { describe, expect, it } from 'vitest';
import { pairItems, unitPairs } from '../src/document/parity.js';
import { parseDocument } from '../src/document/document.js';

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
