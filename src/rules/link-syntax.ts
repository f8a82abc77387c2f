import { LF } from '../document/chars.js';
import { placedLinks } from '../document/link-zones.js';
import { spacedTargetEnd, type Link } from '../document/links.js';
import type { Segment } from '../document/segments.js';
import { isSpace } from '../document/text.js';
import type { Fix } from '../findings/finding.js';
import type { Rule, RuleFinding } from './rule.js';

/** A stretch of text that breaks a link. */
interface Stretch {
  start: number;
  end: number;
}

/** A stretch whose message names `detail`: the escaped bracket, or the spaced target. */
interface Suspect extends Stretch {
  detail: string;
}

const ESCAPED_BRACKET = /\\[[\]]/g;
const BACKSLASH = 92;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const LESS_THAN = 60; // <

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
function brokenSyntax(text: string, plainTargets: ReadonlySet<number>): { messageId: 'escapedBracket' | 'spacedTarget'; suspects: Suspect[] }[] {
  const spacedTargets: Suspect[] = [];
  for (let at = text.indexOf(']('); at !== -1; ) {
    let end = -1;
    if (!plainTargets.has(at)) {
      end = spacedTargetEnd(text, at);
      if (end !== -1) spacedTargets.push({ start: at, end, detail: text.slice(at + 2, end - 1).trim() });
    }
    at = text.indexOf('](', end === -1 ? at + 1 : end);
  }
  const escaped: Suspect[] = [];
  // Most files escape no bracket: a native search rules that out before the regex runs.
  if (text.includes('\\[') || text.includes('\\]')) {
    ESCAPED_BRACKET.lastIndex = 0;
    for (let m = ESCAPED_BRACKET.exec(text); m !== null; m = ESCAPED_BRACKET.exec(text)) {
      if (!isEscaped(text, m.index + 1)) continue; // `\\[`: the backslash is the escaped one
      // `\](` is a broken junction, which `junctions` reports where the source joins its link there.
      if (m[0] === '\\]' && text.charCodeAt(afterSpaces(text, m.index + 2)) === OPEN_PAREN) continue;
      escaped.push({ start: m.index, end: m.index + 2, detail: m[0] });
    }
  }
  return [
    { messageId: 'escapedBracket', suspects: escaped },
    { messageId: 'spacedTarget', suspects: spacedTargets },
  ];
}

function afterSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) !== LF && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where a link's text meets its target in text[start, end): joined `](`, and broken `] (` or `\](`. */
interface Junctions {
  joined: number;
  broken: Stretch[];
}

function junctions(text: string, start: number, end: number): Junctions {
  const found: Junctions = { joined: 0, broken: [] };
  for (let at = text.indexOf(']', start); at !== -1 && at < end; at = text.indexOf(']', at + 1)) {
    const escaped = isEscaped(text, at);
    if (!escaped && text.charCodeAt(at + 1) === OPEN_PAREN) {
      found.joined++;
      continue;
    }
    const paren = afterSpaces(text, at + 1);
    if (paren >= end || text.charCodeAt(paren) !== OPEN_PAREN) continue;
    // `\]` then `(`, or `]`, spaces and `(`: the bracket no longer meets the parenthesis.
    found.broken.push(escaped ? { start: at - 1, end: paren + 1 } : { start: at, end: paren + 1 });
  }
  return found;
}

/**
 * The joins a unit's translation breaks where its source joins a link's text to its target: `] (` or
 * `\](` where the source has `](`, whether or not the target closes inside the unit.
 */
export function brokenJunctions(text: string, segment: Segment): readonly Stretch[] {
  if (segment.stu === null) return NO_JOINS;
  const sourceJoins = junctions(text, segment.stu.contentStart, segment.stu.contentEnd).joined;
  if (sourceJoins === 0) return NO_JOINS;
  const here = junctions(text, segment.ttu.contentStart, segment.ttu.contentEnd);
  return here.broken.slice(0, Math.max(0, sourceJoins - here.joined));
}

const NO_JOINS: readonly Stretch[] = [];
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

/** Whether an odd run of backslashes comes before the character at `at`. */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}

function everyOffset(text: string, bracket: '[' | ']'): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) offsets.push(at);
  return offsets;
}

/** How many of the sorted offsets lie in [start, end). */
function countIn(offsets: readonly number[], start: number, end: number): number {
  return offsets.length === 0 ? 0 : firstAtOrAfter(offsets, end, itself) - firstAtOrAfter(offsets, start, itself);
}
const itself = (offset: number) => offset;

/** The target written after a `(` at `from`: up to `)`, a space, a `<` (a closing tag) or `end`. */
function targetAt(text: string, from: number, end: number): string {
  let at = from;
  for (let c = text.charCodeAt(at); at < end && c !== CLOSE_PAREN && c !== LESS_THAN && !isSpace(c); c = text.charCodeAt(++at));
  return text.slice(from, at);
}

/**
 * The targets written after each `](` of a unit's source, whether or not a link opens in the unit
 * (its `[` may stand in the unit before): one pass over the unit.
 */
function sourceTargets(text: string, segment: Segment): Set<string> {
  const targets = new Set<string>();
  const { contentStart, contentEnd } = segment.stu!;
  for (let at = text.indexOf('](', contentStart); at !== -1 && at < contentEnd; at = text.indexOf('](', at + 2)) {
    const target = targetAt(text, at + 2, contentEnd);
    if (target !== '') targets.add(target);
  }
  return targets;
}

/**
 * Joining `] (` or `\\](` back to `](`, when the parenthesis opens with a target the source unit
 * writes after its `](` (the broken link is that one) and, for `\\]`, an unpaired `[` is left to open it.
 */
