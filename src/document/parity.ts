import type { LocatedSegment } from './document.js';
import type { SpanRange } from './segments.js';

/** Something a parity rule reads in a unit: where it is and what must survive translation (`key`). */
export interface Item {
  start: number;
  end: number;
  key: string;
}

/** What became of the source unit's items in the translated unit. */
export interface Pairing<T extends Item> {
  /** A source item and the translation's item that took its place (same order among the unmatched ones). */
  changed: { source: T; translation: T }[];
  /** Source items with no counterpart in the translation. */
  missing: T[];
  /** Translation items with no counterpart in the source. */
  extra: T[];
}

/** A unit and its source unit, for rules that compare the two. */
export interface UnitPair {
  segment: LocatedSegment;
  translation: SpanRange;
  source: SpanRange;
}

/** The units that carry a source unit beside them, in document order (rules read them once per document, from inlinePairs). */
export function unitPairs(segments: readonly LocatedSegment[]): UnitPair[] {
  const pairs: UnitPair[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.stu !== null) pairs.push({ segment, translation: segment.ttu, source: segment.stu });
  }
  return pairs;
}

/**
 * Pairs items by key as a multiset (each key matched as often as both sides have it, in order), then
 * pairs what is left in order: a leftover source item beside a leftover translation item is changed,
 * the rest are missing or extra. Linear in the number of items.
 */
export function pairItems<T extends Item>(source: readonly T[], translation: readonly T[]): Pairing<T> {
  const waiting = new Map<string, number>();
  for (let i = 0; i < translation.length; i++) waiting.set(translation[i]!.key, (waiting.get(translation[i]!.key) ?? 0) + 1);
  const unmatchedSource: T[] = [];
  const matchedKeys = new Map<string, number>();
  for (let i = 0; i < source.length; i++) {
    const item = source[i]!;
    const left = waiting.get(item.key) ?? 0;
    if (left > 0) {
      waiting.set(item.key, left - 1);
      matchedKeys.set(item.key, (matchedKeys.get(item.key) ?? 0) + 1);
    } else unmatchedSource.push(item);
  }
  const unmatchedTranslation: T[] = [];
  for (let i = 0; i < translation.length; i++) {
    const item = translation[i]!;
    const matched = matchedKeys.get(item.key) ?? 0;
    if (matched > 0) matchedKeys.set(item.key, matched - 1);
    else unmatchedTranslation.push(item);
  }
  const paired = Math.min(unmatchedSource.length, unmatchedTranslation.length);
  return {
    changed: unmatchedSource.slice(0, paired).map((item, i) => ({ source: item, translation: unmatchedTranslation[i]! })),
    missing: unmatchedSource.slice(paired),
    extra: unmatchedTranslation.slice(paired),
  };
}
