export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const allowedDistance = (candidate: string) => Math.max(1, Math.floor(candidate.length / 4));

export interface Nearest {
  candidate: string;
  /** No other candidate is as near: a repair may take it without asking. */
  only: boolean;
}

/** The candidate nearest to `typed`, when it is near enough to be a slip (a quarter of its length). */
export function nearest(typed: string, candidates: Iterable<string>): Nearest | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    // The length difference bounds the distance from below: far longer or shorter names (most of a
    // media folder's) are never slips, and are not compared letter by letter.
    if (candidate === '' || Math.abs(candidate.length - typed.length) > allowedDistance(candidate)) continue;
    const distance = editDistance(typed, candidate);
    if (distance < bestDistance) [best, bestDistance, ties] = [candidate, distance, 0];
    else if (distance === bestDistance) ties++;
  }
  return best !== undefined && bestDistance <= allowedDistance(best) ? { candidate: best, only: ties === 0 } : undefined;
}

export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  return nearest(typed, candidates)?.candidate;
}

/** Distinct names one file may ask a suggestion for: past them, a broken name is reported without one. */
const MAX_SUGGESTED_NAMES = 100;

/**
 * Did-you-mean answers for one file: each name asked about once per scope (a folder, a file's
 * anchors), and at most MAX_SUGGESTED_NAMES of them, so that a file of a thousand broken links
 * costs what a hundred do.
 */
export class Suggestions {
  private readonly known = new Map<string, string | undefined>();

  closest(typed: string, candidates: Iterable<string>, scope: string): string | undefined {
    const key = `${scope}\0${typed}`;
    if (this.known.has(key)) return this.known.get(key);
    if (this.known.size >= MAX_SUGGESTED_NAMES) return undefined;
    const found = closest(typed, candidates);
    this.known.set(key, found);
    return found;
  }
}
