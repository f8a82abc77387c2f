// The discover stage, the one way files are found: folders walked, globs expanded, for every face.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { matchesGlob, resolve, sep } from 'node:path';
import type { GitIgnore } from '../config/gitignore.js';
import type { Finding } from '../findings/finding.js';
import { pathKind } from '../layout/layout.js';
import { fileProblems } from '../rules-support/file-problems.js';
import { lazyDependency } from '../runtime.js';
import { displayPath, fileFinding } from './paths.js';
import { boundaryOf, insideBoundary, OUTSIDE_TREE } from './read.js';

const tinyglobby = lazyDependency<typeof import('tinyglobby')>('tinyglobby');

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Folders no face looks into, as globs. */
export const SKIPPED_GLOBS = [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`);

export interface FileSelection {
  /** Where the globs start; default cwd. */
  base?: string | undefined;
  /** Globs (relative to the base) that files found in folders must match. */
  include?: readonly string[];
  /** Globs (relative to the base) that files found in folders must match as well: the action's `paths`, within the include. */
  within?: readonly string[];
  /** Globs of files and folders never to check. */
  ignore?: readonly string[];
  /** The repository's .gitignore files, which found files and folders must pass too. */
  gitignore?: GitIgnore | null;
  /** Folders files may be found in (boundaryOf); default the working directory and the paths given. */
  roots?: readonly string[];
}

export interface Collected {
  files: string[];
  findings: Finding[];
  /** Paths that name no file or folder, and globs that match no file: the caller's usage error. */
  unmatched: string[];
}

const ANY_FILE_WITH_EXTENSION = /^\*\*\/\*(\.[A-Za-z0-9]+)$/;

/**
 * path.matchesGlob, with the default include (`**\/*.md`, or any such extension) answered from the name
 * where the two provably agree: a POSIX path none of whose segments starts with `.` (matchesGlob
 * treats those apart). Over a large repository the glob engine costs more than the walk itself.
 */
export function matchesGlobQuickly(path: string, glob: string): boolean {
  const extension = sep === '/' && path[0] !== '.' && !path.includes('/.') ? ANY_FILE_WITH_EXTENSION.exec(glob)?.[1] : undefined;
  return extension !== undefined ? path.endsWith(extension) : matchesGlob(path, glob);
}

/**
 * Files under the given paths: folders are searched for files the include globs match, globs are
 * expanded (both pass the ignore globs and .gitignore); named files are always taken.
 */
export function collectFiles(paths: readonly string[], cwd: string, selection: FileSelection = {}): Collected {
  const include = selection.include ?? ['**/*.md'];
  const within = selection.within ?? null;
  const ignore = selection.ignore ?? [];
  const gitignore = selection.gitignore ?? null;
  const roots = selection.roots ?? boundaryOf(cwd, paths);
  // Globs are relative to their base (the working directory, or the configuration's folder); a folder outside it is its own base.
  const globRoot = selection.base ?? cwd;
  let base = globRoot;
  const globPath = (path: string) => {
    const rel = displayPath(globRoot, path);
    return rel.startsWith('../') ? displayPath(base, path) : rel;
  };
  const ignored = (path: string, folder: boolean) =>
    (ignore.length > 0 && ignore.some((glob) => matchesGlob(globPath(path), glob))) || (gitignore !== null && gitignore.ignores(path, folder));
  // Links are not followed: a glob reaches no file outside the tree it names.
  const globbed = (glob: string) =>
    tinyglobby()
      .globSync(glob, { cwd, absolute: true, followSymbolicLinks: false, ignore: SKIPPED_GLOBS })
      .map((match) => resolve(match))
      .filter((file) => !ignored(file, false));
  const selects = (path: string) => include.some((glob) => matchesGlobQuickly(path, glob)) && (within === null || within.some((glob) => matchesGlobQuickly(path, glob)));
  const files = new Set<string>();
  const findings: Finding[] = [];
  const unmatched: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${(error as Error).message}`));
      return;
    }
    if (visited.has(real)) return; // a symlink loop or a folder reached twice
    visited.add(real);
    if (!insideBoundary(real, roots)) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, OUTSIDE_TREE));
      return;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${(error as Error).message}`));
      return;
    }
    // An entry's name holds no separator, and `dir` is already normal: joined without path.join.
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (ignored(path, entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (selects(globPath(path))) {
        if (entry.isSymbolicLink() && pathKind(path) !== 'file') {
          findings.push(fileFinding(cwd, path, fileProblems.unreadable, 'Symbolic link cannot be followed (broken or a loop)'));
        } else files.add(path);
      } else if (entry.isSymbolicLink() && pathKind(path) === 'folder') walk(path);
    }
  };
  for (const p of paths) {
    const path = resolve(cwd, p);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      // Not there: a glob, or the caller's usage error. Other failures (permissions, a loop) are reported when the file is read.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        const found = tinyglobby().isDynamicPattern(p) ? globbed(p) : [];
        if (found.length === 0) unmatched.push(p);
        for (const file of found) files.add(file);
        continue;
      }
    }
    if (isDir) {
      base = path;
      walk(path);
    } else files.add(path);
  }
  return { files: [...files], findings, unmatched };
}
