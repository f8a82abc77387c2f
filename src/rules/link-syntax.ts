import { placedLinks } from '../document/link-zones.js';
import type { Rule, RuleFinding } from './rule.js';

type Message = (match: RegExpExecArray) => string;

const spaceBeforeParen: Message = () => 'Space between `]` and `(`: the link is not rendered';
const escapedBracket: Message = (m) => `Escaped \`${m[0]}\`: the bracket no longer opens or closes a link`;
const spacedTarget: Message = (m) => `Link target \`${m[2]!.trim()}\` holds spaces (translated text?): the link is not rendered`;

// `] (` and `](two words)` in one pass: both start at a `]`, and neither can start inside the other.
const AFTER_BRACKET = /\](?:(\s+)\((?=[^)\s]*[/.#:][^)\s]*\))|\(([^()\n]*\s[^()\n]*)\))/g;
const ESCAPED_BRACKET = /\\[[\]]/g;

/** Matches of each kind of broken link syntax in the text, in text order. */
function brokenSyntax(text: string): { message: Message; matches: RegExpExecArray[] }[] {
  const spaceBefore: RegExpExecArray[] = [];
  const spacedTargets: RegExpExecArray[] = [];
  AFTER_BRACKET.lastIndex = 0;
  for (let m = AFTER_BRACKET.exec(text); m !== null; m = AFTER_BRACKET.exec(text)) (m[1] !== undefined ? spaceBefore : spacedTargets).push(m);
  const escaped: RegExpExecArray[] = [];
  // Most files escape no bracket: a native search rules that out before the regex runs.
  if (text.includes('\\[') || text.includes('\\]')) {
    ESCAPED_BRACKET.lastIndex = 0;
    for (let m = ESCAPED_BRACKET.exec(text); m !== null; m = ESCAPED_BRACKET.exec(text)) escaped.push(m);
  }
  return [
    { message: spaceBeforeParen, matches: spaceBefore },
    { message: escapedBracket, matches: escaped },
    { message: spacedTarget, matches: spacedTargets },
  ];
}

const NO_LINK_ENDS: ReadonlySet<number> = new Set();

/** The matches that lie wholly inside [start, end). */
function within(matches: readonly RegExpExecArray[], start: number, end: number): RegExpExecArray[] {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.index < start) lo = mid + 1;
    else hi = mid;
  }
  const inside: RegExpExecArray[] = [];
  for (let i = lo; i < matches.length && matches[i]!.index < end; i++) if (matches[i]!.index + matches[i]![0].length <= end) inside.push(matches[i]!);
  return inside;
}

/** `[` minus `]` in text[start, end), escaped brackets not counted; read in place, not sliced. */
function bracketBalance(text: string, start: number, end: number): number {
  let balance = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (c === 91 /* [ */) balance++;
    else if (c === 93 /* ] */) balance--;
  }
  return balance;
}

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
    const kinds = brokenSyntax(doc.text);
    const linkEnds = kinds.some((k) => k.matches.length > 0) ? new Set(placedLinks(doc).map((l) => l.end)) : NO_LINK_ENDS;
    for (const segment of doc.segments) {
      if (segment.stu === null) continue;
      const { ttu, stu } = segment;
      for (const { message, matches } of kinds) {
        if (matches.length === 0) continue;
        const inSource = within(matches, stu.contentStart, stu.contentEnd).length;
        const inTranslation = within(matches, ttu.contentStart, ttu.contentEnd).filter((m) => !linkEnds.has(m.index + m[0].length));
        if (inTranslation.length <= inSource) continue;
        for (const m of inTranslation) findings.push({ start: m.index, end: m.index + m[0].length, message: `${message(m)} (${segment.id})` });
      }
      const translationBalance = bracketBalance(doc.text, ttu.contentStart, ttu.contentEnd);
      if (translationBalance !== 0 && bracketBalance(doc.text, stu.contentStart, stu.contentEnd) === 0) {
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
