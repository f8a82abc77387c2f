import { entityEnd, inlinePairs, type UnitInline } from '../document/inline-tokens.js';
import { pairItems, type Item } from '../document/parity.js';
import type { SpanRange } from '../document/segments.js';
import { charBits, UnitChar } from '../document/unit-chars.js';
import { isSpace } from '../document/text.js';
import type { TextEdit } from '../findings/finding.js';
import type { Rule, RuleFinding } from './rule.js';
import { AMPERSAND, BACKSLASH, CLOSE_BRACE, COLON, DIGIT_1, DIGIT_9, DOLLAR, GREATER_THAN, LESS_THAN, LF, LOWER_A, LOWER_D, LOWER_S, LOWER_Z, OPEN_BRACE, OTHER_PLACEHOLDER_OPENERS, PERCENT, SPACE, UNDERSCORE, UPPER_A, UPPER_Z, isDigit, codesOf } from '../document/chars.js';

/** Brackets a translation sets for `<` and `>`: `‹ ›`, fullwidth `＜ ＞`, `〈 〉`, `« »`. */
const OTHER_OPENERS = codesOf(OTHER_PLACEHOLDER_OPENERS);
const OTHER_CLOSERS = codesOf('›＞〉»');
/** The longest placeholder name, translated ones included (`<lista de ejemplos de información confidencial disponibles>`), past which brackets hold prose. */
const MAX_NAME = 80;

/** HTML elements: a raw tag of one of these is markup, not a `<domain>`-style placeholder. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup data dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins ' +
    'kbd label legend li link main map mark meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby ' +
    's samp script section select small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title ' +
    'tr track tt u ul var video wbr xref'
  ).split(' '),
);

interface Placeholder extends Item {
  /** Angle placeholders are compared by their brackets; a translation may translate the name inside. */
  angle: boolean;
  /** Whether written as the source would: ASCII brackets (`<`, `&lt;`, `\<`) and no space inside them. */
  wellFormed: boolean;
  /** The name inside, for angle placeholders. */
  name: string;
  /** As written in the unit. */
  written: string;
  /** Opening and closing brackets as written (`&lt;`, `&gt;`). */
  open: string;
  close: string;
}

const isAsciiLetter = (c: number) => (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === UNDERSCORE;

/** The length of an opening angle bracket at `i` (`<`, `&lt;`, `\<`, `‹`, …), or 0. */
function openerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === LESS_THAN || OTHER_OPENERS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === LESS_THAN) return 2;
  return c === AMPERSAND && text.startsWith('&lt;', i) ? 4 : 0;
}

function closerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === GREATER_THAN || OTHER_CLOSERS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === GREATER_THAN) return 2;
  return c === AMPERSAND && text.startsWith('&gt;', i) ? 4 : 0;
}

const asciiBracket = (bracket: string) => bracket.length > 1 || bracket === '<' || bracket === '>';

/**
 * The angle placeholder opening at `i` (its opener `length` long), or null: a name of at most MAX_NAME
 * characters on one line, closed by a closing bracket. A raw `<tag>` is one only when it names no
 * HTML element and has no attributes (`<domain>`, `<UserName>`).
 */
function angleAt(text: string, i: number, length: number, end: number): Placeholder | null {
  const from = i + length;
  for (let j = from; j < end && j - from <= MAX_NAME; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || openerAt(text, j) > 0) return null;
    const close = closerAt(text, j);
    if (close === 0) continue;
    const raw = text.slice(from, j);
    if (raw.trim() === '') return null;
    const open = text.slice(i, from);
    if (open === '<' && !isPlaceholderTag(raw)) return null;
    const closeText = text.slice(j, j + close);
    const spaced = isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1));
    const name = raw.trim();
    return { start: i, end: j + close, key: `<${raw}>`, written: text.slice(i, j + close), angle: true, wellFormed: asciiBracket(open) && asciiBracket(closeText) && !spaced, name, open, close: closeText };
  }
  return null;
}

