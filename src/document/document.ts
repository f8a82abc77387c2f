import { DASH, DIGIT_0, isDigit, LOWER_A, LOWER_F, LOWER_P } from './chars.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { TagScanner } from './html-tags.js';
import { scanInline, type InlineRanges } from './inline-scan.js';
import type { Definition, Link, LooseLink } from './links.js';
import { containersAt, scanBlocks, type Container, type Heading } from './markdown.js';
import { SpanPairing, type Segment, type SpanProblem, type SpanRange } from './segments.js';
import { NO_PATTERNS } from './targets.js';
import { inOffsetOrder, LineIndex } from './text.js';
import { unitChars } from './unit-chars.js';
import { localeFromPath } from '../layout/locale.js';
import type { SourceLocale } from '../layout/source-locale.js';
import type { LinearPattern } from '../config/patterns.js';

export interface Anchor {
  /** `name` or `id` of an `<a>` tag. */
  name: string;
  start: number;
  end: number;
}

export interface LocatedSegment extends Segment {
  readonly containers: Container[];
  /** The UnitChar bits of the source unit's characters (0 without a source unit), read on first use. */
  readonly sourceChars: number;
  /** The id read apart (prefix, merged, number), or null when it is malformed. */
  idParts: SegmentIdParts | null;
}

/** Where parsing stopped reading the file exactly because a work budget was spent: the rest is read more simply. */
export interface Limit {
  start: number;
  /** What was over the budget, for the finding. */
  message: string;
}

/** A file parsed once; every node carries offsets that `lines` turns into lines and columns. */
export interface LocDocument {
  /** Path as shown to users: relative to the working directory, `/`-separated. */
  path: string;
  text: string;
  lines: LineIndex;
  /** Locale from the path (a folder `zh-CN/` or a suffix `.zh-CN.md`), or null. */
  pathLocale: string | null;
  /**
   * SHA-1 of the file's bytes (what `ms.openlocfilehash` records of the source), when read from disk;
   * with `crlf`, of the bytes with LF line endings made CRLF, the form some repositories record.
   */
  contentHash: (crlf?: boolean) => string | null;
  frontMatter: FrontMatter | null;
  segments: LocatedSegment[];
  spanProblems: SpanProblem[];
  anchors: Anchor[];
  headings: Heading[];
  codeBlocks: [number, number][];
  /** HTML comments outside front matter and code, where loclint's directives live. */
  comments: [number, number][];
  links: Link[];
  definitions: Definition[];
  looseLinks: LooseLink[];
  /** Code spans and links in text order, so that rules read the inline scan's ranges instead of scanning again. */
  inline: InlineRanges;
  urlLocalePatterns: readonly LinearPattern[];
  /** Budgets the file spent (hostile or garbled input): each becomes one finding. */
  limits: Limit[];
  /** Values worked out from the document on first use (see `derived`). */
  derivedValues: Map<(doc: LocDocument) => unknown, unknown> | null;
}

/**
 * What `derive` works out from the document (its links placed in zones, its anchors by name), worked
 * out once and kept with the document: every file of an article asks for its siblings' too. Kept on
 * the document, not in a WeakMap: there, the values (and through them the file's text) outlived
 * young-generation collections, and V8 promoted 14 MB more to the old generation over 14,605 files.
 * Callers share the value and do not change it.
 */
export function derived<T>(doc: LocDocument, derive: (doc: LocDocument) => T): T {
  const values = (doc.derivedValues ??= new Map());
  let value = values.get(derive) as T | undefined;
  if (value === undefined) values.set(derive, (value = derive(doc)));
  return value;
}

class Located implements LocatedSegment {
  stu: Segment['stu'] = null;
  readonly idParts: SegmentIdParts | null;
  private cachedContainers: Container[] | null = null;
  private cachedSourceChars = -1;

  constructor(
    readonly id: string,
    readonly ttu: Segment['ttu'],
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.idParts = segmentIdParts(id);
  }

  /** Computed when asked for: no rule reads containers yet. */
  get containers(): Container[] {
    if (this.cachedContainers === null) {
      const lineStart = this.lines.lineStart(this.lines.position(this.ttu.tagStart).line);
      this.cachedContainers = containersAt(this.text, this.ttu.tagStart, lineStart);
    }
    return this.cachedContainers;
  }

  get sourceChars(): number {
    if (this.cachedSourceChars === -1) this.cachedSourceChars = this.stu === null ? 0 : unitChars(this.text, this.stu.contentStart, this.stu.contentEnd);
    return this.cachedSourceChars;
  }
}

export interface ParseOptions {
  /** URL parts that name a locale, removed before link targets are compared. */
  urlLocalePatterns?: readonly LinearPattern[];
  /** The SHA-1 of the file's bytes (or of their CRLF form), when the document was read from disk. */
  contentHash?: (crlf?: boolean) => string | null;
}

const NO_HASH = () => null;

