// The source's history from git, for source-stale: what each translation's `ms.sourcegitcommit`
// held, and whether the source has changed since. Git runs with argument arrays only, and each
// commit and each (commit, path) is asked once per run, in two `git cat-file` processes per
// repository, however many files name them.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SourceVersion } from '../rules/rule.js';
import { LF, SPACE } from '../document/chars.js';
import { crlfForm } from '../document/text.js';
import { gitEnv } from './git-env.js';

const run = promisify(execFile);
const UTF8_BOM = '\uFEFF';
const isCommitId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value);


/** One translation to look up: the source file's folder and name in that folder's repository. */
export interface SourceQuery {
  /** The localized file, absolute. */
  file: string;
  /** An existing folder inside the source repository, where git runs. */
  folder: string;
  /** The source file's path relative to `folder`, `/`-separated. */
  relative: string;
}

/** What one `git cat-file --batch` answered for each input line: the object's bytes, or null when missing. */
async function catFile(cwd: string, inputs: readonly string[], check: boolean): Promise<(Buffer | string | null)[]> {
  if (inputs.length === 0) return [];
  const child = spawn('git', ['cat-file', check ? '--batch-check=%(objecttype) %(objectname) %(objectsize)' : '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.on('error', () => {});
  child.stdin.end(inputs.map((line) => `${line}\n`).join(''));
  if ((await done) !== 0) throw new Error(`git cat-file failed in ${cwd}`);
  const out = Buffer.concat(chunks);
  const answers: (Buffer | string | null)[] = [];
  let at = 0;
  for (let i = 0; i < inputs.length; i++) {
    const eol = out.indexOf(LF, at);
    if (eol === -1) throw new Error('git cat-file answered fewer lines than it was asked');
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) answers.push(null);
    else if (check) answers.push(header);
    else {
      // `<oid> <type> <size>`, then the bytes and a newline.
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      answers.push(header.includes(' blob ') ? out.subarray(at, at + size) : null);
      at += size + 1;
    }
  }
  return answers;
}


const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');
const text = (bytes: Buffer) => {
  const decoded = bytes.toString('utf8');
  return decoded.startsWith(UTF8_BOM) ? decoded.slice(1) : decoded;
};

/** The repository-relative prefix of a folder and whether its clone is shallow; null when it is not in a git work tree. */
async function repositoryOf(folder: string): Promise<{ prefix: string; shallow: boolean } | null> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-prefix', '--is-shallow-repository'], { cwd: folder, env: gitEnv() });
    const [prefix = '', shallow = 'false'] = stdout.split('\n');
    return { prefix, shallow: shallow.trim() === 'true' };
  } catch {
    return null;
  }
}

/** Whether a path can go into cat-file's line protocol as it is. */
const plainPath = (path: string) => !path.includes('\n') && !path.includes('\r') && path.charCodeAt(0) !== SPACE;

export interface SourceHistory {
  /** The key of each localized file's facts. */
  byFile: Map<string, string>;
  /** Facts by `commit:path`, shared by every locale that names them. */
  versions: Map<string, SourceVersion>;
}

/**
 * Looks up the source of each query at the commit `commitOf` reads from the translation, and at
 * HEAD. Translations are read only when their source's folder is in a git work tree; queries with
 * a malformed commit id get no facts.
 */
export async function sourceHistory(candidates: readonly SourceQuery[], commitOf: (file: string) => string | null, maxBytes: number): Promise<SourceHistory> {
  const history: SourceHistory = { byFile: new Map(), versions: new Map() };
  const byFolder = new Map<string, SourceQuery[]>();
  for (const q of candidates) {
    if (!plainPath(q.relative)) continue;
    const list = byFolder.get(q.folder);
    if (list === undefined) byFolder.set(q.folder, [q]);
    else list.push(q);
  }
  // Folders of one repository share its lookups: they are asked from the first folder, by full path.
  const repositories = new Map<string, { shallow: boolean; queries: { query: SourceQuery & { commit: string }; path: string }[] }>();
  for (const [folder, list] of byFolder) {
    const repository = await repositoryOf(folder);
    if (repository === null) continue;
    const top = join(folder, ...repository.prefix.split('/').filter(Boolean).map(() => '..'));
    const entry = repositories.get(top) ?? { shallow: repository.shallow, queries: [] };
    repositories.set(top, entry);
    for (const query of list) {
      const commit = commitOf(query.file);
      if (isCommitId(commit)) entry.queries.push({ query: { ...query, commit }, path: `${repository.prefix}${query.relative}` });
    }
  }
  for (const [top, { shallow, queries: asked }] of repositories) {
    const commits = [...new Set(asked.map((a) => a.query.commit.toLowerCase()))];
    const keys = [...new Set(asked.map((a) => `${a.query.commit.toLowerCase()}:${a.path}`))];
    const paths = [...new Set(asked.map((a) => a.path))];
    // What each object is, its id and its size, for the commits, the sources at them and at HEAD: one process.
    const checked = (await catFile(top, [...commits.map((c) => `${c}^{commit}`), ...keys, ...paths.map((p) => `HEAD:${p}`)], true)) as (string | null)[];
    const present = new Set(commits.filter((_, i) => checked[i] !== null));
    const blobOf = (answer: string | null | undefined) => {
      const [type, id, size] = (answer ?? '').split(' ');
      return type === 'blob' ? { id: id!, size: Number(size) } : null;
    };
    const atCommit = new Map(keys.map((key, i) => [key, blobOf(checked[commits.length + i])]));
    const atHead = new Map(paths.map((path, i) => [path, blobOf(checked[commits.length + keys.length + i])]));
    // The bytes, of blobs no larger than a checked file may be: of each source at its commit, and at HEAD when it differs.
    const wanted = new Set<string>();
    for (const [key, blob] of atCommit) {
      if (blob === null || blob.size > maxBytes) continue;
      wanted.add(blob.id);
      const now = atHead.get(key.slice(41));
      if (now && now.id !== blob.id && now.size <= maxBytes) wanted.add(now.id);
    }
    const ids = [...wanted];
    const bytes = new Map<string, Buffer | null>();
    (await catFile(top, ids, false)).forEach((answer, i) => bytes.set(ids[i]!, answer as Buffer | null));
    for (const key of keys) {
      const commit = key.slice(0, 40);
      const path = key.slice(41);
      const then = atCommit.get(key) ?? null;
      const now = atHead.get(path) ?? null;
      const base = { commit, path, unknowable: shallow || present.size === 0 };
      const currentOf = (): SourceVersion['current'] => (now === null ? 'removed' : now.id === then?.id ? 'same' : 'changed');
      if (!present.has(commit)) history.versions.set(key, { ...base, state: 'no-commit', rawHash: null, crlfHash: null, current: currentOf() });
      else if (then === null) history.versions.set(key, { ...base, state: 'no-file', rawHash: null, crlfHash: null, current: currentOf() });
      else {
        const old = bytes.get(then.id);
        // Too large to read: nothing is said of it.
        if (!old) continue;
        const current = currentOf();
        const fresh = now === null ? null : bytes.get(now.id);
        history.versions.set(key, {
          ...base,
          state: 'found',
          rawHash: sha1(old),
          crlfHash: sha1(crlfForm(old)),
          current,
          ...(current === 'changed' && fresh ? { before: text(old), now: text(fresh) } : {}),
        });
      }
    }
    for (const { query, path } of asked) history.byFile.set(query.file, `${query.commit.toLowerCase()}:${path}`);
  }
  return history;
}
