import { localeOf, type LocDocument } from '../document/document.js';
import type { RuleContext } from '../rules/rule.js';

export interface Counterpart {
  doc: LocDocument;
  /** Locale name to show in messages. */
  label: string;
  isSource: boolean;
}

function openlocfilehash(doc: LocDocument): string | null {
  const value = doc.frontMatter?.get('ms.openlocfilehash')?.value;
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The other locales of this article translated from the same source version (same
 * `ms.openlocfilehash`), and the source itself when its bytes, as stored or with CRLF line endings,
 * hash to that value: only these are expected to agree link for link.
 */
export function comparableCounterparts(doc: LocDocument, ctx: RuleContext): Counterpart[] {
  const hash = openlocfilehash(doc);
  const result: Counterpart[] = [];
  const siblings = ctx.siblings();
  for (let i = 0; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    const other = openlocfilehash(sibling);
    if (hash === null || other === null || other === hash) result.push({ doc: sibling, label: localeOf(sibling) ?? sibling.path, isSource: false });
  }
  // The source is only comparable when it is provably the version this file was translated from.
  const source = ctx.source();
  if (source && hash !== null && (source.contentHash() === hash || source.contentHash(true) === hash)) {
    result.push({ doc: source, label: `${localeOf(source) ?? ctx.sourceLocale} (source)`, isSource: true });
  }
  return result;
}

/** The keys of the maps, each once, in the order first seen. */
export function keysOf(maps: readonly ReadonlyMap<string, unknown>[]): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  const add = (_: unknown, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
  };
  for (let i = 0; i < maps.length; i++) maps[i]!.forEach(add);
  return keys;
}

/**
 * Whether two maps hold the same keys, with values `alike` says agree. Nearly every file matches its
 * counterparts this way, and the rules then have nothing to count.
 */
export function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>, alike: (x: V, y: V) => boolean = () => true): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((value, key) => {
    if (same && (!b.has(key) || !alike(value, b.get(key)!))) same = false;
  });
  return same;
}

/** The value more than half of the counterparts hold, or null when they split. */
export function majority(values: readonly number[]): number | null {
  // A handful of locales: counting each value's copies beats a Map.
  for (let i = 0; i < values.length; i++) {
    let count = 0;
    for (let j = 0; j < values.length; j++) if (values[j] === values[i]) count++;
    if (count * 2 > values.length) return values[i]!;
  }
  return null;
}

/** Where something a counterpart has belongs in this file: at the unit with the same number, else the body's start. */
export function placeOfCounterpartOffset(doc: LocDocument, other: LocDocument, offset: number): { start: number; end: number } {
  // The unit holding the offset, else the next one (an anchor stands just before its heading's unit).
  const segment =
    other.segments.find((s) => s.ttu.tagStart <= offset && offset < (s.stu?.end ?? s.ttu.end)) ?? other.segments.find((s) => s.ttu.tagStart >= offset);
  const parts = segment?.idParts ?? null;
  if (parts) {
    const here = doc.segments.find((s) => {
      const p = s.idParts;
      return p !== null && p.number === parts.number && p.merged === parts.merged;
    });
    if (here) return { start: here.ttu.tagStart, end: here.ttu.contentStart };
  }
  const bodyStart = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
  return { start: bodyStart, end: bodyStart };
}

/**
 * Which file reports a defect of a translation that the source may have handed down. When the source
 * has it too (`has`), the source file does (`elsewhere`, for a translation); when every other locale
 * has it, the article's first locale does, once for all (`article` there, `elsewhere` in the rest).
 * Otherwise the translation introduced it (`here`).
 */
export function reporterOf(doc: LocDocument, ctx: RuleContext, has: (other: LocDocument) => boolean): 'here' | 'article' | 'elsewhere' {
  if (!ctx.localized) return 'here';
  if (copiedFromSource(ctx, has)) return 'elsewhere';
  const siblings = ctx.siblings();
  if (siblings.length === 0 || !siblings.every(has)) return 'here';
  return siblings.some((s) => s.path < doc.path) ? 'elsewhere' : 'article';
}

/** Whether a translation's defect is the source file's too (`has`), handed down: the source reports it then. */
export function copiedFromSource(ctx: RuleContext, has: (source: LocDocument) => boolean): boolean {
  if (!ctx.localized) return false;
  const source = ctx.source();
  return source !== null && has(source);
}
