import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseDocument } from '../document/document.js';
import { parseTarget, relativeFilePath } from '../document/targets.js';
import { decodeUtf8, looksBinary } from '../document/text.js';
import type { TreeReader } from '../engine/read.js';
import { git } from './git.js';

export interface DependentSearch {
  /** Whether a workspace-relative path is one the run checks. */
  selected: (path: string) => boolean;
  /** Every file the run could check, listed only when git cannot search the workspace. */
  everyFile: () => string[];
  /** The run's reader: dependents are read as the engine reads, within the checked tree, the size limit and regular files only. */
  reader: TreeReader;
}

/** git grep's exit status when no file matches. */
const NO_MATCH = 1;
/** Names per `git grep`: each is an argument, and an argument list has a length limit. */
const NAMES_PER_SEARCH = 1000;

/**
 * Tracked files of the workspace that mention any of the names, from `git grep` with the names as
 * fixed strings (workspace-relative paths); null when git cannot search (not a repository, no git).
 */
async function filesMentioning(names: readonly string[], cwd: string): Promise<string[] | null> {
  const found = new Set<string>();
  for (let i = 0; i < names.length; i += NAMES_PER_SEARCH) {
    const patterns = names.slice(i, i + NAMES_PER_SEARCH).flatMap((name) => ['-e', name]);
    try {
      const output = await git(cwd, ['grep', '-l', '-z', '-F', '-I', '--no-color', ...patterns, '--']);
      for (const path of output.split('\0')) if (path !== '') found.add(path);
    } catch (error) {
      if ((error as { code?: unknown }).code !== NO_MATCH) return null;
    }
  }
  return [...found];
}

/**
 * Files that link to a removed (deleted or renamed-away) path: they must be checked again, as the
 * pull request broke their links even though it did not touch them. Only the files that mention a
 * removed file's name are read, and git finds those; without git, every file is read once.
 */
export async function filesLinkingTo(removed: readonly string[], cwd: string, search: DependentSearch): Promise<string[]> {
  if (removed.length === 0) return [];
  const removedAbsolute = new Set(removed.map((p) => resolve(cwd, p)));
  const names = [...new Set(removed.flatMap((p) => [basename(p), encodeURI(basename(p))]))];
  const mentioning = await filesMentioning(names, cwd);
  const candidates = mentioning === null ? search.everyFile() : mentioning.filter(search.selected).sort().map((p) => resolve(cwd, p));
  const found: string[] = [];
  for (const candidate of candidates) {
    let text: string;
    try {
      // What the reader refuses, the engine reports when it checks the file (if the run checks it).
      const bytes = search.reader.read(candidate);
      if (looksBinary(bytes)) continue;
      text = decodeUtf8(bytes).text;
    } catch {
      continue;
    }
    if (!names.some((name) => text.includes(name))) continue;
    const doc = parseDocument(relative(cwd, candidate).split(sep).join('/'), text);
    const hits = doc.links.some((link) => {
      const target = parseTarget(link.target);
      return target.kind === 'relative' && removedAbsolute.has(resolve(dirname(candidate), relativeFilePath(target)));
    });
    if (hits) found.push(candidate);
  }
  return found;
}
