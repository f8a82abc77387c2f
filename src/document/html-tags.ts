import { Tokenizer, type Token, type TokenHandler } from 'parse5';

export interface HtmlTag {
  name: 'span' | 'a';
  closing: boolean;
  start: number;
  end: number;
  attrs: Map<string, string>;
}

const TAG_START = /<(\/?)(span|a)(?=[\s>/])|<!--/gi;
// `[^<>]*` cannot backtrack into itself: a well-formed tag is read in one linear pass.
const WELL_FORMED = /<\/?(?:span|a)([^<>]*)>/iy;
const ATTR = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\//gy;
/** How far parse5 may read to find the end of one odd tag. */
const ODD_TAG_LIMIT = 16 * 1024;

/**
 * Finds `<span>` and `<a>` tags outside comments and the given skipped ranges (fenced code). Well-formed tags
 * are read by an exact fast path; anything else (a quoted `<` or `>`, a character reference) is
 * read by parse5's tokenizer from the tag's start, so tags end where a browser ends them.
 */
export function scanTags(text: string, skipped: readonly [number, number][]): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let skip = 0;
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(text); m !== null; m = TAG_START.exec(text)) {
    const start = m.index;
    while (skip < skipped.length && skipped[skip]![1] <= start) skip++;
    if (skip < skipped.length && skipped[skip]![0] <= start) {
      TAG_START.lastIndex = skipped[skip]![1];
      continue;
    }
    if (m[2] === undefined) {
      // A comment hides what it holds, as in a browser (`<!-->` and `<!--->` close at once).
      const end = /^<!---?>/.test(text.slice(start, start + 6)) ? text.indexOf('>', start) + 1 : commentEnd(text, start + 4);
      TAG_START.lastIndex = end;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase() as 'span' | 'a';
    WELL_FORMED.lastIndex = start;
    const fast = WELL_FORMED.exec(text);
    const attrs = fast && (closing ? new Map<string, string>() : readAttributes(fast[1]!));
    const tag = fast && attrs ? { end: start + fast[0].length, attrs } : readWithParse5(text, start);
    if (tag === null) continue;
    tags.push({ name, closing, start, end: tag.end, attrs: tag.attrs });
    TAG_START.lastIndex = tag.end;
  }
  return tags;
}

function commentEnd(text: string, from: number): number {
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

function readAttributes(source: string): Map<string, string> | null {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = 0;
  while (ATTR.lastIndex < source.length) {
    const at = ATTR.lastIndex;
    const m = ATTR.exec(source);
    if (m === null || ATTR.lastIndex === at) return /^\s*$/.test(source.slice(at)) ? attrs : null;
    if (m[1] === undefined) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    // Character references (`&amp;`, and legacy ones without `;`) are parse5's to decode.
    if (value.includes('&')) return null;
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

/** The tag parse5 reads at `start`, or null when parse5 reads no tag there (e.g. `<a` at the end). */
function readWithParse5(text: string, start: number): { end: number; attrs: Map<string, string> } | null {
  let found: { end: number; attrs: Map<string, string> } | null = null;
  const take = (token: Token.TagToken) => {
    if (found === null && token.location?.startOffset === 0) {
      found = { end: start + token.location.endOffset, attrs: new Map(token.attrs.map((a) => [a.name, a.value])) };
    }
  };
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag: take,
    onEndTag: take,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(text.slice(start, start + ODD_TAG_LIMIT), true);
  return found;
}
