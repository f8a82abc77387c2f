import { BACKSLASH, BACKTICK } from './chars.js';

/**
 * Finds the run of backticks that closes a code span, within one block at a time (CommonMark: the
 * next run of the same length; backslashes do not escape inside a span). Every run met is kept by
 * length, as cmark does: an opener no run closes costs a lookup, not another scan to the block's
 * end, so a block of distinct runs (`` ` `` `` `` `` … ) is read once.
 */
export class CodeSpanCloser {
  private limit = -1;
  /** Every run in [origin, scanned) is in `runs`. */
  private origin = 0;
  private scanned = 0;
  private readonly runs = new Map<number, number[]>();
  /** Per length, the first kept run not before the last question's start (questions come in text order). */
  private readonly cursors = new Map<number, number>();

  constructor(private readonly text: string) {}

  /** Just past the run of `run` backticks in [from, limit) that closes a span opened before `from`, or -1. */
  closeOf(from: number, run: number, limit: number): number {
    if (limit !== this.limit || from < this.origin) {
      this.limit = limit;
      this.origin = this.scanned = from;
      this.runs.clear();
      this.cursors.clear();
    }
    const kept = this.runs.get(run);
    if (kept !== undefined) {
      let k = this.cursors.get(run) ?? 0;
      while (k < kept.length && kept[k]! < from) k++;
      this.cursors.set(run, k);
      if (k < kept.length) return kept[k]! + run;
    }
    const { text } = this;
    for (let j = text.indexOf('`', Math.max(from, this.scanned)); j !== -1 && j < limit; j = text.indexOf('`', j)) {
      let length = 1;
      while (j + length < limit && text.charCodeAt(j + length) === BACKTICK) length++;
      const same = this.runs.get(length);
      if (same === undefined) this.runs.set(length, [j]);
      else same.push(j);
      this.scanned = j + length;
      if (length === run) return j + length;
      j += length;
    }
    this.scanned = limit;
    return -1;
  }
}

/**
 * The code spans of text[start, end) read as one block, as CommonMark pairs backtick runs: a run
 * opens a span closed by the next run of the same length; a backslash before an opening run escapes
 * its first backtick. For a range the document's inline scan does not cover as a block (a unit's
 * content): the document's own code spans are `LocDocument.inline`'s.
 */
export function codeSpans(text: string, start: number, end: number): [number, number][] {
  // Searched within the range: a search of the text from start on runs to the file's end in every
  // unit without a backtick.
  const range = text.slice(start, end);
  const spans: [number, number][] = [];
  let at = range.indexOf('`');
  if (at === -1) return spans;
  const closer = new CodeSpanCloser(range);
  while (at !== -1) {
    let run = 1;
    while (range.charCodeAt(at + run) === BACKTICK) run++;
    const escaped = escapedAt(range, at, 0) ? 1 : 0;
    const close = run > escaped ? closer.closeOf(at + run, run - escaped, range.length) : -1;
    if (close !== -1) spans.push([start + at + escaped, start + close]);
    at = range.indexOf('`', close === -1 ? at + run : close);
  }
  return spans;
}

/** Whether an odd run of backslashes (from `start` on) stands right before `at`: the character there is escaped. */
export function escapedAt(text: string, at: number, start: number): boolean {
  let slashes = 0;
  while (at - 1 - slashes >= start && text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}
