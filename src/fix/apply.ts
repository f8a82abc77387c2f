// Applies the fixes findings carry: which ones fit together in a file, the text they make, and the
// file written back in its own encoding, byte-order mark and line endings.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CR } from '../document/chars.js';
import { decodeUtf8, lineAt, utf16Encoding, UTF16BE_BOM_BYTES, UTF16LE_BOM_BYTES, UTF8_BOM_BYTES } from '../document/text.js';
import type { Finding, TextEdit } from '../findings/finding.js';
import { DEFAULT_MAX_FILE_BYTES, insideBoundary, TreeReader, unreadableReason } from '../engine/read.js';

const LINE_FEED = '\n';
const CRLF = '\r\n';

/** A finding whose fix was not applied, and why. */
export interface Skipped {
  finding: Finding;
  reason: string;
}

export interface Plan {
  /** The text with the applied fixes made. */
  text: string;
  /** The edits made, in text order, in offsets of the text before. */
  edits: TextEdit[];
  /** Findings whose fix was made (a fix identical to one made counts as made). */
  applied: Finding[];
  skipped: Skipped[];
}

interface Span {
  finding: Finding;
  edits: TextEdit[];
  start: number;
  end: number;
  /** The edits as one string, to tell an identical fix from an overlapping one. */
  key: string;
}

const where = (f: Finding) => `${f.line}:${f.column}`;

/**
 * The fixes of one file's findings that can be made together: by where they start, each fix whose
 * edits (taken as one span, as ESLint does) neither overlap nor touch an earlier fix's is made; the
 * others are skipped, to be made by another run on the text this one writes. Inserted line ends
 * follow the text's own (CRLF when its first line ends so). Linear in the text and the fixes, after
 * sorting the fixes.
 */
export function planFixes(text: string, findings: readonly Finding[]): Plan {
  const firstLineEnd = text.indexOf(LINE_FEED);
  const crlf = firstLineEnd > 0 && text.charCodeAt(firstLineEnd - 1) === CR;
  const spans: Span[] = [];
  const skipped: Skipped[] = [];
  for (const finding of findings) {
    if (finding.fix === undefined) continue;
    const edits = [...finding.fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    if (edits.length === 0) continue;
    const valid = edits.every((e, i) => e.start <= e.end && e.start >= 0 && e.end <= text.length && (i === 0 || edits[i - 1]!.end <= e.start));
    if (!valid) {
      skipped.push({ finding, reason: 'its edits overlap each other or lie outside the file' });
      continue;
    }
    const own = edits.map((e) => ({ ...e, text: crlf ? e.text.replace(/\r?\n/g, CRLF) : e.text }));
    spans.push({ finding, edits: own, start: own[0]!.start, end: own.at(-1)!.end, key: JSON.stringify(own) });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const made: Span[] = [];
  const applied: Finding[] = [];
  for (const span of spans) {
    const last = made.at(-1);
    if (last !== undefined && last.key === span.key) {
      applied.push(span.finding);
      continue;
    }
    // Touching counts: two insertions at one offset, or one right after another edit, have no one order.
    if (last !== undefined && (span.start < last.end || (span.start === last.end && (span.start === span.end || last.start === last.end)))) {
      skipped.push({ finding: span.finding, reason: `it overlaps the fix of ${last.finding.rule} at ${where(last.finding)}` });
      continue;
    }
    made.push(span);
    applied.push(span.finding);
  }
  const edits = made.flatMap((s) => s.edits);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), edits, applied, skipped };
}

/** The file's bytes as the engine decodes them, and how to encode a new text the same way. */
interface Encoded {
  text: string;
  encode(text: string): Buffer;
}

/**
 * The text the rules saw, or null when writing it back would change bytes no fix touched: invalid
 * UTF-8 (read as U+FFFD) or unpaired UTF-16 surrogates do not survive the round trip.
 */