function joinFix(text: string, s: Stretch, unitEnd: number, targets: ReadonlySet<string>, opened: boolean): Fix | undefined {
  const escaped = text.charCodeAt(s.start) === BACKSLASH;
  if (escaped && !opened) return undefined;
  // `( https://…)`: spaces after the parenthesis go too.
  const targetStart = Math.min(afterSpaces(text, s.end), unitEnd);
  const target = targetAt(text, targetStart, unitEnd);
  if (target === '' || !targets.has(target)) return undefined;
  return { description: escaped ? 'remove the backslash before `]` so that it closes the link text' : 'remove the space between `]` and `(`', edits: [{ start: s.start, end: targetStart, text: '](' }] };
}

export const linkSyntax: Rule = {
  id: 'link-syntax',
  description: "Link syntax broken in a translation where its source is fine: `] (`, escaped brackets, unbalanced brackets, text as a target",
  severity: 'error',
  severityReason:
    'Error for a broken join (`] (`, `\\](`) where the source joins `](`, an escaped bracket or a spaced target: each stops a link from rendering. Warning for unbalanced brackets in plain text: the reader sees a stray bracket and nothing else breaks (when one costs a link, link-parity reports the lost link).',
  examples: {
    fail: "**存储**] (https://example.com/a)",
    pass: "[**存储**](https://example.com/a)",
  },
  scope: 'document',
  messages: {
    escapedBracket: 'Escaped `{{bracket}}`: the bracket no longer opens or closes a link ({{id}})',
    spacedTarget: 'Link target `{{target}}` holds spaces (translated text?): the link is not rendered ({{id}})',
    escapedJoin: 'Escaped `\\]` before `(` where the source has `](`: the link is not rendered ({{id}})',
    spacedJoin: 'Space between `]` and `(` where the source has `](`: the link is not rendered ({{id}})',
    unbalanced: 'Unbalanced brackets in {{id}}: {{count}} more `{{more}}` than `{{fewer}}`; the source balances',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    if (doc.segments.length === 0) return findings;
    const kinds = brokenSyntax(doc.text, plainTargetStarts(doc.links));
    const linkEnds = kinds.some((k) => k.suspects.length > 0) ? new Set(placedLinks(doc).map((l) => l.end)) : NO_LINK_ENDS;
    const allOpening = everyOffset(doc.text, '[');
    const allClosing = everyOffset(doc.text, ']');
    // A unit's content starts after a tag's `>`, so no run of backslashes crosses into it.
    const opening = allOpening.filter((at) => !isEscaped(doc.text, at));
    const closing = allClosing.filter((at) => !isEscaped(doc.text, at));
    // `[` minus `]` in text[start, end), escaped brackets not counted.
    const bracketBalance = (start: number, end: number) => countIn(opening, start, end) - countIn(closing, start, end);
    // The same with escaped brackets counted: they are text, and a translation that keeps only one of a
    // pair's escapes (`\[User name\]` → `\ [用户名 \]`) still writes its brackets as a pair.
    const allBalance = (start: number, end: number) => countIn(allOpening, start, end) - countIn(allClosing, start, end);
    for (let i = 0; i < doc.segments.length; i++) {
      const segment = doc.segments[i]!;
      if (segment.stu === null) continue;
      const { ttu, stu } = segment;
      for (let k = 0; k < kinds.length; k++) {
        const { messageId, suspects } = kinds[k]!;
        if (suspects.length === 0) continue;
        const inSource = within(suspects, stu.contentStart, stu.contentEnd).length;
        const inTranslation = within(suspects, ttu.contentStart, ttu.contentEnd).filter((s) => !linkEnds.has(s.end));
        if (inTranslation.length <= inSource) continue;
        // Unescaped, the brackets pair up as the source's do (which escapes none): each backslash goes.
        const unescape = messageId === 'escapedBracket' && inSource === 0 && bracketBalance(stu.contentStart, stu.contentEnd) === 0 && allBalance(ttu.contentStart, ttu.contentEnd) === 0;
        for (const s of inTranslation) {
          findings.push({
            start: s.start,
            end: s.end,
            messageId,
            data: messageId === 'escapedBracket' ? { bracket: s.detail, id: segment.id } : { target: s.detail, id: segment.id },
            ...(unescape && { fix: { description: `remove the backslash before \`${s.detail.slice(1)}\`, which the source does not escape`, edits: [{ start: s.start, end: s.start + 1, text: '' }] } }),
          });
        }
      }
      const joins = brokenJunctions(doc.text, segment);
      if (joins.length > 0) {
        // Each `\]` joined back closes a `[`: the unit must hold that many unpaired ones.
        const opened = bracketBalance(ttu.contentStart, ttu.contentEnd) >= joins.filter((s) => doc.text.charCodeAt(s.start) === BACKSLASH).length;
        const targets = sourceTargets(doc.text, segment);
        for (const s of joins) {
          const fix = joinFix(doc.text, s, ttu.contentEnd, targets, opened);
          const messageId = doc.text.charCodeAt(s.start) === BACKSLASH ? 'escapedJoin' : 'spacedJoin';
          findings.push({ start: s.start, end: s.end, messageId, data: { id: segment.id }, ...(fix && { fix }) });
        }
      }
      const translationBalance = bracketBalance(ttu.contentStart, ttu.contentEnd);
      if (translationBalance !== 0 && bracketBalance(stu.contentStart, stu.contentEnd) === 0 && allBalance(ttu.contentStart, ttu.contentEnd) !== 0) {
        findings.push({
          start: ttu.tagStart,
          end: ttu.contentStart,
          severity: 'warning',
          messageId: 'unbalanced',
          data: { id: segment.id, count: Math.abs(translationBalance), more: translationBalance > 0 ? '[' : ']', fewer: translationBalance > 0 ? ']' : '[' },
        });
      }
    }
    return findings;
  },
};
