// What a sparse checkout leaves out: git's index keeps an entry, marked skip-worktree, for every
// file of the commit that the working tree does not hold. A docs repository with dozens of locales
// is often checked out a few locales at a time, and a link to an article outside the checked-out
// folders is not broken: the publishing system builds from the whole commit.
import { execFileSync } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gitEnv } from './git-env.js';

const NUL = '\0';
/** `git ls-files -t` tags each entry; `S` is an entry the working tree skips. */
const SKIP_WORKTREE_TAG = 'S ';
const NO_NAMES: readonly string[] = [];

interface Repository {
  /** The repository's top folder as git names it. */
  top: string;
  /** Repository-relative folder (`/`-separated, no trailing `/`; '' for the top) → names the checkout leaves out. */
  omitted: Map<string, string[]>;
}

/**
 * Names in a folder that git's index holds and the working tree leaves out, for folders inside the
 * checked tree. git runs once per repository and once per folder it is asked about first (always
 * with argument arrays), and only when a rule asks: a checkout whose links all resolve never runs it,
 * nor does a tree with no `.git` entry in or above its folders.
 */
export class SparseCheckout {
  /** Existing folder → its repository and its path in it, or null outside git. */
  private readonly places = new Map<string, { repository: Repository; prefix: string } | null>();
  private readonly repositories = new Map<string, Repository>();
  /** Real folder → whether it or a folder above it has a `.git` entry. */
  private readonly gitAbove = new Map<string, boolean>();

  constructor(
    private readonly isFolder: (path: string) => boolean,
    /** Whether git may run in a folder (its real path): only inside the checked tree. */
    private readonly mayRunIn: (folder: string) => boolean,
  ) {}

  /** Names the index holds in `folder` (absolute) that the working tree does not have. */
  omittedNames(folder: string): readonly string[] {
    let existing = folder;
    while (!this.isFolder(existing)) {
      const up = dirname(existing);
      if (up === existing) return NO_NAMES;
      existing = up;
    }
    const place = this.placeOf(existing);
    if (place === null) return NO_NAMES;
    const below = relative(existing, folder);
    const key = [place.prefix, below.split(sep).join('/')].filter(Boolean).join('/');
    return place.repository.omitted.get(key) ?? NO_NAMES;
  }

  private placeOf(folder: string): { repository: Repository; prefix: string } | null {
    let place = this.places.get(folder);
    if (place !== undefined) return place;
    place = null;
    const real = realpathSync.native(folder);
    if (this.mayRunIn(real) && (process.env.GIT_DIR !== undefined || this.hasGitAbove(real))) {
      const answer = git(folder, ['rev-parse', '--show-toplevel', '--show-prefix']);
      if (answer !== null) {
        const [top = '', prefix = ''] = answer.split('\n');
        let repository = this.repositories.get(top);
        if (repository === undefined) this.repositories.set(top, (repository = { top, omitted: omittedEntries(top) }));
        place = { repository, prefix: prefix.replace(/\/$/, '') };
      }
    }
    this.places.set(folder, place);
    return place;
  }

  /**
   * Whether git may find a repository from a real folder: it looks for a `.git` entry there and in each
   * folder above, so where there is none, git need not run (a process each). GIT_DIR names a repository
   * without one; a stat that fails otherwise than for a missing entry leaves the answer to git.
   */
  private hasGitAbove(folder: string): boolean {
    let found = this.gitAbove.get(folder);
    if (found === undefined) {
      const up = dirname(folder);
      found = hasEntry(join(folder, '.git')) || (up !== folder && this.hasGitAbove(up));
      this.gitAbove.set(folder, found);
    }
    return found;
  }
}

function hasEntry(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/** The skip-worktree entries of a repository's index, as folder → names (folders included, once each). */
function omittedEntries(top: string): Map<string, string[]> {
  const omitted = new Map<string, string[]>();
  const listing = git(top, ['ls-files', '-t', '-z', '--full-name']);
  if (listing === null) return omitted;
  const seen = new Set<string>();
  for (const entry of listing.split(NUL)) {
    if (!entry.startsWith(SKIP_WORKTREE_TAG)) continue;
    const path = entry.slice(SKIP_WORKTREE_TAG.length);
    // Every folder on the way holds the next part, so a folder the checkout lacks is walked into.
    for (let slash = path.indexOf('/'), from = 0; ; from = slash + 1, slash = path.indexOf('/', from)) {
      const folder = from === 0 ? '' : path.slice(0, from - 1);
      const name = slash === -1 ? path.slice(from) : path.slice(from, slash);
      const key = `${folder}/${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        const names = omitted.get(folder);
        if (names === undefined) omitted.set(folder, [name]);
        else names.push(name);
      }
      if (slash === -1) break;
    }
  }
  return omitted;
}

/** git's answer, or null when git is missing, the folder is in no repository, or git refuses it. */
function git(cwd: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}
