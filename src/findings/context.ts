import { unitsStartingBy, type LocDocument, type LocatedSegment } from '../document/document.js';
import { detached } from '../document/text.js';
import type { Excerpt, Finding, FindingContext } from './finding.js';

/** Longest excerpt kept of a unit or of lines: a window this wide around the finding. */
const MAX_EXCERPT_CHARS = 1200;
/** Lines shown around a finding outside any unit. */
const MAX_LINES = 5;
/** Nested units are few and shallow: this many earlier units are enough to find the one holding an offset. */
const MAX_ENCLOSING_LOOKBACK = 64;

/**
 * Where a finding stands in its file's text, for reporters that show it (the HTML report): the
 * translated unit and its source unit when the finding lies in a segment pair, else the finding's
 * lines. Asked for only by such runs; each finding's unit is found by a binary search.
 */
export function findingContext(doc: LocDocument, f: Finding): FindingContext {
  const start = offsetOf(doc, f.line, f.column);
  const end = Math.max(start, offsetOf(doc, f.endLine, f.endColumn));
  const segment = enclosingSegment(doc.segments, start);
  if (segment === null) {
    const from = doc.lines.lineStart(f.line);
    const lastLine = Math.min(f.endLine, f.line + MAX_LINES - 1);
    const to = lastLine < doc.lines.starts.length ? lineEnd(doc, lastLine) : doc.text.length;
    return { segmentId: null, translation: excerpt(doc, from, Math.max(to, from), start, end), source: null };
  }
  const ttu = segment.ttu;
  const stu = segment.stu;
  const inSource = stu !== null && stu.tagStart <= start && start < stu.end;
  return {
    segmentId: detached(segment.id),
    translation: excerpt(doc, ttu.tagStart, ttu.end, inSource ? -1 : start, end),
    source: stu === null ? null : excerpt(doc, stu.tagStart, stu.end, inSource ? start : -1, end),
  };
}

function offsetOf(doc: LocDocument, line: number, column: number): number {
  return Math.min(doc.text.length, doc.lines.lineStart(line) + column - 1);
}

/** Offset of the line break that ends a 1-based line. */
function lineEnd(doc: LocDocument, line: number): number {
  let end = doc.lines.lineStart(line + 1);
  if (doc.text[end - 1] === '\n') end--;
  if (doc.text[end - 1] === '\r') end--;
  return end;
}

/** The innermost unit (translation through its source) holding an offset, or null. */
function enclosingSegment(segments: readonly LocatedSegment[], offset: number): LocatedSegment | null {
  const lo = unitsStartingBy(segments, offset);
  for (let i = lo - 1; i >= 0 && i >= lo - MAX_ENCLOSING_LOOKBACK; i--) {
    const s = segments[i]!;
    if (offset < (s.stu?.end ?? s.ttu.end)) return s;
  }
  return null;
}

/** Text [from, to), cut to a window around the mark when long; the mark (-1: none) made relative to it. */
function excerpt(doc: LocDocument, from: number, to: number, markStart: number, markEnd: number): Excerpt {
  const marked = markStart >= 0;
  let start = from;
  let end = to;
  if (end - start > MAX_EXCERPT_CHARS) {
    const centre = marked ? Math.max(from, Math.min(markStart, to)) : from;
    start = Math.max(from, centre - MAX_EXCERPT_CHARS / 2);
    end = Math.min(to, start + MAX_EXCERPT_CHARS);
  }
  const clip = (offset: number) => Math.min(end, Math.max(start, offset)) - start;
  return {
    text: detached(doc.text.slice(start, end)),
    line: doc.lines.position(start).line,
    mark: marked ? [clip(markStart), clip(markEnd)] : null,
    clippedStart: start > from,
    clippedEnd: end < to,
  };
}
