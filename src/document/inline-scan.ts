import { ASCII_END, AT_SIGN, BACKSLASH, BACKTICK, BANG, CLOSE_BRACKET, COLON, INLINE_MARKS, LESS_THAN, OPEN_BRACKET, SLASH } from './chars.js';
import { scanBlockZones } from './block-zones.js';
import { CodeSpanCloser, escapedAt } from './code-spans.js';
import { plainTagLength, RAW_TAG_LIMIT, rawHtmlLengthAtStart } from './html-tags.js';
import { ASCII_PUNCTUATION, collectHtmlUrls, readLinkTail, readReference, spacedTargetEnd, type Definition, type Link, type LinkKind, type LooseLink } from './links.js';
import { inOffsetOrder, isSpace, type LineIndex } from './text.js';

export interface InlineScan {
  links: Link[];
  definitions: Definition[];
  looseLinks: LooseLink[];
  inline: InlineRanges;
}

/** The kinds of inline range the scan keeps; a range's kind is its index here. */
export const INLINE_KINDS = ['code-span', 'link', 'image', 'autolink', 'include', 'raw-html'] as const;
export type InlineKind = (typeof INLINE_KINDS)[number];
const CODE_SPAN = 0;
const LINK = 1;
const IMAGE = 2;
const AUTOLINK_KIND = 3;
const INCLUDE = 4;
const RAW_HTML = 5;

/**
 * The inline Markdown of a file, as ranges in text order: code spans, links and raw HTML (tags,
 * comments and the like, as CommonMark reads them inline; HTML `href`/`src` are in `links` only:
 * they are attributes, not inline Markdown). Kind, start and end of each range are kept three to a
 * slot of one array of small integers: the engine holds thousands of documents, and such an array
 * is one object to V8 however many ranges it holds, with nothing in it for the garbage collector to
 * follow. Raw HTML is worked out when first read, and kept apart, start and end two to a tag: a
 * localized file has five tags a unit, which most checks never read.
 */
export class InlineRanges {
  private html: readonly number[] | null = null;
  private all: readonly number[] | null = null;

  constructor(
    /** Every range but raw HTML. */
    private readonly slots: readonly number[],
    private readonly rawHtml: () => readonly number[] = noHtml,
  ) {}

  /** All ranges, raw HTML merged in: in start order a link comes before the tags of its text. */
  private merged(): readonly number[] {
    if (this.all !== null) return this.all;
    const { slots } = this;
    const html = this.htmlRanges();
    if (html.length === 0) return (this.all = slots);
    const all: number[] = [];
    let h = 0;
    for (let i = 0; i < slots.length; i += 3) {
      for (; h < html.length && html[h]! < slots[i + 1]!; h += 2) all.push(RAW_HTML, html[h]!, html[h + 1]!);
      all.push(slots[i]!, slots[i + 1]!, slots[i + 2]!);
    }
    for (; h < html.length; h += 2) all.push(RAW_HTML, html[h]!, html[h + 1]!);
    return (this.all = all);
  }

  private htmlRanges(): readonly number[] {
    return (this.html ??= this.rawHtml());
  }

  get length(): number {
    return this.merged().length / 3;
  }

  kind(i: number): InlineKind {
    return INLINE_KINDS[this.merged()[3 * i]!]!;
  }

  start(i: number): number {
    return this.merged()[3 * i + 1]!;
  }

  end(i: number): number {
    return this.merged()[3 * i + 2]!;
  }

  /** The [start, end) of the ranges of one kind that lie within [from, to), in text order. */
  within(kind: InlineKind, from: number, to: number): [number, number][] {
    const wanted = INLINE_KINDS.indexOf(kind);
    // Raw HTML has a list of its own, with no kind in it; the others share one.
    const html = wanted === RAW_HTML;
    const slots = html ? this.htmlRanges() : this.slots;
    const width = html ? 2 : 3;
    const count = slots.length / width;
    // The first range starting at or after `from`: a binary search over the starts.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (slots[width * mid + width - 2]! < from) lo = mid + 1;
      else hi = mid;
    }
    const found: [number, number][] = [];
    for (let i = lo; i < count && slots[width * i + width - 2]! < to; i++) {
      if ((html || slots[width * i] === wanted) && slots[width * i + width - 1]! <= to) found.push([slots[width * i + width - 2]!, slots[width * i + width - 1]!]);
    }
    return found;
  }
}

