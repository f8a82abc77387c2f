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

  constructor(
    private readonly text: string,
    private readonly makeSegment: (id: string, ttu: SpanRange) => S,
  ) {}

  take(tag: Tag): void {
    const { stack, problems } = this;
    if (!tag.closing) {
      const ttu = tag.attribute('data-ttu-id');
      const stu = ttu === undefined ? tag.attribute('data-stu-id') : undefined;
      let lookupOf: S | null = null;
      let kind: Open<S>['kind'] = ttu !== undefined ? 'ttu' : stu !== undefined ? 'stu' : 'other';
      if (kind === 'other' && isLookupClass(tag.attribute('class'))) {
        // The lookup belongs to the translated unit that closed right before it.
        const last = this.lastClosedTtu;
        kind = 'lookup';
        lookupOf = last !== null && onlySpaceBetween(this.text, last.ttu.end, tag.start) ? last : null;
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
      problems.push({ kind: 'stray-close', start: tag.start, end: tag.end });
      return;
    }
    const open = stack[--this.depth]!;
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
      if (open.ttu === this.lastClosedTtu) this.lastClosedTtu = null;
    }
  }

  finish(): SegmentScan<S> {
    const { stack, problems, segments } = this;
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
