import { placedLinks } from '../document/link-zones.js';
import { spacedTargetEnd, type Link } from '../document/links.js';
import { isSpace } from '../document/text.js';
import type { Rule, RuleFinding } from './rule.js';

/** A stretch of text that breaks a link; `detail` is what the message names. */
interface Suspect {
  start: number;
  end: number;
  detail: string;
}

type Message = (suspect: Suspect) => string;

const spaceBeforeParen: Message = () => 'Space between `]` and `(`: the link is not rendered';
const escapedBracket: Message = (s) => `Escaped \`${s.detail}\`: the bracket no longer opens or closes a link`;
const spacedTarget: Message = (s) => `Link target \`${s.detail.trim()}\` holds spaces (translated text?): the link is not rendered`;

const SPACE_BEFORE_PAREN = /\]\s+\((?=[^)\s]*[/.#:][^)\s]*\))/y;
const ESCAPED_BRACKET = /\\[[\]]/g;

/**
 * Where links whose target is read at a glance have their `](`: a plain destination right after
 * `(` and `)` right after it, so no whitespace comes before the first `)` and no spaced target
 * starts there. Nearly every link is one; its target need not be read again.
 */
function plainTargetStarts(links: readonly Link[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    if (l.kind !== 'html' && l.kind !== 'autolink' && l.kind !== 'reference' && l.destStart === l.textEnd + 2 && l.end === l.destEnd + 1) starts.add(l.textEnd);
  }
  return starts;
}

/** Each kind of broken link syntax in the text, in text order. */
function brokenSyntax(text: string, plainTargets: ReadonlySet<number>): { message: Message; suspects: Suspect[] }[] {
  const spaceBefore: Suspect[] = [];
  const spacedTargets: Suspect[] = [];
  // `] (` and `](two words)` both start at a `]`, and neither can start inside the other: one pass.
  for (let at = text.indexOf(']'); at !== -1; ) {
    const next = text.charCodeAt(at + 1);
    let end = -1;
    if (next === 40 /* ( */ && !plainTargets.has(at)) {
      end = spacedTargetEnd(text, at);
      if (end !== -1) spacedTargets.push({ start: at, end, detail: text.slice(at + 2, end - 1) });
    } else if (isSpace(next)) {
      SPACE_BEFORE_PAREN.lastIndex = at;
      if (SPACE_BEFORE_PAREN.test(text)) spaceBefore.push({ start: at, end: (end = SPACE_BEFORE_PAREN.lastIndex), detail: '' });
    }
    at = text.indexOf(']', end === -1 ? at + 1 : end);
  }
  const escaped: Suspect[] = [];
  // Most files escape no bracket: a native search rules that out before the regex runs.
  if (text.includes('\\[') || text.includes('\\]')) {
    ESCAPED_BRACKET.lastIndex = 0;
    for (let m = ESCAPED_BRACKET.exec(text); m !== null; m = ESCAPED_BRACKET.exec(text)) escaped.push({ start: m.index, end: m.index + 2, detail: m[0] });
  }
  return [
    { message: spaceBeforeParen, suspects: spaceBefore },
    { message: escapedBracket, suspects: escaped },
    { message: spacedTarget, suspects: spacedTargets },
  ];
}

const NO_LINK_ENDS: ReadonlySet<number> = new Set();

/** Index of the first item, in offset order, at or after `offset`. */
function firstAtOrAfter<T>(items: readonly T[], offset: number, offsetOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The suspects that lie wholly inside [start, end). */
function within(suspects: readonly Suspect[], start: number, end: number): Suspect[] {
  const inside: Suspect[] = [];
  for (let i = firstAtOrAfter(suspects, start, (s) => s.start); i < suspects.length && suspects[i]!.start < end; i++) if (suspects[i]!.end <= end) inside.push(suspects[i]!);
  return inside;
}

/**
 * Offsets of a bracket no backslash escapes (an odd run of them before it), found by a native
 * search of the whole text. A unit's content starts after a tag's `>`, so no run crosses into it.
 */
function unescaped(text: string, bracket: '[' | ']'): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === 92 /* \\ */) slashes++;
    if (slashes % 2 === 0) offsets.push(at);
  }
  return offsets;
}

/** How many of the sorted offsets lie in [start, end). */
function countIn(offsets: readonly number[], start: number, end: number): number {
  return offsets.length === 0 ? 0 : firstAtOrAfter(offsets, end, itself) - firstAtOrAfter(offsets, start, itself);
}
const itself = (offset: number) => offset;

export const linkSyntax: Rule = {
  id: 'link-syntax',
  description: "Link syntax broken in a translation where its source is fine: `] (`, escaped brackets, unbalanced brackets, text as a target",
  severity: 'error',
  examples: {
    fail: "**存储**] (https://example.com/a)",
    pass: "[**存储**](https://example.com/a)",
  },
  scope: 'document',
  check(doc) {
    const findings: RuleFinding[] = [];
    if (doc.segments.length === 0) return findings;
    const kinds = brokenSyntax(doc.text, plainTargetStarts(doc.links));
    const linkEnds = kinds.some((k) => k.suspects.length > 0) ? new Set(placedLinks(doc).map((l) => l.end)) : NO_LINK_ENDS;
    const opening = unescaped(doc.text, '[');
    const closing = unescaped(doc.text, ']');
    // `[` minus `]` in text[start, end), escaped brackets not counted.
    const bracketBalance = (start: number, end: number) => countIn(opening, start, end) - countIn(closing, start, end);
    for (let i = 0; i < doc.segments.length; i++) {
      const segment = doc.segments[i]!;
      if (segment.stu === null) continue;
      const { ttu, stu } = segment;
      for (let k = 0; k < kinds.length; k++) {
        const { message, suspects } = kinds[k]!;
        if (suspects.length === 0) continue;
        const inSource = within(suspects, stu.contentStart, stu.contentEnd).length;
        const inTranslation = within(suspects, ttu.contentStart, ttu.contentEnd).filter((s) => !linkEnds.has(s.end));
        if (inTranslation.length <= inSource) continue;
        for (const s of inTranslation) findings.push({ start: s.start, end: s.end, message: `${message(s)} (${segment.id})` });
      }
      const translationBalance = bracketBalance(ttu.contentStart, ttu.contentEnd);
      if (translationBalance !== 0 && bracketBalance(stu.contentStart, stu.contentEnd) === 0) {
        findings.push({
          start: ttu.tagStart,
          end: ttu.contentStart,
          message: `Unbalanced brackets in ${segment.id}: ${Math.abs(translationBalance)} more \`${translationBalance > 0 ? '[' : ']'}\` than \`${translationBalance > 0 ? ']' : '['}\`; the source balances`,
        });
      }
    }
    return findings;
  },
};
