import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs git with an argument array: file names and SHAs from a pull request are data, never shell. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return stdout;
}

async function succeeds(cwd: string, args: readonly string[]): Promise<boolean> {
  try {
    await git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied';

export interface FileChange {
  status: ChangeStatus;
  /** Repository-relative path, `/`-separated (the new path for renames). */
  path: string;
  previousPath?: string;
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', T: 'modified', D: 'removed', R: 'renamed', C: 'copied' };

/** `git diff --name-status -z`: NUL-separated, so no file name is ever quoted or split. */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i++]!;
    const status = STATUS[code[0]!];
    if (status === undefined) continue;
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++]!;
      changes.push({ status, path: fields[i++]!, previousPath });
    } else changes.push({ status, path: fields[i++]! });
  }
  return changes;
}

/** Commits to diff: `[from, to]`, or `[base...head]` (from the merge base of the two to head). */
export type DiffRange = readonly [string] | readonly [string, string];

export async function diffNameStatus(cwd: string, range: DiffRange): Promise<FileChange[]> {
  return parseNameStatus(await git(cwd, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', ...range, '--']));
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return succeeds(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  try {
    return (await git(cwd, ['merge-base', a, b])).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Makes both commits and their merge base present: fetches missing commits from `origin`, then
 * deepens a shallow clone step by step until the histories meet. Returns the merge base, or null
 * when git cannot get there (no remote, no network, permissions).
 */
export async function prepareRange(cwd: string, base: string, head: string, log: (message: string) => void): Promise<string | null> {
  const missing = [];
  for (const sha of [base, head]) if (!(await hasCommit(cwd, sha))) missing.push(sha);
  if (missing.length > 0) {
    log(`Fetching ${missing.length} missing commit(s) from origin`);
    if (!(await succeeds(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=50', 'origin', ...missing]))) return null;
  }
  let found = await mergeBase(cwd, base, head);
  const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  for (let depth = 100; found === null && shallow && depth <= 6400; depth *= 4) {
    log(`Shallow clone: deepening by ${depth} commits to find the merge base`);
    if (!(await succeeds(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${depth}`, 'origin', base, head]))) break;
    found = await mergeBase(cwd, base, head);
  }
  if (found === null && shallow && (await succeeds(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', 'origin']))) {
    found = await mergeBase(cwd, base, head);
  }
  return found;
}

export interface LineRange {
  start: number;
  end: number;
}

/** Lines of the new file that a change added or modified, from `git diff -U0` hunk headers. */
export function parseHunks(diff: string): LineRange[] {
  const ranges: LineRange[] = [];
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}

export async function changedLines(cwd: string, range: DiffRange, change: FileChange): Promise<LineRange[]> {
  const paths = change.previousPath ? [change.previousPath, change.path] : [change.path];
  return parseHunks(await git(cwd, ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', ...range, '--', ...paths]));
}
