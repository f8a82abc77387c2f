import type { CommitRange } from './event.js';
import { changedLines, diffNameStatus, parseHunks, prepareRange, type DiffRange, type FileChange, type LineRange } from './git.js';

export interface ChangeSet {
  /** How the list was made: from git, from the pull-request API, or every file (no diff to use). */
  via: 'git' | 'api' | 'all';
  changes: FileChange[];
  /** Changed lines of each changed path; null when not asked for or not known. */
  lines: Map<string, LineRange[]> | null;
  /** Things the user should know about how the list was made. */
  notes: string[];
}

export interface RangeRequest extends CommitRange {
  cwd: string;
  withLines: boolean;
  log: (message: string) => void;
  /** The first diff, when startDiff began it already. */
  started?: Promise<FileChange[] | null>;
}

/**
 * The diff changesFromGit makes first, from the merge base of `base` to `head`, begun ahead of the
 * rest of the run; null when git cannot make it (missing history: changesFromGit then fetches it).
 */
export function startDiff(cwd: string, { base, head }: CommitRange): Promise<FileChange[] | null> {
  return diffNameStatus(cwd, [`${base}...${head}`]).catch(() => null);
}

/** Changes between the merge base of `base` and `head`, and `head` (what a pull request shows). */
export async function changesFromGit(request: RangeRequest): Promise<ChangeSet | null> {
  const { cwd, base, head, withLines, log } = request;
  // Both commits and their merge base at hand, as in a full clone: one git call. Else git is
  // asked what is missing, and fetches it.
  let range: DiffRange = [`${base}...${head}`];
  let changes = await (request.started ?? startDiff(cwd, request));
  if (changes === null) {
    const from = await prepareRange(cwd, base, head, log);
    if (from === null) return null;
    range = [from, head];
    changes = await diffNameStatus(cwd, range);
  }
  let lines: Map<string, LineRange[]> | null = null;
  if (withLines) {
    lines = new Map();
    for (const change of changes) if (change.status !== 'removed') lines.set(change.path, await changedLines(cwd, range, change));
  }
  return { via: 'git', changes, lines, notes: [] };
}

/** What `GET /repos/{owner}/{repo}/pulls/{number}/files` returns, as far as loclint reads it. */
export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

/** The API lists at most 3,000 files of a pull request. */
export const API_FILE_LIMIT = 3000;

export function changesFromApiFiles(files: readonly PullRequestFile[]): ChangeSet {
  const statuses: Record<string, FileChange['status']> = { added: 'added', removed: 'removed', renamed: 'renamed', copied: 'copied' };
  const changes: FileChange[] = [];
  const lines = new Map<string, LineRange[]>();
  for (const f of files) {
    if (f.status === 'unchanged') continue;
    const status = statuses[f.status] ?? 'modified';
    changes.push(f.previous_filename ? { status, path: f.filename, previousPath: f.previous_filename } : { status, path: f.filename });
    // Large diffs come without a patch: then every line counts as changed.
    if (f.patch !== undefined) lines.set(f.filename, parseHunks(f.patch));
  }
  const notes = files.length >= API_FILE_LIMIT ? [`The pull-request API lists only the first ${API_FILE_LIMIT} files: files beyond them were not checked. Fetch the history (actions/checkout with fetch-depth: 0) so git can list them all.`] : [];
  return { via: 'api', changes, lines, notes };
}
