import { BACKSLASH, BACKTICK } from './chars.js';

/**
 * The code spans of text[start, end), as CommonMark pairs backtick runs: a run opens a span closed by
 * the next run of the same length; a backslash before an opening run escapes its first backtick.
 * Linear: each run is listed once, and the search for a closer of each length only moves forward.
 */
export function codeSpans(text: string, start: number, end: number): [number, number][] {
  const runs: number[] = [];
  const lengths: number[] = [];
  // Searched within the range: a search of the text from start on runs to the file's end in every
  // unit without a backtick.
  const range = text.slice(start, end);
  for (let k = range.indexOf('`'); k !== -1; k = range.indexOf('`', k)) {
    const i = start + k;
    let j = i;
    while (j < end && text.charCodeAt(j) === BACKTICK) j++;
    runs.push(i);
    lengths.push(j - i);
    k = j - start;
  }
  const spans: [number, number][] = [];
  if (runs.length < 2) return spans;
  const byLength = new Map<number, number[]>();
  for (let r = 0; r < runs.length; r++) {
    const list = byLength.get(lengths[r]!);
    if (list === undefined) byLength.set(lengths[r]!, [r]);
    else list.push(r);
  }
  const cursor = new Map<number, number>();
  for (let r = 0; r < runs.length; ) {
    let at = runs[r]!;
    let length = lengths[r]!;
    if (escapedAt(text, at, start)) {
      at++;
      length--;
    }
    const list = byLength.get(length);
    let c = cursor.get(length) ?? 0;
    while (list !== undefined && c < list.length && list[c]! <= r) c++;
    cursor.set(length, c);
    if (length === 0 || list === undefined || c === list.length) {
      r++;
      continue;
    }
    const close = list[c]!;
    spans.push([at, runs[close]! + lengths[close]!]);
    r = close + 1;
  }
  return spans;
}

/** Whether an odd run of backslashes (from `start` on) stands right before `at`: the character there is escaped. */
export function escapedAt(text: string, at: number, start: number): boolean {
  let slashes = 0;
  while (at - 1 - slashes >= start && text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}
