import { derived, type LocDocument } from '../document/document.js';
import { isSpace } from '../document/text.js';
import { reporterOf } from '../rules-support/counterparts.js';
import type { Rule, RuleContext, RuleFinding } from './rule.js';
import { BANG, CLOSE_BRACKET, CR, GREATER_THAN, LF, LOWER_S, OPEN_BRACKET, OPEN_PAREN, SPACE, TAB, UPPER_S } from '../document/chars.js';

/** The alert types DocFX renders (`> [!NOTE]`); it reads them in any case. */
const ALERT_TYPES = new Set(['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING']);
const TYPE_LIST = 'NOTE, TIP, IMPORTANT, CAUTION, WARNING';
/** How every marker-shaped token opens (markerWord). */
const MARKER_OPEN = '[!';
/** A marker longer than this is prose in brackets, not a damaged marker. */
const MAX_MARKER = 40;

interface Token {
  start: number;
  end: number;
  text: string;
}

/** A `[…]` of at most MAX_MARKER characters at `at`, not a link's text nor an image's: what a marker became. */
function bracketToken(text: string, at: number, limit: number): Token | null {
  if (text.charCodeAt(at) !== OPEN_BRACKET) return null;
  const stop = Math.min(limit, at + MAX_MARKER);
  for (let i = at + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACKET) return null;
    if (c === CLOSE_BRACKET) return text.charCodeAt(i + 1) === OPEN_PAREN ? null : { start: at, end: i + 1, text: text.slice(at, i + 1) };
  }
  return null;
}

/** The word of a marker-shaped token `[!WORD]` (letters of any script, spaces allowed after `!`), or null. */
function markerWord(token: Token): string | null {
  const t = token.text;
  if (t.charCodeAt(1) !== BANG) return null;
  const word = t.slice(2, -1).trimStart();
  return /^\p{L}+$/u.test(word) ? word : null;
}

const isAlertType = (word: string) => ALERT_TYPES.has(word.toUpperCase());

/** Whether only spaces, tabs and at least one `>` stand between a line's start and `offset`. */
function onQuoteLine(text: string, offset: number): boolean {
  let quoted = false;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return quoted;
    if (c === GREATER_THAN) quoted = true;
    else if (c !== SPACE && c !== TAB) return false;
  }
  return quoted;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Markers whose word is no alert type (`[!TIPS]`), on quote lines or opening a source unit on one: what the source hands down. */
function nonTypeMarkers(doc: LocDocument): Token[] {
  const { text } = doc;
  const found: Token[] = [];
  const take = (at: number, limit: number) => {
    const token = bracketToken(text, at, limit);
    const word = token && markerWord(token);
    if (token && word !== null && !isAlertType(word)) found.push(token);
  };
  const starts = doc.lines.starts;
  let block = 0;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    while (block < doc.codeBlocks.length && doc.codeBlocks[block]![1] <= lineStart) block++;
    if (block < doc.codeBlocks.length && doc.codeBlocks[block]![0] <= lineStart) continue;
    let i = lineStart;
    let quoted = false;
    for (let c = text.charCodeAt(i); c === SPACE || c === TAB || c === GREATER_THAN; c = text.charCodeAt(++i)) if (c === GREATER_THAN) quoted = true;
    if (quoted) take(i, starts[n + 1] ?? text.length);
  }
  const { segments } = doc;
  for (let index = 0; index < segments.length; index++) {
    const { ttu, stu } = segments[index]!;
    if (stu !== null && text.charCodeAt(firstNonSpace(text, stu.contentStart, stu.contentEnd)) === OPEN_BRACKET && onQuoteLine(text, ttu.tagStart)) {
      take(firstNonSpace(text, stu.contentStart, stu.contentEnd), stu.contentEnd);
    }
  }
  return found;
}

/** The type a non-type marker most likely meant: its singular (`TIPS` → `TIP`), when that is a type. */
function meantType(word: string): string | null {
  const last = word.charCodeAt(word.length - 1);
  const singular = last === LOWER_S || last === UPPER_S ? word.slice(0, -1) : '';
  return isAlertType(singular) ? singular : null;
}