const NO_HTML: readonly number[] = [];
const noHtml = () => NO_HTML;

const NO_RANGES = new InlineRanges([]);

/** The index in INLINE_KINDS of a link's kind, or -1 for an HTML attribute's URL. */
function rangeKind(kind: LinkKind): number {
  switch (kind) {
    case 'inline':
    case 'reference':
      return LINK;
    case 'image':
      return IMAGE;
    case 'autolink':
      return AUTOLINK_KIND;
    case 'include':
      return INCLUDE;
    default:
      return -1;
  }
}

/** Code spans (start, end pairs in text order) and links (in start order) merged into one list of ranges, raw HTML read when first asked for. */
function inlineRanges(codeSpans: readonly number[], links: readonly Link[], rawHtml: () => readonly number[]): InlineRanges {
  const slots: number[] = [];
  let c = 0;
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    const kind = rangeKind(link.kind);
    if (kind === -1) continue;
    // In start order: a code span in a link's text comes after the link.
    for (; c < codeSpans.length && codeSpans[c]! < link.start; c += 2) slots.push(CODE_SPAN, codeSpans[c]!, codeSpans[c + 1]!);
    slots.push(kind, link.start, link.end);
  }
  for (; c < codeSpans.length; c += 2) slots.push(CODE_SPAN, codeSpans[c]!, codeSpans[c + 1]!);
  return new InlineRanges(slots, rawHtml);
}

/**
 * The raw HTML ranges of the scan (`visited`) with the plain tags the tag scan stepped over
 * (`plain`), both start, end pairs in text order, merged into one list. A plain tag is raw HTML
 * unless Markdown reads it otherwise: in a skipped zone (code block, HTML block, definition), a code
 * span, an autolink or a link destination, or after a backslash that escapes its `<`. `skips` and the links are in start order; each is passed
 * once, keeping the furthest end of those begun, so a range nested in another does not matter.
 */
function withPlainTags(text: string, visited: readonly number[], plain: readonly number[], codeSpans: readonly number[], skips: readonly [number, number][], links: readonly Link[]): number[] {
  if (plain.length === 0) return visited as number[];
  const html: number[] = [];
  let v = 0;
  let s = 0;
  let skipEnd = -1;
  let c = 0;
  let l = 0;
  let linkEnd = -1;
  for (let p = 0; p < plain.length; p += 2) {
    const start = plain[p]!;
    while (s < skips.length && skips[s]![0] <= start) skipEnd = Math.max(skipEnd, skips[s++]![1]);
    if (skipEnd > start) continue;
    while (c < codeSpans.length && codeSpans[c + 1]! <= start) c += 2;
    if (c < codeSpans.length && codeSpans[c]! <= start) continue;
    // Backslashes in a code span before the tag escape nothing.
    if (escapedAt(text, start, c > 0 ? codeSpans[c - 1]! : 0)) continue;
    for (; l < links.length && links[l]!.start <= start; l++) {
      const link = links[l]!;
      if (link.kind === 'autolink') linkEnd = Math.max(linkEnd, link.end);
      else if (rangeKind(link.kind) !== -1 && link.destStart <= start) linkEnd = Math.max(linkEnd, link.destEnd);
    }
    if (linkEnd > start) continue;
    for (; v < visited.length && visited[v]! < start; v += 2) html.push(visited[v]!, visited[v + 1]!);
    // A tag inside a comment or other raw HTML the scan read is part of it.
    if (html.length > 0 && html[html.length - 1]! > start) continue;
    html.push(start, plain[p + 1]!);
  }
  for (; v < visited.length; v += 2) html.push(visited[v]!, visited[v + 1]!);
  return html;
}

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

const EMAIL_LOCAL = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

/**
 * Whether `<` at `at` can open an autolink: a URI's scheme ends at `:` and an e-mail's local part
 * at `@`, both made of e-mail local characters. Every HTML tag fails this first look.
 */
