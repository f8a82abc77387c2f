import { readTagAt, type HtmlTag } from '../document/html-tags.js';
import { BLOCK_TAGS } from '../document/block-zones.js';
import { inlinePairs } from '../document/inline-tokens.js';
import { pairItems, type Item } from '../document/parity.js';
import { escapedAt } from '../document/code-spans.js';
import type { LocDocument } from '../document/document.js';
import type { Rule, RuleFinding } from './rule.js';
import { ASCII_END, GREATER_THAN, LESS_THAN, LF, LOWER_A, LOWER_Z, SLASH, UPPER_A, UPPER_Z } from '../document/chars.js';

/** The longest tag-shaped text (`<имя пользователя>`) read as a tag whose name or attribute was translated. */
const SHAPED_TAG_LIMIT = 64;

/** Attributes whose values are text for people, translated like the unit (their presence still counts). */
const TRANSLATABLE = new Set(['alt', 'title', 'aria-label', 'placeholder']);
/** Attributes whose values are link targets: link-parity and image-parity compare those. */
const LINK_VALUES = new Set(['href', 'src']);
/** Phrasing elements met in units, besides the block tags CommonMark knows: a tag of another name is a placeholder written as a tag (`<domain>`). */
const PHRASING = new Set(
  'abbr b bdi bdo big br cite code data del dfn em font i img input ins kbd label mark meter output q rp rt ruby s samp small strike strong sub sup time tt u var video audio wbr'.split(' '),
);

interface TagItem extends Item {
  /** As written. */
  written: string;
  /** A known HTML element, not a placeholder in tag form nor a name in another script. */
  element: boolean;
  /** Tag-shaped text HTML does not read as a tag: a name or attribute translated (`<トピック>`, `<font цвет="red">`). */
  shaped: boolean;
  /** Whether a translatable attribute has a value: restoring the source's tag would undo its translation. */
  translatedValues: boolean;
}

/**
 * The tags of a unit other than spans and anchors (the unit's own markup, span-balance and the
 * anchor rules read those), outside code spans and escapes. With `shaped`, also tag-shaped text
 * HTML does not read as a tag, the counterpart of a source tag whose name or attribute was translated.
 */
function tagsOf(doc: LocDocument, start: number, end: number, shaped: boolean): TagItem[] {
  const { text } = doc;
  const tags: TagItem[] = [];
  // The document's code spans within the unit: a span crossing the unit's end is not the unit's.
  const code = doc.inline.within('code-span', start, end);
  let span = 0;
  for (let i = text.indexOf('<', start); i !== -1 && i < end; i = text.indexOf('<', i)) {
    while (span < code.length && code[span]![1] <= i) span++;
    if (span < code.length && code[span]![0] <= i) {
      i = code[span]![1];
      continue;
    }
    if (escapedAt(text, i, start)) {
      i++;
      continue;
    }
    const tag = readTagAt(text, i, end - i);
    if (tag !== null) {
      if (tag.name !== 'span' && tag.name !== 'a') tags.push(itemOf(text, tag));
      i = tag.end;
      continue;
    }
    const shapedEnd = shaped ? tagShapedEnd(text, i, end) : -1;
    if (shapedEnd !== -1) {
      // Its key is the text as written, which no tag's key (`<name` in lower case, then attributes) equals.
      const written = text.slice(i, shapedEnd);
      tags.push({ start: i, end: shapedEnd, key: written, written, element: false, shaped: true, translatedValues: false });
      i = shapedEnd;
      continue;
    }
    i++;
  }
  return tags;
}