export const alertMarker: Rule = {
  id: 'alert-marker',
  description: 'A DocFX alert keeps its marker: the translation neither translates nor damages it nor pastes a translated marker into its text, and the marker names an alert type',
  severity: 'error',
  severityReason:
    'Error: a marker DocFX does not know (`[!ヒント]`, `[!TIPS]`) turns the alert into a plain quote that shows the marker as text. Warning, once per article, when the source carries a non-type marker: every locale inherits it and the fix belongs in the source.',
  examples: {
    fail: '> <span data-ttu-id="e05a0-107">[!ヒント]</span><span class="sxs-lookup"><span data-stu-id="e05a0-107">[!TIP]</span></span>',
    pass: '> <span data-ttu-id="e05a0-107">[!TIP]</span><span class="sxs-lookup"><span data-stu-id="e05a0-107">[!TIP]</span></span>',
  },
  scope: 'locales',
  messages: {
    markerChanged: 'Alert marker `{{marker}}` in the source of {{id}} is `{{here}}` here; DocFX shows a marker it does not know as text',
    markerMissing: 'Alert marker `{{marker}}` in the source of {{id}} is missing here; DocFX shows a marker it does not know as text',
    pasted: '`{{marker}}` in the translation of {{id}} is a marker pasted as text (the source unit has none): DocFX shows it literally inside the alert',
    nonTypeInSource: '`{{marker}}` is no alert type{{hint}}: DocFX shows it as text, and every translation copies it from this source file',
    nonTypeEveryLocale: '`{{marker}}` is no alert type{{hint}}: DocFX shows it as text; every locale of the article has it, so the fix belongs in the source',
    nonType: '`{{marker}}` is no alert type{{hint}}: DocFX shows it as text',
  },
  check(doc, ctx) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    // Every finding is on a marker-shaped token, which opens with `[!`: most files hold none.
    if (!text.includes(MARKER_OPEN)) return findings;
    const { segments } = doc;
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index]!;
      const { ttu, stu } = segment;
      if (stu === null) continue;
      const sourceAt = firstNonSpace(text, stu.contentStart, stu.contentEnd);
      const sourceToken = bracketToken(text, sourceAt, stu.contentEnd);
      const sourceWord = sourceToken && markerWord(sourceToken);
      const translatedAt = firstNonSpace(text, ttu.contentStart, ttu.contentEnd);
      if (sourceToken !== null && sourceWord !== null) {
        if (!onQuoteLine(text, ttu.tagStart)) continue;
        const translated = bracketToken(text, translatedAt, ttu.contentEnd);
        if (translated !== null && translated.text.toUpperCase() === sourceToken.text.toUpperCase()) continue;
        findings.push({
          start: translated?.start ?? ttu.tagStart,
          end: translated?.end ?? ttu.contentStart,
          ...(translated === null
            ? { messageId: 'markerMissing', data: { marker: sourceToken.text, id: segment.id } }
            : { messageId: 'markerChanged', data: { marker: sourceToken.text, id: segment.id, here: translated.text } }),
          ...(translated && { fix: { description: `restore \`${sourceToken.text}\` from the source unit`, edits: [{ start: translated.start, end: translated.end, text: sourceToken.text }] } }),
        });
        continue;
      }
      // A translated marker word pasted into the text of an alert whose marker line stands above it.
      const pasted = pastedMarker(text, ttu.contentStart, ttu.contentEnd);
      if (pasted === null || !onQuoteLine(text, ttu.tagStart) || text.slice(stu.contentStart, stu.contentEnd).includes(pasted.text)) continue;
      const after = firstNonSpace(text, pasted.end, ttu.contentEnd);
      findings.push({
        start: pasted.start,
        end: pasted.end,
        messageId: 'pasted',
        data: { marker: pasted.text, id: segment.id },
        fix: { description: `remove \`${pasted.text}\`, which the source unit does not have`, edits: [{ start: pasted.start, end: after, text: '' }] },
      });
    }
    for (const token of derived(doc, nonTypeMarkers)) findings.push(...nonTypeFinding(doc, ctx, token));
    return findings;
  },
};

/** The first marker-shaped token in a unit's text, e.g. `[!注意]`. */
function pastedMarker(text: string, from: number, to: number): Token | null {
  // Searched within the unit: a search of the text from the unit on runs to the file's end in every
  // unit that has no `[!`, as nearly all have none.
  const unit = text.slice(from, to);
  for (let i = unit.indexOf(MARKER_OPEN); i !== -1; i = unit.indexOf(MARKER_OPEN, i + 2)) {
    const token = bracketToken(text, from + i, to);
    if (token !== null && markerWord(token) !== null) return token;
  }
  return null;
}

function nonTypeFinding(doc: LocDocument, ctx: RuleContext, token: Token): RuleFinding[] {
  const has = (other: LocDocument) => derived(other, nonTypeMarkers).some((t) => t.text === token.text);
  const who = reporterOf(doc, ctx, has);
  if (who === 'elsewhere') return [];
  const word = markerWord(token)!;
  const meant = meantType(word);
  const hint = meant === null ? ` (types: ${TYPE_LIST})` : ` (did you mean \`[!${meant.toUpperCase()}]\`?)`;
  const at = { start: token.start, end: token.end };
  const data = { marker: token.text, hint };
  if (!ctx.localized) return [{ ...at, severity: 'warning', messageId: 'nonTypeInSource', data }];
  if (who === 'article') return [{ ...at, severity: 'warning', messageId: 'nonTypeEveryLocale', data }];
  return [{ ...at, messageId: 'nonType', data }];
}