function mayBeAutolink(text: string, at: number): boolean {
  let i = at + 1;
  let c = text.charCodeAt(i);
  while (c < ASCII_END && EMAIL_LOCAL[c] === 1) c = text.charCodeAt(++i);
  return c === COLON || c === AT_SIGN;
}

function execAtStart(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** A `[` or `![` waiting for its `]`; openers never outlive their block (`breaks`). */
interface Opener {
  at: number;
  image: boolean;
  active: boolean;
}

/** The characters besides `<` where something may start. */
const READ_AT = [...INLINE_MARKS];

/**
 * Links as CommonMark reads them (inline, images, references, autolinks), HTML `href`/`src`, and
 * docfx include directives, in one pass over the text. Of the `<`, it reads only `lessThans`, those
 * the tag scan did not find plain (TagScanner.linkStops): the plain ones hold nothing to read.
 * `npm run corpus:parsers` checks it against micromark over a whole corpus.
 */
export function scanInline(text: string, lines: LineIndex, codeBlocks: readonly [number, number][], lessThans: readonly number[], plainTags: readonly number[] = []): InlineScan {
  const block = scanBlockZones(text, lines, codeBlocks);
  const definitions = new Map<string, Definition>();
  for (const d of block.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
  const links: Link[] = [];
  const skips = inOffsetOrder([...codeBlocks, ...block.opaque], (range) => range[0]);
  const breaks = inOffsetOrder(block.breaks, (offset) => offset);
  let skip = 0;
  let nextBreak = 0;
  const openers: Opener[] = [];
  const n = text.length;

  const codeSpans = new CodeSpanCloser(text);
  const spans: number[] = [];
  const html: number[] = [];
  const blockEnd = () => (nextBreak < breaks.length ? breaks[nextBreak]! : n);
  const { cellEnds } = block;
  let nextCellEnd = 0;
  // Where a code span opened at `i` must close: its block's end, or its table cell's.
  const codeEnd = (i: number) => {
    while (nextCellEnd < cellEnds.length && cellEnds[nextCellEnd]! <= i) nextCellEnd++;
    return nextCellEnd < cellEnds.length ? Math.min(cellEnds[nextCellEnd]!, blockEnd()) : blockEnd();
  };

  // Where the next character that may start something lies: the next of each READ_AT character,
  // found by a native search and kept until passed, or the next `<` the tag scan did not find plain.
  const readAt = new Int32Array(READ_AT.length).fill(-1);
  let lessThan = 0;
  const nextSpecial = (from: number) => {
    while (lessThan < lessThans.length && lessThans[lessThan]! < from) lessThan++;
    let next = lessThan < lessThans.length ? lessThans[lessThan]! : n;
    for (let k = 0; k < READ_AT.length; k++) {
      if (readAt[k]! < from) {
        const at = text.indexOf(READ_AT[k]!, from);
        readAt[k] = at === -1 ? n : at;
      }
      if (readAt[k]! < next) next = readAt[k]!;
    }
    return next;
  };
  for (let i = nextSpecial(0); i < n; i = nextSpecial(i + 1)) {
    while (nextBreak < breaks.length && breaks[nextBreak]! <= i) {
      nextBreak++;
      openers.length = 0;
    }
    while (skip < skips.length && skips[skip]![1] <= i) skip++;
    if (skip < skips.length && skips[skip]![0] <= i) {
      i = skips[skip]![1] - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 < n && ASCII_PUNCTUATION.test(text[i + 1]!)) i++;
    } else if (c === BACKTICK) {
      let run = 1;
      while (text.charCodeAt(i + run) === BACKTICK) run++;
      const close = codeSpans.closeOf(i + run, run, codeEnd(i));
      if (close !== -1) spans.push(i, close);
      i = (close === -1 ? i + run : close) - 1;
    } else if (c === LESS_THAN) {
      // Nearly every `<` of a localized file opens a plain tag: stepped over without a slice or a regex.
      const plain = plainTagLength(text, i, Math.min(n - i, RAW_TAG_LIMIT));
      if (plain > 0) {
        html.push(i, i + plain);
        i += plain - 1;
        continue;
      }
      const rest = text.slice(i, Math.min(n, i + RAW_TAG_LIMIT));
      const autolink = mayBeAutolink(text, i);
      const url = autolink ? execAtStart(AUTOLINK, rest) : null;
      const auto = url ?? (autolink ? execAtStart(EMAIL_AUTOLINK, rest) : null);
      if (auto) {
        const email = url === null;
        links.push({
          kind: 'autolink',
          start: i,
          end: i + auto[0].length,
          textStart: i + 1,
          textEnd: i + auto[0].length - 1,
          destStart: i + 1,
          destEnd: i + auto[0].length - 1,
          target: (email ? 'mailto:' : '') + auto[1]!,
        });
        i += auto[0].length - 1;
        continue;
      }
      const length = rawHtmlLengthAtStart(rest);
      if (length > 0) {
        html.push(i, i + length);
        // A closing tag has no attributes to hold a URL.
        if (text.charCodeAt(i + 1) !== SLASH) collectHtmlUrls(rest.slice(0, length), i, links);
        i += length - 1;
      }
    } else if (c === OPEN_BRACKET) {
      openers.push({ at: i, image: false, active: true });
    } else if (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET) {
      openers.push({ at: i, image: true, active: true });
      i++;
    } else if (c === CLOSE_BRACKET) {
      const opener = openers.pop();
      if (opener === undefined || !opener.active) continue;
      const textStart = opener.at + (opener.image ? 2 : 1);
      const link = readLinkTail(text, i, blockEnd()) ?? readReference(text, textStart, i, definitions);
      if (link === null) continue;
      const include = !opener.image && followsInclude(text, opener.at);
      links.push({
        kind: opener.image ? 'image' : include ? 'include' : link.label !== undefined ? 'reference' : 'inline',
        start: opener.at,
        end: link.end,
        textStart,
        textEnd: i,
        destStart: link.destStart,
        destEnd: link.destEnd,
        target: link.target,
        ...(link.label !== undefined ? { label: link.label } : {}),
      });
      // Links do not contain links: every `[` before this one is now plain text.
      if (!opener.image) for (const o of openers) if (!o.image) o.active = false;
      i = link.end - 1;
    }
  }
  for (const [start, end] of block.htmlBlocks) {
    const chunk = text.slice(start, end);
    const tags = /<[A-Za-z][^<>]*>/g;
    for (let m = tags.exec(chunk); m !== null; m = tags.exec(chunk)) collectHtmlUrls(m[0], start + m.index, links);
  }
  inOffsetOrder(links, (link) => link.start);
  return { links, definitions: block.definitions, looseLinks: findLooseLinks(text, links, skips), inline:
      html.length === 0 && plainTags.length === 0 && spans.length === 0 && links.length === 0
        ? NO_RANGES
        : inlineRanges(spans, links, () => withPlainTags(text, html, plainTags, spans, skips, links)),
  };
}

function findLooseLinks(text: string, links: readonly Link[], skips: readonly [number, number][]): LooseLink[] {
  const loose: LooseLink[] = [];
  const skipped = (offset: number) => skips.some(([start, end]) => start <= offset && offset < end);
  // Links are in start order and `at` only grows: the furthest end of the links begun so far tells
  // whether `at` is inside one, as nearly every `](` is; its target need not be read then.
  let begun = 0;
  let furthestEnd = -1;
  for (let at = text.indexOf(']('); at !== -1; ) {
    while (begun < links.length && links[begun]!.start <= at) furthestEnd = Math.max(furthestEnd, links[begun++]!.end);
    if (at < furthestEnd) {
      at = text.indexOf('](', at + 1);
      continue;
    }
    const end = spacedTargetEnd(text, at);
    if (end === -1) {
      at = text.indexOf('](', at + 1);
      continue;
    }
    const target = text.slice(at + 2, end - 1).trim();
    if (target !== '' && !skipped(at)) loose.push({ start: at, end, target });
    at = text.indexOf('](', end);
  }
  return loose;
}

/** Whether `[!include` (any case, then spaces) stands right before `at`: /\[!include\s*$/i over the 12 characters before it. */
function followsInclude(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end - from >= 9 && text.charCodeAt(end - 9) === OPEN_BRACKET && text.charCodeAt(end - 8) === BANG && text.slice(end - 7, end).toLowerCase() === 'include';
}
