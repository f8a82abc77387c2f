import type { Tag } from './html-tags.js';
import { inOffsetOrder, isSpace } from './text.js';

/** A span's content lies between the end of its opening tag and the start of its closing tag. */
export interface SpanRange {
  tagStart: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

export interface Segment {
  /** As written in `data-ttu-id`, e.g. `581fd-102`. */
  id: string;
  /** The translated unit. */
  ttu: SpanRange;
  /** The source unit inside its `sxs-lookup` span, or null when the pair is broken. */
  stu: (SpanRange & { id: string }) | null;
}

export type SpanProblemKind = 'stray-close' | 'unclosed' | 'ttu-without-stu' | 'stu-without-ttu' | 'id-mismatch';

export interface SpanProblem {
  kind: SpanProblemKind;
  start: number;
  end: number;
  id?: string;
  otherId?: string;
  /** The unit whose pairing the span broke and the pairing recovered: an unclosed span took its `</span>`, or a `</span>` in its text closed it early. */
  unit?: string;
  /** For a `</span>` in a unit's text: whether the source unit holds it too (copied from the source). */
  alsoInSource?: boolean;
}

export interface SegmentScan<S extends Segment = Segment> {
  segments: S[];
  problems: SpanProblem[];
}

/** An opening span not yet closed; one shape for every kind, so that the stack stays monomorphic. */
interface Open<S extends Segment> {
  kind: 'ttu' | 'stu' | 'lookup' | 'other';
  start: number;
  end: number;
  /** The unit's id, for `ttu` and `stu`. */
  id: string | undefined;
  /** For a lookup: its source unit, once closed, and the translated unit it follows. */
  stu: (SpanRange & { id: string }) | null;
  ttu: S | null;
}

/**
 * Pairs translated and source units by following span nesting, as an HTML parser would: given the
 * file's span tags in order (`take`), then asked for what it found (`finish`). Units are made by
 * `makeSegment`, so that the document's own segment objects are the only ones made.
 */
export class SpanPairing<S extends Segment> {
  private readonly segments: S[] = [];
  private readonly problems: SpanProblem[] = [];
  /** Spans open now, innermost last, are the first `depth`; those past it are kept to be reused (three per unit). */
  private readonly stack: Open<S>[] = [];
  private depth = 0;
  private lastClosedTtu: S | null = null;
  /** The last plain span closed, and the last `</span>` that closed nothing: the two ways text breaks a unit's pairing. */
  private lastPlainClosed: SpanRange | null = null;
  private lastStray: SpanProblem | null = null;
  /** A unit closed early by a `</span>` in its text, until its source unit shows whether it has one too. */
  private closedEarly: { unit: S; stray: SpanProblem; lookupClose: { start: number; end: number } | null } | null = null;
  /** The unit whose `</span>` an unclosed plain span took, and the problem reported for it. */
  private tookClose: { unit: S; problem: SpanProblem } | null = null;

  constructor(
    private readonly text: string,
    private readonly makeSegment: (id: string, ttu: SpanRange) => S,
  ) {}

  take(tag: Tag): void {
    const { stack, problems } = this;
    if (!tag.closing) {
      const ttu = tag.attribute('data-ttu-id');
      if (ttu !== undefined && this.depth > 0 && this.sourceTookLookupClose(stack[this.depth - 1]!)) this.depth--;
      const stu = ttu === undefined ? tag.attribute('data-stu-id') : undefined;
      let lookupOf: S | null = null;
      let kind: Open<S>['kind'] = ttu !== undefined ? 'ttu' : stu !== undefined ? 'stu' : 'other';
      if (kind === 'other' && isLookupClass(tag.attribute('class'))) {
        // The lookup belongs to the translated unit that closed right before it.
        const last = this.lastClosedTtu;
        kind = 'lookup';
        lookupOf = last !== null && onlySpaceBetween(this.text, last.ttu.end, tag.start) ? last : null;
        if (lookupOf === null) lookupOf = this.recoverUnit(tag);
      }
      const open = (stack[this.depth] ??= { kind, start: 0, end: 0, id: undefined, stu: null, ttu: null });
      open.kind = kind;
      open.start = tag.start;
      open.end = tag.end;
      open.id = ttu ?? stu;
      open.stu = null;
      open.ttu = lookupOf;
      this.depth++;
      return;
    }
    if (this.depth === 0) {
      const early = this.closedEarly;
      const stu = early?.unit.stu ?? null;
      const lookupClose = early?.lookupClose ?? null;
      // The source unit's copy of the `</span>` that closed its translated unit early, which made the
      // lookup's `</span>` close the source unit and this one close nothing: one finding for both.
      if (stu !== null && lookupClose !== null && onlyTextBetween(this.text, stu.end, lookupClose.start) && onlySpaceBetween(this.text, lookupClose.end, tag.start)) {
        stu.contentEnd = lookupClose.start;
        stu.end = lookupClose.end;
        early!.stray.alsoInSource = true;
        this.closedEarly = null;
        return;
      }
      problems.push((this.lastStray = { kind: 'stray-close', start: tag.start, end: tag.end }));
      return;
    }
    const open = stack[--this.depth]!;
    if (open.kind === 'other') this.lastPlainClosed = { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end };
    if (open.kind === 'ttu') {
      const segment = this.makeSegment(open.id!, { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end });
      this.segments.push(segment);
      this.lastClosedTtu = segment;
    } else if (open.kind === 'stu') {
      const lookup = this.depth > 0 ? stack[this.depth - 1]! : null;
      if (lookup?.kind === 'lookup' && lookup.stu === null) {
        // The source's id nearly always repeats the unit's: one string for both.
        const unit = lookup.ttu;
        const id = unit !== null && unit.id === open.id ? unit.id : open.id!;
        lookup.stu = { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end, id };
      } else problems.push({ kind: 'stu-without-ttu', start: open.start, end: open.end, id: open.id });
    } else if (open.kind === 'lookup') {
      closeLookup(open, problems);
      const early = this.closedEarly;
      if (early !== null && open.ttu === early.unit) early.lookupClose = { start: tag.start, end: tag.end };
      if (open.ttu === this.lastClosedTtu) this.lastClosedTtu = null;
    }
  }

