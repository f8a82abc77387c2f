import type { LocDocument } from '../document/document.js';
import { MatchAhead } from '../document/inline-tokens.js';
import { isSpace } from '../document/text.js';
import { UnitChar } from '../document/unit-chars.js';
import type { Rule, RuleFinding } from './rule.js';
import { AMPERSAND, ASTERISK, BACKSLASH, BACKTICK, CLOSE_BRACKET, CLOSE_PAREN, DASH, GREATER_THAN, IDEOGRAPHIC_COMMA, LESS_THAN, LOWER_A, LOWER_Z, OPEN_BRACKET, OPEN_PAREN, OTHER_STEP_SEPARATORS, SLASH, UPPER_A, UPPER_Z, codesOf } from '../document/chars.js';

const OTHER_SEPARATORS = codesOf(OTHER_STEP_SEPARATORS);
/** Quotation marks a locale may set around each step (`“**账单**” > “[你的产品](…)”`). */
const QUOTES = codesOf('"\'“”„「」『』«»');
/** Brackets open at once, past which the scan stops pairing them (prose in brackets does not nest deeper). */
const MAX_BRACKET_DEPTH = 8;
/** The longest gap between two steps: spaces, quotes, escaped `*`, a separator (`-&gt;` is the longest) and more of them. */
const MAX_GAP = 24;
/** Characters of a path shown in a message. */
const SHOWN = 80;

interface Range {
  start: number;
  end: number;
}

/** A bold run (`**Mail**`), or a bracketed one with its link target (`[メール](url)`), outermost only. */
interface Label extends Range {
  bold: boolean;
}

/** Steps joined by separators: `**Settings** > **Mail** > **Rules**` is one path of three steps. */
interface Path extends Range {
  steps: number;
  bold: boolean;
}

interface Scan {
  paths: Path[];
  separators: number[];
}

function isTagStart(c: number): boolean {
  return c === SLASH || (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);
}

/** The length of a separator at `i` (`>`, `\>`, `&gt;`, `->`, `→`, …), or 0. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === GREATER_THAN || OTHER_SEPARATORS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === GREATER_THAN) return 2;
  if (c === AMPERSAND && text.startsWith('&gt;', i)) return 4;
  return 0;
}

/** The end of a placeholder at `i` (`&lt;Name&gt;`, `\<name>`), whose `>` is no separator; -1 when none opens there. */
function placeholderEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const entity = c === AMPERSAND && text.startsWith('&lt;', i);
  if (!entity && !(c === BACKSLASH && text.charCodeAt(i + 1) === LESS_THAN)) return -1;
  const close = entity ? text.indexOf('&gt;', i) : text.indexOf('>', i);
  if (close === -1 || close >= end) return -1;
  return close + (entity ? 4 : 1);
}

/** What closes a step: `]`, fullwidth `］`, `*` of bold, `)` of a link target, `」`. */
const STEP_ENDS = codesOf(']］*)」');

/** Whether the last character before `i` other than spaces closes a step. */
function endsStep(text: string, i: number, start: number): boolean {
  let j = i - 1;
  while (j > start && isSpace(text.charCodeAt(j))) j--;
  return STEP_ENDS.has(text.charCodeAt(j));
}

/**
 * What every separator holds (`>`, which `\>` and `->` hold too, the `&` of `&gt;`, the others) and `、`,
 * as UnitChar bits: a source unit with none of them has no path.
 */