export function parseDocument(path: string, text: string, options: ParseOptions = {}): LocDocument {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const { codeBlocks, headings } = scanBlocks(text, lines);
  // The front matter is not Markdown: its spans and brackets are the front-matter rules' business.
  const skipped: [number, number][] = frontMatter?.closed ? [[0, frontMatter.end], ...codeBlocks] : codeBlocks;
  const tags = new TagScanner(text, skipped);
  const pairing = new SpanPairing(text, (id, ttu) => new Located(id, ttu, text, lines));
  const anchors: Anchor[] = [];
  while (tags.next()) {
    if (tags.name === 'span') pairing.take(tags);
    else if (!tags.closing) {
      const name = tags.attribute('name') ?? tags.attribute('id');
      if (name !== undefined) anchors.push({ name, start: tags.start, end: tags.end });
    }
  }
  const limits: Limit[] = [];
  if (tags.budgetSpentAt !== -1) {
    limits.push({ start: tags.budgetSpentAt, message: 'Too many irregular HTML tags to read each as a browser does: from here on, tags without a plain closing `>` are read as text' });
  }
  const { segments, problems } = pairing.finish();
  const { links, definitions, looseLinks, inline } = scanInline(text, lines, skipped, tags.linkStops, tags.plainTags);
  // Spans close inside out, so nested units are found before their parents: sort to text order.
  inOffsetOrder(segments, (s) => s.ttu.tagStart);
  return {
    path,
    text,
    lines,
    pathLocale: localeFromPath(path),
    contentHash: options.contentHash ?? NO_HASH,
    frontMatter,
    segments,
    spanProblems: problems,
    anchors: outsideSourceUnits(anchors, segments),
    headings,
    codeBlocks,
    comments: tags.comments,
    links,
    definitions,
    looseLinks,
    inline,
    urlLocalePatterns: options.urlLocalePatterns ?? NO_PATTERNS,
    limits,
    derivedValues: null,
  };
}

/**
 * The anchors that are the file's own: an `<a name>` inside a source unit is the hidden source's copy
 * of the translation's anchor (the published page does not carry it), not a second anchor.
 */
function outsideSourceUnits(anchors: Anchor[], segments: readonly LocatedSegment[]): Anchor[] {
  const sources: SpanRange[] = [];
  for (let i = 0; i < segments.length; i++) if (segments[i]!.stu !== null) sources.push(segments[i]!.stu!);
  if (sources.length === 0 || anchors.length === 0) return anchors;
  // Source units nest and come out of text order when they do: sorted by start, an anchor lies in one
  // exactly when the furthest end among those starting before it is past it.
  inOffsetOrder(sources, (s) => s.contentStart);
  const own: Anchor[] = [];
  let next = 0;
  let furthest = -1;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    while (next < sources.length && sources[next]!.contentStart <= anchor.start) furthest = Math.max(furthest, sources[next++]!.contentEnd);
    if (furthest <= anchor.start) own.push(anchor);
  }
  return own;
}

export interface SegmentIdParts {
  prefix: string;
  merged: boolean;
  number: number;
}

/** `581fd-p102` → prefix 581fd, merged (a p-id), number 102; null when the id is malformed. */
export function segmentIdParts(id: string): SegmentIdParts | null {
  // /^([0-9a-f]{5})-(p?)(\d{3,4})$/ read by hand: it runs for every unit of every file.
  if (id.length < 9 || id.charCodeAt(5) !== DASH) return null;
  for (let i = 0; i < 5; i++) {
    const c = id.charCodeAt(i);
    if (!(isDigit(c) || (c >= LOWER_A && c <= LOWER_F))) return null;
  }
  const merged = id.charCodeAt(6) === LOWER_P;
  const digitsFrom = merged ? 7 : 6;
  if (id.length - digitsFrom < 3 || id.length - digitsFrom > 4) return null;
  let number = 0;
  for (let i = digitsFrom; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!isDigit(c)) return null;
    number = number * 10 + c - DIGIT_0;
  }
  return { prefix: id.slice(0, 5), merged, number };
}

/** The file's locale: from its path, else from `ms.contentlocale`. */
export function localeOf(doc: LocDocument): string | null {
  const declared = doc.frontMatter?.get('ms.contentlocale')?.value;
  return doc.pathLocale ?? (typeof declared === 'string' && declared !== '' ? declared : null);
}

/**
 * Whether the file is in the source locale, the one answer for every stage: its locale (from its
 * path, else its front matter) is the source's; a file of no known locale is the source unless it
 * carries segments or an `ms.contentlocale` key.
 */
export function isSourceDocument(doc: LocDocument, source: SourceLocale): boolean {
  const locale = localeOf(doc);
  if (locale !== null) return source.is(locale);
  return !doc.frontMatter?.get('ms.contentlocale') && doc.segments.length === 0;
}

export type Zone = { kind: 'translation' | 'source'; segment: LocatedSegment } | { kind: 'outside' };

/** Whether an offset lies in a segment's translation, its source, or outside segments (innermost wins). */
export function zoneAt(doc: LocDocument, offset: number): Zone {
  const segments = doc.segments;
  // The innermost unit holding the offset is the last to start before it that holds it.
  const lo = unitsStartingBy(segments, offset);
  const reach = derived(doc, unitReach);
  // Units that start before the offset but end before it cannot hold it: a long file's links outside
  // units would otherwise look at every unit before them.
  for (let i = lo - 1; i >= 0 && reach[i]! > offset; i--) {
    const segment = segments[i]!;
    if (segment.ttu.contentStart <= offset && offset < segment.ttu.contentEnd) return { kind: 'translation', segment };
    if (segment.stu && segment.stu.contentStart <= offset && offset < segment.stu.contentEnd) return { kind: 'source', segment };
  }
  return OUTSIDE;
}

const OUTSIDE: Zone = { kind: 'outside' };

/** How many of the units (in text order) start at or before an offset: a binary search. */
export function unitsStartingBy(segments: readonly LocatedSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.ttu.tagStart <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each unit (in text order), the furthest offset it or any unit before it holds. */
function unitReach(doc: LocDocument): Int32Array {
  const reach = new Int32Array(doc.segments.length);
  let furthest = -1;
  for (let i = 0; i < doc.segments.length; i++) {
    const { ttu, stu } = doc.segments[i]!;
    furthest = Math.max(furthest, ttu.contentEnd, stu === null ? -1 : stu.contentEnd);
    reach[i] = furthest;
  }
  return reach;
}