  /**
   * The translated unit a lookup with none right before it belongs to, when text broke the pairing in
   * one of two ways, or null. A plain `<span>` left open in the unit (`Company.<span>com`) took the
   * unit's `</span>`, so the unit is still open at its lookup: it ends at the `</span>` the span took,
   * and the span is reported as the one never closed. A `</span>` in the unit's text closed it early, so the real end came as a
   * `</span>` that closed nothing: the unit ends there, and the early one is reported instead.
   */
  private recoverUnit(lookup: Tag): S | null {
    const { stack, problems } = this;
    const top = this.depth > 0 ? stack[this.depth - 1]! : null;
    if (top !== null && top.kind === 'ttu') {
      const plain = this.lastPlainClosed;
      const taker = plain !== null && plain.tagStart > top.end ? plain : null;
      this.depth--;
      // The unit ends at the `</span>` the span took, or at the lookup when nothing took it.
      const unit = this.makeSegment(top.id!, { tagStart: top.start, contentStart: top.end, contentEnd: taker?.contentEnd ?? lookup.start, end: taker?.end ?? lookup.start });
      this.segments.push(unit);
      if (taker !== null) {
        const problem: SpanProblem = { kind: 'unclosed', start: taker.tagStart, end: taker.contentStart, unit: unit.id };
        problems.push(problem);
        this.tookClose = { unit, problem };
      } else problems.push({ kind: 'unclosed', start: top.start, end: top.end, id: top.id });
      return unit;
    }
    const last = this.lastClosedTtu;
    const stray = this.lastStray;
    if (last === null || stray === null || stray.start < last.ttu.end) return null;
    if (!onlyTextBetween(this.text, last.ttu.end, stray.start) || !onlyTextBetween(this.text, stray.end, lookup.start)) return null;
    // The unit's first `</span>` is in its text; the stray one after it is where the unit really ends.
    const early = { start: last.ttu.contentEnd, end: last.ttu.end };
    last.ttu.contentEnd = stray.start;
    last.ttu.end = stray.end;
    stray.start = early.start;
    stray.end = early.end;
    stray.unit = last.id;
    this.closedEarly = { unit: last, stray, lookupClose: null };
    this.lastStray = null;
    return last;
  }

  /**
   * Whether an open lookup is one whose `</span>` the source unit's copy of an unclosed plain span
   * took (the source unit closed on the lookup's `</span>`): then it is closed here, and the span it
   * holds is the one already reported in the translated unit.
   */
  private sourceTookLookupClose(open: Open<S>): boolean {
    const took = this.tookClose;
    const plain = this.lastPlainClosed;
    if (open.kind !== 'lookup' || open.stu === null || took === null || open.ttu !== took.unit || plain === null) return false;
    if (plain.tagStart < open.stu.contentStart || plain.end > open.stu.contentEnd) return false;
    open.stu.contentEnd = plain.contentEnd;
    open.stu.end = plain.end;
    closeLookup(open, this.problems);
    took.problem.alsoInSource = true;
    this.tookClose = null;
    return true;
  }

  finish(): SegmentScan<S> {
    const { stack, problems, segments } = this;
    if (this.depth > 0 && this.sourceTookLookupClose(stack[this.depth - 1]!)) this.depth--;
    for (let i = 0; i < this.depth; i++) {
      const open = stack[i]!;
      problems.push({ kind: 'unclosed', start: open.start, end: open.end, id: open.id });
      if (open.kind === 'lookup') closeLookup(open, problems);
    }
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment.stu === null) {
        problems.push({ kind: 'ttu-without-stu', start: segment.ttu.tagStart, end: segment.ttu.contentStart, id: segment.id });
      }
    }
    inOffsetOrder(problems, (p) => p.start);
    return { segments, problems };
  }
}

/** Whether a class attribute names `sxs-lookup`; written alone nearly always. */
function isLookupClass(value: string | undefined): boolean {
  return value === 'sxs-lookup' || (value !== undefined && /(?:^|\s)sxs-lookup(?:\s|$)/.test(value));
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to) holds no tag: the `<` of every tag the pairing reads. */
function onlyTextBetween(text: string, from: number, to: number): boolean {
  const lt = text.indexOf('<', from);
  return lt === -1 || lt >= to;
}

function closeLookup<S extends Segment>(open: Open<S>, problems: SpanProblem[]): void {
  if (open.stu === null) return;
  if (open.ttu === null) {
    problems.push({ kind: 'stu-without-ttu', start: open.stu.tagStart, end: open.stu.contentStart, id: open.stu.id });
    return;
  }
  open.ttu.stu = open.stu;
  if (open.stu.id !== open.ttu.id) {
    problems.push({ kind: 'id-mismatch', start: open.stu.tagStart, end: open.stu.contentStart, id: open.ttu.id, otherId: open.stu.id });
  }
}