const MAY_JOIN_STEPS = UnitChar.GREATER_THAN | UnitChar.AMPERSAND | UnitChar.STEP_SEPARATOR | UnitChar.IDEOGRAPHIC_COMMA;
/** The characters scan acts on; the text between them is passed by the search. */
const SCAN_STOPS = /[&\\\u3001>\u2192\uff1e\u203a`<*[\]]/g;

/**
 * Labels and separators of [start, end) in one forward pass, outside code spans and tags. Code spans
 * are the document's, those within the unit (a span crossing the unit's end is not the unit's).
 */
function scan(doc: LocDocument, start: number, end: number, stops: MatchAhead): Scan {
  const { text } = doc;
  const code = doc.inline.within('code-span', start, end);
  let span = 0;
  const labels: Label[] = [];
  const separators: number[] = [];
  const brackets: number[] = [];
  let boldFrom = -1;
  for (let i = stops.next(start); i < end; i = stops.next(i)) {
    const c = text.charCodeAt(i);
    const placeholder = placeholderEnd(text, i, end);
    // `、` joins steps right after one (`[設定]、[メール]`, `**[設定]**、`); elsewhere it is prose (`[プライバシー、検索、サービス]`).
    const separator = placeholder !== -1 ? 0 : c === IDEOGRAPHIC_COMMA ? (endsStep(text, i, start) ? 1 : 0) : separatorAt(text, i);
    if (placeholder !== -1) i = placeholder;
    else if (separator > 0) {
      separators.push(i);
      i += separator;
    } else if (c === BACKSLASH) i += 2;
    else if (c === BACKTICK) {
      while (span < code.length && code[span]![0] < i) span++;
      // A run that opens a code span passes the span; one that opens none is text.
      i = span < code.length && code[span]![0] === i ? code[span++]![1] : i + 1;
    } else if (c === LESS_THAN && isTagStart(text.charCodeAt(i + 1))) {
      const close = text.indexOf('>', i);
      i = close !== -1 && close < end ? close + 1 : i + 1;
    } else if (c === ASTERISK && text.charCodeAt(i + 1) === ASTERISK) {
      let run = i;
      while (run < end && text.charCodeAt(run) === ASTERISK) run++;
      if (boldFrom === -1) boldFrom = i;
      else {
        labels.push({ start: boldFrom, end: run, bold: true });
        boldFrom = -1;
      }
      i = run;
    } else if (c === OPEN_BRACKET) {
      if (brackets.length < MAX_BRACKET_DEPTH) brackets.push(i);
      i++;
    } else if (c === CLOSE_BRACKET && brackets.length > 0) {
      const from = brackets.pop()!;
      i++;
      if (text.charCodeAt(i) === OPEN_PAREN) {
        const close = text.indexOf(')', i);
        if (close !== -1 && close < end) i = close + 1;
      }
      labels.push({ start: from, end: i, bold: false });
    } else i++;
  }
  return { paths: pathsOf(text, outermost(labels), separators), separators };
}

/** Labels in text order with those inside another dropped; `[**設定**]` and `**[設定]**` are both one bold label. */
function outermost(labels: Label[]): Label[] {
  labels.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Label[] = [];
  for (const label of labels) {
    const last = kept.at(-1);
    if (last !== undefined && label.end <= last.end) {
      if (label.bold) last.bold = true;
      continue;
    }
    kept.push(label);
  }
  return kept;
}

/** Labels joined by one separator each, and single labels with separators inside (`**Reports \> Dashboard**`). */
function pathsOf(text: string, labels: readonly Label[], separators: readonly number[]): Path[] {
  const paths: Path[] = [];
  let next = 0;
  let current: Path | null = null;
  for (const label of labels) {
    let inside = 0;
    while (next < separators.length && separators[next]! < label.start) next++;
    while (next < separators.length && separators[next]! < label.end) (inside++, next++);
    if (current !== null && joined(text, current.end, label.start)) {
      current.end = label.end;
      current.steps += 1 + inside;
      current.bold &&= label.bold;
      continue;
    }
    if (current !== null && current.steps > 1) paths.push(current);
    current = { start: label.start, end: label.end, steps: 1 + inside, bold: label.bold };
  }
  if (current !== null && current.steps > 1) paths.push(current);
  return paths;
}

const isGap = (c: number) => isSpace(c) || QUOTES.has(c);

/** Past spaces, quotation marks and escaped `*` (an emphasis escaped in translation is emphasis-parity's finding, not a broken path). */
function skipGap(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isGap(c)) i++;
    else if (c === BACKSLASH && text.charCodeAt(i + 1) === ASTERISK) i += 2;
    else break;
  }
  return i;
}

/** Whether only spaces, quotation marks and one separator stand between two labels. */
function joined(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let i = skipGap(text, from, to);
  if (text.charCodeAt(i) === DASH) i++; // `->`, `-&gt;`
  const length = separatorAt(text, i);
  if (length > 0) return skipGap(text, i + length, to) === to;
  if (text.charCodeAt(i) !== IDEOGRAPHIC_COMMA) return false;
  // `、` alone, or doubled by a separator machine translation kept (`**[A]**、 > **[B]**`).
  i = skipGap(text, i + 1, to);
  return skipGap(text, i + separatorAt(text, i), to) === to;
}

function shown(text: string, range: Range): string {
  const flat = text.slice(range.start, range.end).replace(/\s+/g, ' ');
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat;
}

export const uiPathParity: Rule = {
  id: 'ui-path-parity',
  description: 'A UI path of the source (`**Settings** > **Mail** > **Rules**`) keeps its steps in the translation: as many, each a label, joined by separators',
  severity: 'warning',
  severityReason:
    'Warning: a path whose separators or labels were lost or moved still names the screens, but the reader can no longer tell the steps apart or which words are on the screen.',
  examples: {
    fail: 'sélectionnez **Afficher** > les envois de**courrier** > \\*\\*\\*\\* … choose **View** > **Email** > **Submissions**',
    pass: '[**設定**] > [**メール**] > [**ルール**] を選択します … select **Settings** > **Mail** > **Rules**',
  },
  scope: 'document',
  messages: {
    separatorsLost:
      'UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is `{{here}}` ({{hereSteps}} steps) here: separators lost: {{kept}} of {{sourceSeparators}}',
    notLabels: 'UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is `{{here}}` ({{hereSteps}} steps) here: steps no longer labels joined by separators',
    noPathSeparatorsLost:
      'UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is no steps joined by a separator here: separators lost: {{kept}} of {{sourceSeparators}}',
    noPathNotLabels:
      'UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is no steps joined by a separator here: steps no longer labels joined by separators',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const { segments } = doc;
    const stops = new MatchAhead(text, SCAN_STOPS);
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index]!;
      const { ttu, stu } = segment;
      if (stu === null || (segment.sourceChars & MAY_JOIN_STEPS) === 0) continue;
      const source = scan(doc, stu.contentStart, stu.contentEnd, stops);
      // A source path's steps are bold or links; brackets alone are prose.
      const sourcePaths = source.paths.filter((p) => p.bold || text.charCodeAt(p.end - 1) === CLOSE_PAREN);
      if (sourcePaths.length === 0) continue;
      const translation = scan(doc, ttu.contentStart, ttu.contentEnd, stops);
      const unmatched = [...translation.paths];
      for (const path of sourcePaths) {
        // A translation may set a plain word of the path in brackets, a step more than the source's bold ones.
        const match = unmatched.findIndex((p) => p.steps >= path.steps);
        if (match !== -1) {
          unmatched.splice(match, 1);
          continue;
        }
        const needed = path.steps - 1;
        const longest = translation.paths.reduce<Path | null>((best, p) => (best === null || p.steps > best.steps ? p : best), null);
        // At the translation's longest path, else its first separator, else the unit.
        const first = translation.separators[0];
        const at =
          longest !== null
            ? { start: longest.start, end: longest.end }
            : first !== undefined
              ? { start: first, end: first + separatorAt(text, first) }
              : { start: ttu.tagStart, end: ttu.contentStart };
        const lost = translation.separators.length < source.separators.length;
        const data = { path: shown(text, path), steps: path.steps, separators: needed, id: segment.id, kept: translation.separators.length, sourceSeparators: source.separators.length };
        if (longest === null) findings.push({ ...at, messageId: lost ? 'noPathSeparatorsLost' : 'noPathNotLabels', data });
        else findings.push({ ...at, messageId: lost ? 'separatorsLost' : 'notLabels', data: { ...data, here: shown(text, longest), hereSteps: longest.steps } });
      }
    }
    return findings;
  },
};
