import type { Finding, Fix } from '../findings/finding.js';
import type { ChecksClient } from './checks.js';
import { markdownText } from './escape.js';

/** Marks loclint's own review, so a later run on the same pull request finds and updates it. */
export const REVIEW_MARKER = '<!-- loclint-review -->';

/** Lines the pull request changed, per path ([start, end], 1-based, inclusive). */
export type ChangedLines = ReadonlyMap<string, readonly { start: number; end: number }[]>;

/** A suggested change: whole lines [startLine, endLine] of `path` become `lines`. */
export interface Suggestion {
  path: string;
  startLine: number;
  endLine: number;
  body: string;
}

const LF = '\n';
const CR = '\r';
const BACKTICK = '`';
/** GitHub's fence for a suggestion is at least three backticks, longer than any run inside it. */
const MIN_FENCE = 3;

/** Start offsets of the text's lines, split at LF as git and GitHub count them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(LF); i !== -1; i = text.indexOf(LF, i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset` (binary search over the starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * The fix as whole replaced lines, as a ```suggestion block replaces them; null when the lines hold
 * a lone CR (GitHub and loclint would count lines differently) or when the first line of a file
 * with a BOM is touched (the suggestion would drop it).
 */
export function suggestionLines(text: string, fix: Fix, hadBom: boolean): { startLine: number; endLine: number; lines: string } | null {
  if (fix.edits.length === 0) return null;
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return null;
  const starts = lineStarts(text);
  const startLine = lineOf(starts, edits[0]!.start);
  const endLine = lineOf(starts, edits.reduce((end, e) => Math.max(end, e.end), 0));
  if (hadBom && startLine === 1) return null;
  const from = starts[startLine - 1]!;
  const lineEnd = endLine < starts.length ? starts[endLine]! - 1 : text.length;
  let replaced = '';
  let at = from;
  for (const edit of edits) {
    replaced += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  // An edit that runs to the end of the last line's terminator replaces it too: the suggestion's lines end where the block ends.
  replaced += text.slice(Math.min(at, lineEnd), lineEnd);
  const lines = replaced
    .split(LF)
    .map((line) => (line.endsWith(CR) ? line.slice(0, -1) : line));
  if (lines.some((line) => line.includes(CR))) return null;
  return { startLine, endLine, lines: lines.join(LF) };
}

function commentBody(finding: Finding, lines: string): string {
  const fence = BACKTICK.repeat(Math.max(MIN_FENCE, longestRun(lines, BACKTICK) + 1));
  return `**loclint** \`${finding.rule}\`: ${markdownText(finding.message)}\n\n${markdownText(finding.fix!.description)}:\n\n${fence}suggestion\n${lines}\n${fence}\n`;
}

const within = (ranges: readonly { start: number; end: number }[] | undefined, start: number, end: number) => ranges?.some((r) => start >= r.start && end <= r.end) ?? false;

export interface SuggestionPlan {
  /** At most `limit`, in file and line order. */
  suggestions: Suggestion[];
  /** Fixable findings on changed lines beyond the limit, or whose fix no suggestion can carry. */
  left: number;
  /** Fixable findings outside the changed lines. */
  outside: number;
}

/**
 * The suggestions for the fixable findings whose replaced lines the pull request changed, all of
 * them in one changed range (GitHub takes a comment only on lines of the diff). `texts` gives each
 * file's decoded text, or null when it cannot be read again.
 */
export function planSuggestions(findings: readonly Finding[], changed: ChangedLines, texts: (file: string) => { text: string; hadBom: boolean } | null, limit: number): SuggestionPlan {
  const plan: SuggestionPlan = { suggestions: [], left: 0, outside: 0 };
  const taken = new Set<string>();
  for (const finding of findings) {
    if (finding.fix === undefined) continue;
    const read = changed.has(finding.file) ? texts(finding.file) : null;
    const lines = read === null ? null : suggestionLines(read.text, finding.fix, read.hadBom);
    if (lines === null) {
      if (changed.has(finding.file)) plan.left++;
      else plan.outside++;
      continue;
    }
    if (!within(changed.get(finding.file), lines.startLine, lines.endLine)) {
      plan.outside++;
      continue;
    }
    // Two findings may name the same repair, or repairs of the same lines: one suggestion per line range.
    const key = `${finding.file}\u0000${lines.startLine}\u0000${lines.endLine}`;
    if (taken.has(key) || plan.suggestions.length >= limit) {
      plan.left++;
      continue;
    }
    taken.add(key);
    plan.suggestions.push({ path: finding.file, startLine: lines.startLine, endLine: lines.endLine, body: commentBody(finding, lines.lines) });
  }
  return plan;
}

/** A review comment as the pulls API lists it, as far as loclint reads it. */
interface ListedComment {
  id: number;
  pull_request_review_id: number | null;
  in_reply_to_id?: number;
  path: string;
  body: string;
  line: number | null;
  start_line: number | null;
}

interface ListedReview {
  id: number;
  body: string | null;
  user: { type?: string } | null;
}

/** Octokit's `request` and `paginate`, the two calls the review needs. */
export interface ReviewClient extends ChecksClient {
  paginate<T>(route: string, parameters: Record<string, unknown>): Promise<T[]>;
}

export interface ReviewRequest {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  plan: SuggestionPlan;
  limit: number;
}

export interface ReviewResult {
  /** What was done: a review posted, the earlier one updated (or left as it was), or nothing to say. */
  action: 'created' | 'updated' | 'none';
  posted: number;
  kept: number;
  removed: number;
}

const keyOf = (path: string, startLine: number, endLine: number, body: string) => `${path}\u0000${startLine}\u0000${endLine}\u0000${body}`;

function reviewBody(request: ReviewRequest, shown: number): string {
  const { plan, limit } = request;
  const parts = [`${REVIEW_MARKER}\n**loclint** suggests ${shown} fix${shown === 1 ? '' : 'es'} on lines this pull request changed.`];
  if (plan.left > 0) parts.push(`${plan.left} more fixable finding${plan.left === 1 ? '' : 's'} on changed lines ${plan.left === 1 ? 'is' : 'are'} not suggested here (at most ${limit} suggestions, one per line range).`);
  if (plan.outside > 0) parts.push(`${plan.outside} fixable finding${plan.outside === 1 ? '' : 's'} outside the changed lines ${plan.outside === 1 ? 'stays an annotation' : 'stay annotations'}.`);
  parts.push('Every finding is in the check run and the workflow annotations.');
  return parts.join(' ');
}

/**
 * One review per pull request for loclint's suggestions. A run lists the reviews of earlier runs
 * (by the marker, from a bot) and their comments: a suggestion already there is kept, not posted
 * again; one no longer made is deleted while its lines are still current and nobody replied to it
 * (an outdated one GitHub already shows as outdated). Only suggestions not yet there are posted, in
 * one new review; when there are none, the latest earlier review's body is updated instead.
 */
export async function publishReview(client: ReviewClient, request: ReviewRequest): Promise<ReviewResult> {
  const { owner, repo, pullNumber, plan } = request;
  const pull = { owner, repo, pull_number: pullNumber };
  const reviews = (await client.paginate<ListedReview>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...pull, per_page: 100 })).filter(
    (r) => r.user?.type === 'Bot' && (r.body ?? '').includes(REVIEW_MARKER),
  );
  const ours = new Set(reviews.map((r) => r.id));
  const comments =
    ours.size === 0 ? [] : await client.paginate<ListedComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...pull, per_page: 100 });
  const repliedTo = new Set(comments.flatMap((c) => (c.in_reply_to_id === undefined ? [] : [c.in_reply_to_id])));
  const wanted = new Map(plan.suggestions.map((s) => [keyOf(s.path, s.startLine, s.endLine, s.body), s]));
  let kept = 0;
  let removed = 0;
  for (const comment of comments) {
    if (comment.pull_request_review_id === null || !ours.has(comment.pull_request_review_id) || comment.in_reply_to_id !== undefined) continue;
    const key = comment.line === null ? null : keyOf(comment.path, comment.start_line ?? comment.line, comment.line, comment.body);
    if (key !== null && wanted.delete(key)) kept++;
    else if (comment.line !== null && !repliedTo.has(comment.id)) {
      await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { owner, repo, comment_id: comment.id });
      removed++;
    }
  }
  const body = reviewBody(request, plan.suggestions.length);
  if (wanted.size > 0) {
    const posted = [...wanted.values()].map((s) => ({
      path: s.path,
      body: s.body,
      line: s.endLine,
      side: 'RIGHT',
      ...(s.startLine < s.endLine ? { start_line: s.startLine, start_side: 'RIGHT' } : {}),
    }));
    await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...pull, commit_id: request.headSha, event: 'COMMENT', body, comments: posted });
    return { action: 'created', posted: posted.length, kept, removed };
  }
  const latest = reviews.at(-1);
  if (latest === undefined) return { action: 'none', posted: 0, kept, removed };
  if (latest.body !== body) await client.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', { ...pull, review_id: latest.id, body });
  return { action: 'updated', posted: 0, kept, removed };
}
