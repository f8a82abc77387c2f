// What a link is, and how its destination reads: the inline scan (inline-scan.ts) and the block
// scan (block-zones.ts) find links; this reads what follows their `]` and decodes their targets.

import { BACKSLASH, CLOSE_PAREN, CR, GREATER_THAN, LESS_THAN, LF, OPEN_PAREN, SLASH, SPACE, TAB, DELETE } from './chars.js';
import { isSpace } from './text.js';

export type LinkKind = 'inline' | 'image' | 'reference' | 'autolink' | 'html' | 'include';

export interface Link {
  kind: LinkKind;
  /** The whole construct, from `[` (or `![`, `<`) to its end. */
  start: number;
  end: number;
  /** The link text (or image alt) as written; empty for autolinks and HTML attributes. */
  textStart: number;
  textEnd: number;
  /** The destination as written, and as it reads once escapes and entities are decoded. */
  destStart: number;
  destEnd: number;
  target: string;
  /** For reference links: the label that names the definition. */
  label?: string;
}

export interface Definition {
  label: string;
  start: number;
  end: number;
  destStart: number;
  destEnd: number;
  target: string;
}

/** Text shaped like a link that CommonMark does not read as one: `[text](two words)`. */
export interface LooseLink {
  start: number;
  end: number;
  target: string;
}

/** What a backslash escapes in Markdown. */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const HTML_URL_ATTR = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Whether a link is an image: `![alt](src)` or an HTML `<img>` tag's `src`. */
export function isImage(text: string, link: Link): boolean {
  if (link.kind === 'image') return true;
  if (link.kind !== 'html' || text.slice(link.start + 1, link.start + 4).toLowerCase() !== 'img') return false;
  // `<img` in any case, then what ends a tag name.
  const after = text.charCodeAt(link.start + 4);
  return isSpace(after) || after === SLASH || after === GREATER_THAN;
}

/** Backslash escapes and character references, as a renderer reads a Markdown destination. */
export function decodeDestination(raw: string): string {
  return decodeEntities(raw.includes('\\') ? raw.replace(/\\([!-/:-@[-`{-~])/g, '$1') : raw);
}

/** Character references (numeric and the common named ones), as in an HTML attribute. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return ENTITIES[ref] ?? whole;
    });
}

/** CommonMark label matching: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/**
 * Where a target holding whitespace, read from a `](` at `at`, ends (just past its `)`), or -1:
 * what /\]\(([^()\n]*\s[^()\n]*)\)/y matches there. Such a target leaves the link plain text.
 */
export function spacedTargetEnd(text: string, at: number): number {
  // The one whitespace the pattern asks for may be a line end: a second one ends the search.
  let end = at + 2;
  let lineEnds = 0;
  let spaced = false;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === OPEN_PAREN || c === CLOSE_PAREN || (c === LF && ++lineEnds > 1)) break;
    if (isSpace(c)) spaced = true;
  }
  return spaced && text.charCodeAt(end) === CLOSE_PAREN ? end + 1 : -1;
}

/** The `href` and `src` values of an HTML tag (at `offset`) as links. */
export function collectHtmlUrls(tag: string, offset: number, links: Link[]): void {
  HTML_URL_ATTR.lastIndex = 0;
  for (let m = HTML_URL_ATTR.exec(tag); m !== null; m = HTML_URL_ATTR.exec(tag)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const valueStart = offset + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    links.push({
      kind: 'html',
      start: offset,
      end: offset + tag.length,
      textStart: offset,
      textEnd: offset,
      destStart: valueStart,
      destEnd: valueStart + value.length,
      target: decodeEntities(value),
    });
  }
}

interface Tail {
  end: number;
  destStart: number;
  destEnd: number;
  target: string;
  label?: string;
}

/** Unbalanced parentheses a bare link destination may hold (CommonMark implementations stop at 32). */
const MAX_DESTINATION_PARENS = 32;

/** `(dest "title")` right after `]`, per CommonMark 6.3. */
export function readLinkTail(text: string, close: number, limit: number): Tail | null {
  let i = close + 1;
  if (text.charCodeAt(i) !== OPEN_PAREN) return null;
  i = skipSpace(text, i + 1, limit);
  if (i < 0) return null;
  let destStart = i;
  let destEnd = i;
  let raw = '';
  if (text.charCodeAt(i) === LESS_THAN) {
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === GREATER_THAN || c === LESS_THAN || c === LF || c === CR) break;
    }
    if (text.charCodeAt(j) !== GREATER_THAN) return null;
    destStart = i + 1;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === OPEN_PAREN) {
        // As micromark and cmark do: deeper nesting is no destination, so that `[a](` repeated fails at once instead of scanning the block per bracket.
        if (++depth > MAX_DESTINATION_PARENS) return null;
      } else if (c === CLOSE_PAREN) {
        if (depth === 0) break;
        depth--;
      } else if (c <= SPACE || c === DELETE) break;
    }
    if (depth !== 0) return null;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j;
  }
  const afterDest = i;
  i = skipSpace(text, i, limit);
  if (i < 0) return null;
  const quote = text[i];
  if (i > afterDest && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text[j];
      if (c === '\\' && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === closer) break;
      else if (quote === '(' && c === '(') return null;
    }
    if (j >= limit) return null;
    i = skipSpace(text, j + 1, limit);
    if (i < 0) return null;
  }
  if (text.charCodeAt(i) !== CLOSE_PAREN) return null;
  return { end: i + 1, destStart, destEnd, target: decodeDestination(raw) };
}

/** Spaces and at most one line end; -1 when a blank line (or the block's end) comes first. */
function skipSpace(text: string, i: number, limit: number): number {
  let newlines = 0;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      if (++newlines > 1) return -1;
    } else if (c !== SPACE && c !== TAB && c !== CR) break;
  }
  return i < limit ? i : -1;
}

/** `[text][label]`, `[label][]` and `[label]`, when the label is defined. */
export function readReference(text: string, textStart: number, close: number, definitions: Map<string, Definition>): Tail | null {
  let label = text.slice(textStart, close);
  let end = close + 1;
  const full = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(close + 1, close + 1002));
  if (full) {
    if (full[1]!.trim() !== '') label = full[1]!;
    end = close + 1 + full[0].length;
  }
  const definition = definitions.get(normalizeLabel(label));
  if (definition === undefined) return null;
  return { end, destStart: definition.destStart, destEnd: definition.destEnd, target: definition.target, label: normalizeLabel(label) };
}