/** Whether a raw `<…>` names a placeholder (`<domain>`, `<email address>`, `<домен>`): a letter first, not an HTML element, no attribute value. */
function isPlaceholderTag(raw: string): boolean {
  if (!/^\p{L}/u.test(raw) || /[=/"']/.test(raw)) return false;
  const space = raw.search(/\s/);
  return !HTML_ELEMENTS.has((space === -1 ? raw : raw.slice(0, space)).toLowerCase());
}

/** `{0}`, `{{name}}`, `%s`, `%1`, `$var` at `i`, or null. */
function formatAt(text: string, i: number, end: number): Placeholder | null {
  const c = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  let j = i + 1;
  if (c === OPEN_BRACE) {
    const double = text.charCodeAt(j) === OPEN_BRACE;
    if (double) j++;
    const from = j;
    while (j < end && j - from < MAX_NAME && (double ? isWordChar(text.charCodeAt(j)) : isDigit(text.charCodeAt(j)))) j++;
    if (j === from || text.charCodeAt(j) !== CLOSE_BRACE || (double && text.charCodeAt(j + 1) !== CLOSE_BRACE)) return null;
    j += double ? 2 : 1;
  } else if (c === PERCENT) {
    const next = text.charCodeAt(j);
    if (isWordChar(before) || !(next === LOWER_S || next === LOWER_D || (next >= DIGIT_1 && next <= DIGIT_9))) return null;
    j++;
    if (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === PERCENT) return null;
  } else if (c === DOLLAR) {
    if (isWordChar(before) || !(isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === UNDERSCORE)) return null;
    while (j < end && j - i <= MAX_NAME && isWordChar(text.charCodeAt(j))) j++;
    // `$env:NAME` is an environment variable (command-parity's).
    if (text.charCodeAt(j) === COLON) return null;
  } else return null;
  const written = text.slice(i, j);
  // PowerShell's variables ignore case (`$True`, `$true`).
  const key = c === DOLLAR ? written.toLowerCase() : written;
  return { start: i, end: j, key, written, angle: false, wellFormed: true, name: key, open: '', close: '' };
}

/** A format placeholder a translation broke with spaces (`{ 0 }`, `% s`, `$ var`): the same key once the spaces go. */
function spacedFormatAt(text: string, i: number, end: number): Placeholder | null {
  const c = text.charCodeAt(i);
  if (c !== OPEN_BRACE && c !== PERCENT && c !== DOLLAR) return null;
  let j = i + 1;
  let compact = text[i]!;
  const limit = Math.min(end, i + MAX_NAME);
  let spaces = 0;
  while (j < limit && text.charCodeAt(j) === SPACE) (j++, spaces++);
  if (spaces === 0) return null;
  while (j < limit && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === SPACE || (c === OPEN_BRACE && text.charCodeAt(j) === CLOSE_BRACE))) {
    if (text.charCodeAt(j) !== SPACE) compact += text[j];
    j++;
    if (c === OPEN_BRACE && text.charCodeAt(j - 1) === CLOSE_BRACE) break;
  }
  while (j > i && text.charCodeAt(j - 1) === SPACE) j--;
  const found = formatAt(compact, 0, compact.length);
  if (found === null || found.key !== compact) return null;
  return { start: i, end: j, key: text.slice(i, j), written: text.slice(i, j), angle: false, wellFormed: false, name: compact, open: '', close: '' };
}

/**
 * What a placeholder can start with, as UnitChar bits: `<`, `\<`, `&lt;`, `{`, `%`, `$` and the brackets a
 * translation sets for `<`. A source unit with none of them has no placeholder.
 */
const OPENER_CHARS = UnitChar.LESS_THAN | UnitChar.BACKSLASH | UnitChar.AMPERSAND | UnitChar.OPEN_BRACE | UnitChar.PERCENT | UnitChar.DOLLAR | UnitChar.PLACEHOLDER_BRACKET;
const opensPlaceholder = (c: number) => (charBits(c) & OPENER_CHARS) !== 0;

/** The placeholders of a unit outside its code spans; `loose` also takes the broken forms a translation makes. */
function placeholders(text: string, unit: SpanRange, inline: UnitInline, loose: boolean): Placeholder[] {
  const found: Placeholder[] = [];
  let code = 0;
  for (let i = unit.contentStart; i < unit.contentEnd; ) {
    while (code < inline.code.length && inline.code[code]!.end <= i) code++;
    const span = inline.code[code];
    if (span !== undefined && span.start <= i) {
      i = span.end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!opensPlaceholder(c)) {
      i++;
      continue;
    }
    const opener = openerAt(text, i);
    const angle = opener > 0 ? angleAt(text, i, opener, unit.contentEnd) : null;
    const placeholder = angle ?? formatAt(text, i, unit.contentEnd) ?? (loose ? spacedFormatAt(text, i, unit.contentEnd) : null);
    if (placeholder !== null && (loose || placeholder.wellFormed)) {
      found.push(placeholder);
      i = placeholder.end;
      continue;
    }
    // An entity other than `&lt;` is one character of text.
    const entity = text.charCodeAt(i) === AMPERSAND ? entityEnd(text, i, unit.contentEnd) : -1;
    i = entity !== -1 ? entity : i + 1;
  }
  return found;
}

export const placeholderParity: Rule = {
  id: 'placeholder-parity',
  description:
    'Placeholders of a source unit (`<domain>`, `&lt;Name&gt;`, `{0}`, `%s`, `$var`) keep their form in the translated unit: angle brackets unchanged and unspaced (the name inside may be translated), format placeholders verbatim',
  severity: 'error',
  severityReason:
    'Error: a placeholder with other brackets or spaces (`‹домен>`, `&lt; Name &gt;`, `{ 0 }`) is no longer the value the reader replaces, or the one the software fills in.',
  examples: {
    fail: '<span data-ttu-id="9a4f2-105">Введите ‹домен> в поле.</span><span class="sxs-lookup"><span data-stu-id="9a4f2-105">Type &lt;domain&gt; in the box.</span></span>',
    pass: '<span data-ttu-id="9a4f2-105">Введите &lt;домен&gt; в поле.</span><span class="sxs-lookup"><span data-stu-id="9a4f2-105">Type &lt;domain&gt; in the box.</span></span>',
  },
  scope: 'document',
  messages: {
    changed: 'Placeholder `{{source}}` in the source of {{id}} is `{{here}}` here',
    missing: 'Placeholder `{{source}}` in the source of {{id}} is missing here',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index]!;
      if ((pair.segment.sourceChars & OPENER_CHARS) === 0) continue;
      // Read when needed: a unit's inline parts are worked out on the first read.
      const { segment, source, translation, sourceInline } = pair;
      const wanted = placeholders(text, source, sourceInline, false);
      if (wanted.length === 0) continue;
      const { translationInline } = pair;
      const here = placeholders(text, translation, translationInline, true);
      const format = pairItems(
        wanted.filter((p) => !p.angle),
        here.filter((p) => !p.angle && p.wellFormed),
      );
      const brokenFormat = here.filter((p) => !p.angle && !p.wellFormed);
      const translationText = text.slice(translation.contentStart, translation.contentEnd);
      // A placeholder the translation sets in backticks is still there, as code.
      const inCode = (lost: Placeholder) => translationInline.code.length > 0 && translationText.includes(lost.written);
      for (const lost of [...format.changed.map((c) => c.source), ...format.missing]) {
        if (inCode(lost)) continue;
        const broken = brokenFormat.find((p) => (lost.key.startsWith('$') ? p.name.toLowerCase() : p.name) === lost.key);
        if (broken !== undefined) {
          brokenFormat.splice(brokenFormat.indexOf(broken), 1);
          findings.push(changedFinding(segment.id, lost, broken, [{ start: broken.start, end: broken.end, text: lost.key }]));
        } else findings.push(missingFinding(segment.id, lost, translation));
      }
      // Angle placeholders left over pair in order: one the translation renamed is fine, one with other brackets or spaces is not.
      const sourceAngles = wanted.filter((p) => p.angle);
      const angles = here.filter((p) => p.angle);
      const angle = pairItems(
        sourceAngles,
        angles.filter((p) => p.wellFormed),
      );
      const renamed = new Set([...angle.changed.map((c) => c.translation), ...angle.extra]);
      const left = angles.filter((p) => !p.wellFormed || renamed.has(p));
      [...angle.changed.map((c) => c.source), ...angle.missing].forEach((lost, n) => {
        const taken = left[n];
        if (taken === undefined) {
          if (!inCode(lost)) findings.push(missingFinding(segment.id, lost, translation));
        }
        else if (!taken.wellFormed) {
          // The translation's name in the source's brackets, unless the name holds more than a name.
          const name = taken.name.replace(/\s+/g, ' ');
          const edits = /[\\*<>&]/.test(name) ? [] : [{ start: taken.start, end: taken.end, text: `${lost.open}${name}${lost.close}` }];
          findings.push(changedFinding(segment.id, lost, taken, edits));
        }
      });
    }
    return findings;
  },
};

function changedFinding(id: string, source: Placeholder, here: Placeholder, edits: TextEdit[]): RuleFinding {
  return {
    start: here.start,
    end: here.end,
    messageId: 'changed',
    data: { source: source.written, id, here: here.written },
    ...(edits.length > 0 && { fix: { description: `write it as the source does: \`${edits[0]!.text}\``, edits } }),
  };
}

function missingFinding(id: string, source: Placeholder, translation: SpanRange): RuleFinding {
  return {
    start: translation.tagStart,
    end: translation.contentStart,
    messageId: 'missing',
    data: { source: source.written, id },
  };
}
