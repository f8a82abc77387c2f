import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { LocDocument } from '../document/document.js';
import type { Finding } from './finding.js';

/**
 * What a finding is about, without its position: the segment it sits in (ids left out), else its
 * line. Moving text keeps the fingerprint; editing the faulty segment changes it.
 */
export function fingerprint(finding: Finding, doc: LocDocument | null): string {
  let content = finding.message;
  if (doc !== null) {
    const offset = doc.lines.lineStart(finding.line) + finding.column - 1;
    const segment = doc.segments.find((s) => s.ttu.tagStart <= offset && offset < (s.stu?.end ?? s.ttu.end));
    const start = segment ? segment.ttu.tagStart : doc.lines.lineStart(finding.line);
    const end = segment ? (segment.stu?.end ?? segment.ttu.end) : doc.lines.lineStart(finding.line + 1) || doc.text.length;
    content = doc.text.slice(start, end);
  }
  const normalised = content.replace(/data-(ttu|stu)-id="[^"]*"/g, 'data-$1-id').replace(/\s+/g, ' ').trim();
  return createHash('sha1').update(`${finding.rule}\0${finding.file}\0${normalised}`).digest('hex').slice(0, 20);
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
