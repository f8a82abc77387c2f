import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { LocDocument } from '../document/document.js';
import type { Finding } from './finding.js';

/** Content longer than this is stood for by its digest, worked out once per segment or line. */
const DIGESTED_CONTENT_CHARS = 4096;

interface DocumentIndex {
  /** The largest segment end among the segments up to each one (the document sorts segments by their start). */
  reach: number[];
  /** Digests of long ranges' normalised content, by `start:end`. */
  digests: Map<string, string>;
}

const indexes = new WeakMap<LocDocument, DocumentIndex>();

function indexOf(doc: LocDocument): DocumentIndex {
  let index = indexes.get(doc);
  if (index === undefined) {
    const reach: number[] = [];
    let furthest = -1;
    for (const s of doc.segments) reach.push((furthest = Math.max(furthest, s.stu?.end ?? s.ttu.end)));
    indexes.set(doc, (index = { reach, digests: new Map() }));
  }
  return index;
}

/** The first segment holding the offset, by binary search over the segments' reach. */
function segmentHolding(doc: LocDocument, offset: number): LocDocument['segments'][number] | undefined {
  const { reach } = indexOf(doc);
  let low = 0;
  let high = reach.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reach[mid]! > offset) high = mid;
    else low = mid + 1;
  }
  const segment = doc.segments[low];
  return segment !== undefined && segment.ttu.tagStart <= offset ? segment : undefined;
}

const normalise = (content: string) => content.replace(/data-(ttu|stu)-id="[^"]*"/g, 'data-$1-id').replace(/\s+/g, ' ').trim();

/**
 * What a finding is about, without its position: the segment it sits in (ids left out), else its
 * line. Moving text keeps the fingerprint; editing the faulty segment changes it. Linear in the
 * findings and the text: each long segment or line is normalised and digested once.
 */
export function fingerprint(finding: Finding, doc: LocDocument | null): string {
  let content = finding.message;
  if (doc !== null) {
    const offset = doc.lines.lineStart(finding.line) + finding.column - 1;
    const segment = segmentHolding(doc, offset);
    const start = segment ? segment.ttu.tagStart : doc.lines.lineStart(finding.line);
    const end = segment ? (segment.stu?.end ?? segment.ttu.end) : doc.lines.lineStart(finding.line + 1) || doc.text.length;
    if (end - start <= DIGESTED_CONTENT_CHARS) content = normalise(doc.text.slice(start, end));
    else {
      const { digests } = indexOf(doc);
      const key = `${start}:${end}`;
      let digest = digests.get(key);
      if (digest === undefined) digests.set(key, (digest = `sha1:${createHash('sha1').update(normalise(doc.text.slice(start, end))).digest('hex')}`));
      content = digest;
    }
  } else content = normalise(content);
  return createHash('sha1').update(`${finding.rule}\0${finding.file}\0${content}`).digest('hex').slice(0, 20);
}

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  /** How many findings share this fingerprint (the same defect repeated in one segment or line). */
  count: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export function makeBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = f.fingerprint!;
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { fingerprint: key, rule: f.rule, file: f.file, count: 1 });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { version: 1, entries: sorted };
}

export function writeBaseline(path: string, findings: readonly Finding[]): void {
  writeFileSync(path, JSON.stringify(makeBaseline(findings), null, 1) + '\n');
}

export function readBaseline(path: string): Baseline {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  if (data?.version !== 1 || !Array.isArray(data.entries)) throw new Error(`${path} is not a loclint baseline (version 1)`);
  return data;
}

/** Findings the baseline does not hold, and baseline entries that no longer occur. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { fresh: Finding[]; stale: BaselineEntry[] } {
  const remaining = new Map(baseline.entries.map((e) => [e.fingerprint, e.count]));
  const fresh: Finding[] = [];
  for (const f of findings) {
    const left = remaining.get(f.fingerprint!) ?? 0;
    if (left > 0) remaining.set(f.fingerprint!, left - 1);
    else fresh.push(f);
  }
  const stale = baseline.entries.filter((e) => remaining.get(e.fingerprint) === e.count);
  return { fresh, stale };
}
