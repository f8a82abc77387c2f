import { Tokenizer, type Token, type TokenHandler } from 'parse5';

export interface HtmlTag {
  name: 'span' | 'a';
  closing: boolean;
  start: number;
  end: number;
  attrs: Map<string, string>;
}

// `[^<>]*` cannot backtrack into itself: a tag is found in one linear pass over the line.
const TAG = /<(\/?)(span|a)(?=[\s>/])([^<>]*)>/gi;
const ATTR = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\//gy;

/**
 * Finds `<span>` and `<a>` tags outside the given skipped ranges (fenced code). Attributes are read
 * by an exact fast path for the well-formed shapes these files hold, and by parse5's tokenizer for
 * anything else, so odd quoting is read as a browser would.
 */
export function scanTags(text: string, skipped: readonly [number, number][]): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let skip = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const start = m.index;
    while (skip < skipped.length && skipped[skip]![1] <= start) skip++;
    if (skip < skipped.length && skipped[skip]![0] <= start) {
      TAG.lastIndex = skipped[skip]![1];
      continue;
    }
    const closing = m[1] === '/';
    const attrs = closing ? new Map<string, string>() : readAttributes(m[3]!) ?? readWithParse5(m[0]);
    tags.push({ name: m[2]!.toLowerCase() as 'span' | 'a', closing, start, end: start + m[0].length, attrs });
  }
  return tags;
}

function readAttributes(source: string): Map<string, string> | null {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = 0;
  while (ATTR.lastIndex < source.length) {
    const at = ATTR.lastIndex;
    const m = ATTR.exec(source);
    if (m === null || ATTR.lastIndex === at) return /^\s*$/.test(source.slice(at)) ? attrs : null;
    if (m[1] === undefined) continue;
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export function readWithParse5(tagSource: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      if (attrs.size === 0) for (const a of token.attrs) if (!attrs.has(a.name)) attrs.set(a.name, a.value);
    },
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: false }, handler).write(tagSource, true);
  return attrs;
}