function decodeForWriting(bytes: Buffer): Encoded | null {
  const utf16 = utf16Encoding(bytes);
  const decoded = decodeUtf8(bytes);
  let encode: (text: string) => Buffer;
  if (utf16 === 'utf-16le') encode = (text) => Buffer.concat([UTF16LE_BOM_BYTES, Buffer.from(text, 'utf16le')]);
  else if (utf16 === 'utf-16be') encode = (text) => Buffer.concat([UTF16BE_BOM_BYTES, Buffer.from(text, 'utf16le').swap16()]);
  else encode = (text) => (decoded.hadBom ? Buffer.concat([UTF8_BOM_BYTES, Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8'));
  return encode(decoded.text).equals(bytes) ? { text: decoded.text, encode } : null;
}

export interface FileFix extends Plan {
  /** The path as findings show it. */
  file: string;
  before: string;
}

export interface FixRun {
  /** Files with at least one fix made, in the order of the findings. */
  files: FileFix[];
  /** Files whose fixes were not made at all, and why (unreadable, outside the tree, not round-tripping). */
  refused: { file: string; reason: string; findings: Finding[] }[];
}

export interface FixOptions {
  cwd: string;
  /** Real paths of the checked tree's folders (boundaryOf): no file outside them is read or written. */
  roots: readonly string[];
  /** Write the files (`--fix`), or only work out what would change (`--fix-dry-run`). */
  write: boolean;
  /** Text checked in place of a file (standard input): its fixes are planned on it, never written. */
  given?: { path: string; text: string };
  maxFileBytes?: number;
}

/** Plans, and with `write` makes, every fixable finding's fix, file by file. */
export function fixFiles(findings: readonly Finding[], options: FixOptions): FixRun {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.fix === undefined) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const reader = new TreeReader(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, options.roots);
  const run: FixRun = { files: [], refused: [] };
  for (const [file, fixable] of byFile) {
    const path = resolve(options.cwd, file);
    const refuse = (reason: string) => void run.refused.push({ file, reason, findings: fixable });
    let encoded: Encoded | null;
    if (options.given !== undefined && resolve(options.cwd, options.given.path) === path) encoded = { text: options.given.text, encode: (text) => Buffer.from(text, 'utf8') };
    else {
      try {
        encoded = decodeForWriting(Buffer.from(reader.read(path)));
      } catch (error) {
        refuse(unreadableReason(error).message);
        continue;
      }
    }
    if (encoded === null) {
      refuse('its bytes are not all text in one encoding, and writing it back would change them');
      continue;
    }
    const plan = planFixes(encoded.text, fixable);
    if (plan.edits.length === 0 && plan.skipped.length === 0) continue;
    if (options.write && plan.text !== encoded.text) {
      try {
        writeAtomically(path, encoded.encode(plan.text), options.roots);
      } catch (error) {
        refuse(`cannot write it: ${(error as Error).message}`);
        continue;
      }
    }
    run.files.push({ file, before: encoded.text, ...plan });
  }
  return run;
}

/**
 * Replaces the file's content in one step: a new file beside it (same folder, so the rename stays on
 * one file system), written, flushed and given the file's mode, then renamed over it. A reader sees
 * the old bytes or the new, never a part. A symbolic link is written through, inside the tree only.
 */
function writeAtomically(path: string, bytes: Buffer, roots: readonly string[]): void {
  const real = realpathSync.native(path);
  if (!insideBoundary(real, roots)) throw new Error('it lies outside the checked tree');
  const { mode } = statSync(real);
  const temporary = join(dirname(real), `.${basename(real)}.loclint-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = openSync(temporary, 'wx', mode & 0o777);
  try {
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask narrowed the mode openSync was given.
    chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, real);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed already, or never made.
    }
    throw error;
  }
}

/** Lines of unchanged text shown around each change, as `diff -u` shows them. */
const CONTEXT = 3;

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf(LINE_FEED); at !== -1; at = text.indexOf(LINE_FEED, at + 1)) if (at + 1 < text.length) starts.push(at + 1);
  return starts;
}

/** Lines of a stretch of text, each without its line feed; `ended` tells whether the last had one. */
function splitLines(text: string): { lines: string[]; ended: boolean } {
  if (text === '') return { lines: [], ended: true };
  const ended = text.endsWith(LINE_FEED);
  return { lines: (ended ? text.slice(0, -1) : text).split(LINE_FEED), ended };
}

/** Lines an edit or several that share lines change: lines [first, last] and their edits. */
interface Block {
  first: number;
  last: number;
  edits: TextEdit[];
}

/**
 * The unified diff of a plan, from its edits rather than by comparing texts: the edits are the
 * change, so the diff is exact and linear. Lines keep a CR of their own (`diff -u` shows CRLF files
 * so too); a last line without a line feed is marked as `diff` marks it. Empty when nothing changed.
 */
export function unifiedDiff(file: string, before: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(before);
  const lastLine = starts.length - 1;
  const blocks: Block[] = [];
  for (const e of edits) {
    if (e.end === e.start && e.text === '') continue;
    const first = lineAt(starts, e.start);
    const last = Math.max(first, lineAt(starts, e.end > e.start ? e.end - 1 : e.start));
    const block = blocks.at(-1);
    if (block !== undefined && first <= block.last + 1) {
      block.last = Math.max(block.last, last);
      block.edits.push(e);
    } else blocks.push({ first, last, edits: [e] });
  }
  if (blocks.length === 0) return '';
  const lineEnd = (line: number) => (line < lastLine ? starts[line + 1]! : before.length);
  const linesOf = (first: number, last: number) => splitLines(before.slice(starts[first]!, lineEnd(last)));
  // Blocks closer than twice the context share a hunk, as in `diff -u`.
  const hunks: Block[][] = [];
  for (const block of blocks) {
    const hunk = hunks.at(-1);
    if (hunk !== undefined && block.first - hunk.at(-1)!.last <= 2 * CONTEXT + 1) hunk.push(block);
    else hunks.push([block]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let shift = 0;
  for (const hunk of hunks) {
    const from = Math.max(0, hunk[0]!.first - CONTEXT);
    const to = Math.min(lastLine, hunk.at(-1)!.last + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    const context = (first: number, last: number) => {
      if (first > last) return;
      const { lines, ended } = linesOf(first, last);
      for (const line of lines) body.push(` ${line}`);
      if (!ended) body.push(NO_NEWLINE);
      oldCount += lines.length;
      newCount += lines.length;
    };
    context(from, hunk[0]!.first - 1);
    hunk.forEach((block, i) => {
      let changed = '';
      let at = starts[block.first]!;
      for (const e of block.edits) {
        changed += before.slice(at, e.start) + e.text;
        at = e.end;
      }
      changed += before.slice(at, lineEnd(block.last));
      const old = linesOf(block.first, block.last);
      const now = splitLines(changed);
      for (const line of old.lines) body.push(`-${line}`);
      if (!old.ended) body.push(NO_NEWLINE);
      for (const line of now.lines) body.push(`+${line}`);
      if (!now.ended) body.push(NO_NEWLINE);
      oldCount += old.lines.length;
      newCount += now.lines.length;
      context(block.last + 1, i + 1 < hunk.length ? hunk[i + 1]!.first - 1 : to);
    });
    // `diff` numbers an empty side from the line before it.
    out.push(`@@ -${oldCount === 0 ? from : from + 1},${oldCount} +${newCount === 0 ? from + shift : from + shift + 1},${newCount} @@`, ...body);
    shift += newCount - oldCount;
  }
  return `${out.join(LINE_FEED)}${LINE_FEED}`;
}

const NO_NEWLINE = '\\ No newline at end of file';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const findingLine = (f: Finding, what: string) => `  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${what}`;

/** What a pass changed (or, not written, would change), fix by fix, and what it left and why: lines for standard error. */
export function fixSummary(run: FixRun, written: boolean): string[] {
  const lines: string[] = [];
  const applied = run.files.flatMap((f) => f.applied);
  const changed = run.files.filter((f) => f.text !== f.before).length;
  lines.push(`${written ? 'fixed' : 'would fix'} ${plural(applied.length, 'finding')} in ${plural(changed, 'file')}${applied.length > 0 ? ':' : ''}`);
  for (const f of applied) lines.push(findingLine(f, f.fix!.description));
  const skipped = run.files.flatMap((f) => f.skipped);
  if (skipped.length > 0) {
    const later = written ? 'the next pass makes one that overlaps another, on the text this one leaves' : '--fix makes one that overlaps another in a later pass';
    lines.push(`skipped ${plural(skipped.length, 'fix', 'fixes')} (${later}):`);
    for (const { finding, reason } of skipped) lines.push(findingLine(finding, reason));
  }
  for (const { file, reason, findings } of run.refused) lines.push(`not fixed ${file} (${plural(findings.length, 'fix', 'fixes')}): ${reason}`);
  return lines;
}

/**
 * Passes `--fix` makes at most, as ESLint's: a fix made can bring another (a key renamed in the
 * locale that reported it for the article makes the other locales report theirs), and a fix skipped
 * for an overlap is made on the text the pass leaves.
 */
export const MAX_FIX_PASSES = 10;

/**
 * Fixes, checks again and fixes what the check then offers, until a pass changes nothing or
 * MAX_FIX_PASSES were made. Tells each pass's summary line by line; resolves to the last findings.
 */
export async function fixUntilSettled(
  findings: readonly Finding[],
  recheck: () => Promise<readonly Finding[]>,
  options: Omit<FixOptions, 'write'>,
  tell: (line: string) => void,
): Promise<readonly Finding[]> {
  let current = findings;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const run = fixFiles(current, { ...options, write: true });
    if (pass === 1 || run.files.length > 0 || run.refused.length > 0) for (const line of fixSummary(run, true)) tell(pass === 1 ? line : `pass ${pass}: ${line}`);
    if (!run.files.some((f) => f.text !== f.before)) break;
    current = await recheck();
  }
  return current;
}

/** The unified diff of every file a run changes, file after file. */
export function fixDiff(run: FixRun): string {
  return run.files.map((f) => unifiedDiff(f.file, f.before, f.edits)).join('');
}
