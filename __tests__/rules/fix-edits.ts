import type { TextEdit } from '../../src/findings/finding.js';

/** The text with the edits made, last first so that earlier offsets hold; edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, e.start) + e.text + result.slice(e.end);
  return result;
}
