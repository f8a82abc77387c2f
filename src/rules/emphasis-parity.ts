import type { LocDocument } from '../document/document.js';
import { MatchAhead } from '../document/inline-tokens.js';
import { UnitChar } from '../document/unit-chars.js';
import { isSpace } from '../document/text.js';
import type { TextEdit } from '../findings/finding.js';
import type { Rule, RuleFinding } from './rule.js';
import { ASCII_END, ASTERISK, BACKSLASH, BACKTICK, CLOSE_BRACKET, LESS_THAN, LOWER_A, LOWER_Z, OPEN_PAREN, SLASH, SPACE, UNDERSCORE, UPPER_A, UPPER_Z, isDigit } from '../document/chars.js';

/** A delimiter, escaped or not, as UnitChar bits: a source unit without one has nothing to compare. */
const DELIMITERS = UnitChar.ASTERISK | UnitChar.UNDERSCORE;
/** Where marksOf has something to do: a delimiter, an escape, a code span, a tag, a link destination, a bare URL. */
const SPECIAL = /[*_\\`<\]\/]/g;

/** Characters of the translation shown around an escaped delimiter in a message. */
const EXCERPT = 24;

/** The emphasis delimiters of a unit's text, outside code spans, tags and link destinations. */
interface Marks {
  /** Unescaped `*`, and `_` that can open or close (not between two letters or digits). */
  delimiters: number;
  /** Offsets of the backslashes of `\*` and `\_`. */
  escapes: number[];
  /** The first unescaped delimiter run, as written (`**`). */
  firstRun: string;
}

const isWordChar = (c: number) => isDigit(c) || (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z) || (c >= ASCII_END && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/**
 * One pass over [start, end): each skip moves forward, and each search stays within the unit. Code
 * spans are the document's, those within the unit (a span crossing the unit's end is not the unit's).
 */
function marksOf(doc: LocDocument, start: number, end: number, special: MatchAhead): Marks {
  const { text } = doc;
  const marks: Marks = { delimiters: 0, escapes: [], firstRun: '' };
  const code = doc.inline.within('code-span', start, end);
  let span = 0;
  // Text between the characters below is passed by the search, not looked at one by one.
  for (let i = special.next(start); i < end; i = special.next(i)) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < end && (next === ASTERISK || next === UNDERSCORE)) marks.escapes.push(i);
      i += 2;
    } else if (c === BACKTICK) {
      while (span < code.length && code[span]![0] < i) span++;
      // A run that opens a code span passes the span; one that opens none is text, and holds no delimiter.
      i = span < code.length && code[span]![0] === i ? code[span++]![1] : i + 1;
    } else if (c === LESS_THAN && isTagStart(text.charCodeAt(i + 1))) {
      const close = text.indexOf('>', i);
      i = close !== -1 && close < end ? close + 1 : i + 1;
    } else if (c === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN) {
      const close = text.indexOf(')', i);
      i = close !== -1 && close < end ? close + 1 : i + 2;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      // A bare URL (`https://…`) runs to the next space, `*` or letter outside ASCII (CJK text runs on without a space).
      for (let u = text.charCodeAt(i); i < end && u > SPACE && u < ASCII_END && u !== ASTERISK; u = text.charCodeAt(++i));
    } else if (c === ASTERISK || c === UNDERSCORE) {
      let run = i;
      while (run < end && text.charCodeAt(run) === c) run++;
      const intraword = c === UNDERSCORE && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(run));
      if (!intraword) {
        if (marks.firstRun === '') marks.firstRun = text.slice(i, run);
        marks.delimiters += run - i;
      }
      i = run;
    } else i++;
  }
  return marks;
}

/** Whether escaped runs (`\*\*` … `\*\*`) come in pairs of equal length that, unescaped, would each hold text. */
function pairsAroundText(text: string, escapes: readonly number[]): boolean {
  const runs: { start: number; end: number; length: number }[] = [];
  for (const at of escapes) {
    const last = runs.at(-1);
    if (last !== undefined && last.end === at && text.charCodeAt(at + 1) === text.charCodeAt(last.end - 1)) {
      last.end = at + 2;
      last.length++;
    } else runs.push({ start: at, end: at + 2, length: 1 });
  }
  if (runs.length % 2 === 1) return false;
  for (let r = 0; r < runs.length; r += 2) {
    const open = runs[r]!;
    const close = runs[r + 1]!;
    if (open.length !== close.length || open.end >= close.start) return false;
    if (isSpace(text.charCodeAt(open.end)) || isSpace(text.charCodeAt(close.start - 1))) return false;
  }
  return true;
}

const isTagStart = (c: number) => c === SLASH || (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);

/** Where a unit's excerpt is shown: a few characters from `at`, on one line. */
function excerpt(text: string, at: number, end: number): string {
  const cut = text.slice(at, Math.min(end, at + EXCERPT));
  const line = cut.split(/[\r\n]/)[0]!;
  return line.length < end - at ? `${line}…` : line;
}

export const emphasisParity: Rule = {
  id: 'emphasis-parity',
  description: 'A translated unit keeps the emphasis of its source unit: its `**`, `*` and `_` neither escaped nor left unbalanced',
  severity: 'warning',
  severityReason:
    'Warning: an escaped or unpaired delimiter shows asterisks or underscores as text and loses the bold of a UI label, but the words still read.',
  examples: {
    fail: '\\*\\*[参照]\\*\\* をクリックします … **Browse**',
    pass: '**[参照]** をクリックします … **Browse**',
  },
  scope: 'document',
  messages: {
    escaped: "Emphasis escaped in {{id}}: the source's `{{run}}` is `{{here}}` here, which shows the delimiters as text",
    unbalanced: 'Emphasis unbalanced in {{id}}: the translation has {{count}} `*`/`_` that can open or close emphasis where the source has {{sourceCount}} (`{{run}}` … `{{run}}`), so an unpaired one shows as text',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const { segments } = doc;
    const special = new MatchAhead(text, SPECIAL);
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index]!;
      const { ttu, stu } = segment;
      if (stu === null || (segment.sourceChars & DELIMITERS) === 0) continue;
      const source = marksOf(doc, stu.contentStart, stu.contentEnd, special);
      if (source.delimiters === 0 && source.escapes.length === 0) continue;
      const translation = marksOf(doc, ttu.contentStart, ttu.contentEnd, special);
      const added = translation.escapes.length - source.escapes.length;
      if (added > 0 && translation.delimiters < source.delimiters) {
        const first = translation.escapes[0]!;
        // Unescaping restores the source's emphasis only when the source escapes none, the counts add up and the escaped runs pair up around text.
        const whole = source.escapes.length === 0 && translation.delimiters + translation.escapes.length === source.delimiters && pairsAroundText(text, translation.escapes);
        const edits: TextEdit[] = whole ? translation.escapes.map((at) => ({ start: at, end: at + 1, text: '' })) : [];
        findings.push({
          start: first,
          end: translation.escapes.at(-1)! + 2,
          messageId: 'escaped',
          data: { id: segment.id, run: source.firstRun, here: excerpt(text, first, ttu.contentEnd) },
          ...(whole && { fix: { description: `remove the backslashes before the source's \`${source.firstRun}\``, edits } }),
        });
        continue;
      }
      if (source.delimiters % 2 === 0 && translation.delimiters % 2 === 1) {
        findings.push({
          start: ttu.tagStart,
          end: ttu.contentStart,
          messageId: 'unbalanced',
          data: { id: segment.id, count: translation.delimiters, sourceCount: source.delimiters, run: source.firstRun },
        });
      }
    }
    return findings;
  },
};
