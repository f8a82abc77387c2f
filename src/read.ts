// The one reader of checked files: size, file kind and the checked tree's boundary in one place.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileProblems, type RuleMeta } from './rules-support/file-problems.js';

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A file that is there but is not read; its problem is reported on it. */
export class NotReadable extends Error {
  constructor(
    readonly meta: RuleMeta,
    message: string,
  ) {
    super(message);
  }
}

export const OUTSIDE_TREE = 'Symbolic link leads outside the checked tree: not read';

/**
 * The folders whose files may be read: the working directory and the paths the caller gave, never
 * a path from the checked repository's own configuration (a pull request can edit it). Real paths,
 * as plain data that a worker is given.
 */
export function boundaryOf(cwd: string, given: readonly string[]): string[] {
  const roots = new Set<string>();
  for (const path of [cwd, ...given]) {
    const absolute = resolve(cwd, path);
    try {
      // A file given by name widens the tree by its folder, never by where a link of that name leads.
      roots.add(realpathSync.native(statSync(absolute).isDirectory() ? absolute : dirname(absolute)));
    } catch {
      // Not there (or a glob): it holds no file of its own.
    }
  }
  return [...roots];
}

export function insideBoundary(realPath: string, roots: readonly string[]): boolean {
  return roots.some((root) => realPath === root || realPath.startsWith(root.endsWith(sep) ? root : root + sep));
}

/** Where files are read: the bytes are decoded at once, so one buffer serves every file of the thread. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads the files of one run inside its boundary. A folder's real path is asked once per run (files
 * share folders), never across runs: a folder may have become a link since.
 */
export class TreeReader {
  private readonly realFolders = new Map<string, string | null>();

  constructor(
    readonly maxBytes: number,
    /** Real paths of the folders files may be read from (boundaryOf). */
    readonly roots: readonly string[],
  ) {}

  /**
   * One open, one fstat, one read. Opened non-blocking, so a FIFO named *.md cannot hang the run;
   * anything but a regular file inside the boundary, or a file over the limit, is refused before it
   * is read. The bytes are valid until the next call.
   */
  read(path: string): Buffer {
    const { maxBytes } = this;
    const fd = this.openInside(path);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new NotReadable(fileProblems.unreadable, 'Not a regular file: not checked');
      if (stat.size > maxBytes) throw new NotReadable(fileProblems.tooLarge, `File is ${stat.size} bytes, over the ${maxBytes}-byte limit: not checked`);
      if (stat.size > readBuffer.length) readBuffer = Buffer.allocUnsafe(Math.max(stat.size, 2 * readBuffer.length));
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, readBuffer, read, stat.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return readBuffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  }

  /** Opens a path whose real place lies inside the roots; the file itself is resolved only when it is a link (O_NOFOLLOW tells). */
  private openInside(path: string): number {
    const folder = this.realFolder(dirname(path));
    if (folder !== null && !insideBoundary(folder, this.roots)) throw new NotReadable(fileProblems.unreadable, OUTSIDE_TREE);
    try {
      return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    }
    // The last part is a link: where it leads decides (a loop throws ELOOP here).
    const real = realpathSync.native(path);
    if (!insideBoundary(real, this.roots)) throw new NotReadable(fileProblems.unreadable, OUTSIDE_TREE);
    return openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  }

  private realFolder(folder: string): string | null {
    let real = this.realFolders.get(folder);
    if (real === undefined) {
      try {
        real = realpathSync.native(folder);
      } catch {
        real = null;
      }
      this.realFolders.set(folder, real);
    }
    return real;
  }
}

/** Why a file could not be read, in a finding's words. */
export function unreadableReason(error: unknown): { meta: RuleMeta; message: string } {
  if (error instanceof NotReadable) return { meta: error.meta, message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'File does not exist' : code === 'ELOOP' ? 'Symbolic link loop' : (error as Error).message;
  return { meta: fileProblems.unreadable, message: `Cannot read file: ${reason}` };
}
