import type { HtmlTag } from './html-tags.js';
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

export interface SegmentScan {
  segments: Segment[];
  problems: SpanProblem[];
}

type Open =
  | { kind: 'ttu'; tag: HtmlTag; id: string }
  | { kind: 'stu'; tag: HtmlTag; id: string }
  | { kind: 'lookup'; tag: HtmlTag; stu: (SpanRange & { id: string }) | null; ttu: Segment | null }
  | { kind: 'other'; tag: HtmlTag };

/** Pairs translated and source units by following span nesting, as an HTML parser would. */
export function scanSegments(text: string, tags: readonly HtmlTag[]): SegmentScan {
  const segments: Segment[] = [];
  const problems: SpanProblem[] = [];
  const stack: Open[] = [];
  let lastClosedTtu: Segment | null = null;

  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== 'span') continue;
    if (!tag.closing) {
      const ttu = tag.attrs.get('data-ttu-id');
      const stu = tag.attrs.get('data-stu-id');
      if (ttu !== undefined) stack.push({ kind: 'ttu', tag, id: ttu });
      else if (stu !== undefined) stack.push({ kind: 'stu', tag, id: stu });
      else if (isLookupClass(tag.attrs.get('class'))) {
        // The lookup belongs to the translated unit that closed right before it.
        const adjacent = lastClosedTtu !== null && onlySpaceBetween(text, lastClosedTtu.ttu.end, tag.start);
        stack.push({ kind: 'lookup', tag, stu: null, ttu: adjacent ? lastClosedTtu : null });
      } else stack.push({ kind: 'other', tag });
      continue;
    }
    const open = stack.pop();
    if (open === undefined) {
      problems.push({ kind: 'stray-close', start: tag.start, end: tag.end });
      continue;
    }
    if (open.kind === 'ttu') {
      const segment: Segment = { id: open.id, ttu: { tagStart: open.tag.start, contentStart: open.tag.end, contentEnd: tag.start, end: tag.end }, stu: null };
      segments.push(segment);
      lastClosedTtu = segment;
    } else if (open.kind === 'stu') {
      const lookup = stack[stack.length - 1];
      if (lookup?.kind === 'lookup' && lookup.stu === null) {
        lookup.stu = { tagStart: open.tag.start, contentStart: open.tag.end, contentEnd: tag.start, end: tag.end, id: open.id };
      } else problems.push({ kind: 'stu-without-ttu', start: open.tag.start, end: open.tag.end, id: open.id });
    } else if (open.kind === 'lookup') {
      closeLookup(open, problems);
      if (open.ttu === lastClosedTtu) lastClosedTtu = null;
    }
  }
  for (let i = 0; i < stack.length; i++) {
    const open = stack[i]!;
    problems.push({ kind: 'unclosed', start: open.tag.start, end: open.tag.end, id: 'id' in open ? open.id : undefined });
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

/** Whether a class attribute names `sxs-lookup`; written alone nearly always. */
function isLookupClass(value: string | undefined): boolean {
  return value === 'sxs-lookup' || (value !== undefined && /(?:^|\s)sxs-lookup(?:\s|$)/.test(value));
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function closeLookup(open: Extract<Open, { kind: 'lookup' }>, problems: SpanProblem[]): void {
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