/** What must survive translation: the name, each attribute in name order, and the values that are not text for people or links. */
function itemOf(text: string, tag: HtmlTag): TagItem {
  const attributes = [...tag.attributes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let key = tag.closing ? `</${tag.name}` : `<${tag.name}`;
  let translatedValues = false;
  for (const [name, value] of attributes) {
    const kept = !TRANSLATABLE.has(name) && !LINK_VALUES.has(name);
    if (!kept && TRANSLATABLE.has(name) && value !== '') translatedValues = true;
    key += kept ? ` ${name}=${JSON.stringify(value)}` : ` ${name}`;
  }
  return { start: tag.start, end: tag.end, key, written: text.slice(tag.start, tag.end), element: PHRASING.has(tag.name) || BLOCK_TAGS.has(tag.name), shaped: false, translatedValues };
}

/**
 * The end of `<name …>` or `</name>` at `at` whose name starts with a letter of any script, at the
 * first `>` with no `<` or line end before it, within SHAPED_TAG_LIMIT; else -1.
 */
function tagShapedEnd(text: string, at: number, end: number): number {
  const nameStart = text.charCodeAt(at + 1) === SLASH ? at + 2 : at + 1;
  const first = text.codePointAt(nameStart);
  if (first === undefined || !(isAsciiLetter(first) || (first >= ASCII_END && /\p{L}/u.test(String.fromCodePoint(first))))) return -1;
  const limit = Math.min(end, at + SHAPED_TAG_LIMIT);
  for (let i = nameStart; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === GREATER_THAN) return i + 1;
    if (c === LESS_THAN || c === LF) return -1;
  }
  return -1;
}

const isAsciiLetter = (c: number) => (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);

const listed = (tags: readonly TagItem[]) => tags.map((t) => `\`${t.written}\``).join(', ');

export const htmlTagParity: Rule = {
  id: 'html-tag-parity',
  description:
    'A translated unit keeps the inline HTML tags of its source unit: the same names and attributes (the values of `alt`, `title`, `aria-label` and `placeholder` may be translated)',
  severity: 'warning',
  severityReason:
    'Warning: a lost or translated tag (`<br>`, `<sup>`, `<strong>`; `<бр>` shows as text) changes how the unit looks, and a placeholder written as a tag (`<domain>`) no longer matches the source, but the words still read.',
  examples: {
    fail: '默认域<домен>.onmicrosoft.com … the default <domain>.onmicrosoft.com domain',
    pass: '版本 2.0<sup>1</sup> … version 2.0<sup>1</sup>',
  },
  scope: 'document',
  messages: {
    changed: '`{{source}}` in the source of {{id}} is `{{here}}` here',
    changedNonTag: '`{{source}}` in the source of {{id}} is `{{here}}` here (in the source, HTML reads `{{source}}` as a tag and shows nothing)',
    missingOne: 'Tag {{tags}} of the source of {{id}} is missing from the translation',
    missingMany: 'Tags {{tags}} of the source of {{id}} are missing from the translation',
    extraOne: '{{tags}} in the translation of {{id}} is not in its source unit',
    extraMany: '{{tags}} in the translation of {{id}} are not in its source unit',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const { segment, translation, source } = pairs[index]!;
      // Nearly every source unit holds no tag but its own spans' neighbours: nothing to compare then.
      const sourceLt = text.indexOf('<', source.contentStart);
      const translationLt = text.indexOf('<', translation.contentStart);
      if ((sourceLt === -1 || sourceLt >= source.contentEnd) && (translationLt === -1 || translationLt >= translation.contentEnd)) continue;
      const sourceTags = tagsOf(doc, source.contentStart, source.contentEnd, false);
      const here = tagsOf(doc, translation.contentStart, translation.contentEnd, true);
      if (sourceTags.length === 0 && here.every((t) => t.shaped)) continue;
      const { changed, missing, extra } = pairItems(sourceTags, here);
      for (const pair of changed) {
        const { source: was, translation: is } = pair;
        // Restoring markup is unambiguous; restoring a placeholder in tag form would hide it as the source does, and would undo translated alt text.
        const fixable = was.element && !was.translatedValues && !is.translatedValues;
        findings.push({
          start: is.start,
          end: is.end,
          messageId: was.element ? 'changed' : 'changedNonTag',
          data: { source: was.written, id: segment.id, here: is.written },
          ...(fixable && { fix: { description: `restore the source's \`${was.written}\``, edits: [{ start: is.start, end: is.end, text: was.written }] } }),
        });
      }
      if (missing.length > 0) {
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: missing.length === 1 ? 'missingOne' : 'missingMany',
          data: { tags: listed(missing), id: segment.id },
        });
      }
      // Tag-shaped text the source does not have is text in both: not markup gained.
      const gained = extra.filter((tag) => !tag.shaped);
      if (gained.length > 0) {
        findings.push({
          start: gained[0]!.start,
          end: gained[0]!.end,
          messageId: gained.length === 1 ? 'extraOne' : 'extraMany',
          data: { tags: listed(gained), id: segment.id },
        });
      }
    }
    return findings;
  },
};
