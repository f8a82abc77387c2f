import { closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { lazyDependency } from '../runtime.js';

const ignore = lazyDependency<typeof import('ignore')>('ignore');

/** The repository a folder is in: the nearest folder, itself included, that holds `.git` (a folder, or a worktree's file). */
export function repositoryRoot(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

interface Rules {
  /** The folder whose .gitignore these are: its patterns are relative to it. */
  base: string;
  rules: Ignore;
}

/**
 * The repository's .gitignore files, as git applies them: each folder's file to the paths under it,
 * read once per folder (with the `ignore` package, which follows git's pattern rules).
 */
export class GitIgnore {
  private readonly inFolder = new Map<string, readonly Rules[]>();

  constructor(private readonly root: string) {}

  /** Whether git ignores the path (a folder when `folder`); paths outside the repository never are. */
  ignores(path: string, folder: boolean): boolean {
    if (!path.startsWith(this.root + sep)) return false;
    const chain = this.rulesOf(dirname(path));
    for (let i = 0; i < chain.length; i++) {
      const relative = path.slice(chain[i]!.base.length + 1).split(sep).join('/');
      if (chain[i]!.rules.ignores(folder ? `${relative}/` : relative)) return true;
    }
    return false;
  }

  private rulesOf(folder: string): readonly Rules[] {
    let chain = this.inFolder.get(folder);
    if (chain !== undefined) return chain;
    chain = folder === this.root ? [] : this.rulesOf(dirname(folder));
    let text: string | null = null;
    try {
      // Not followed when a symbolic link: nothing outside the repository is read.
      const fd = openSync(join(folder, '.gitignore'), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch {
      // No .gitignore here (or a link, or unreadable): the folder adds no rules.
    }
    if (text !== null) chain = [...chain, { base: folder, rules: ignore()().add(text) }];
    this.inFolder.set(folder, chain);
    return chain;
  }
}
