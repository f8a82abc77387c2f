// The read stage, the one reader of checked files: size, file kind, encoding and the checked tree's boundary in one place.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Config } from '../config/config.js';
import { LinearPattern } from '../config/patterns.js';
import { parseDocument, type LocDocument } from '../document/document.js';
import { crlfForm, decodeUtf8, looksBinary } from '../document/text.js';
import type { Finding } from '../findings/finding.js';
import { fileProblems, type RuleMeta } from '../rules-support/file-problems.js';
import { displayPath, fileFinding } from './paths.js';

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

/** Text checked as the file at `path` instead of reading it (standard input). */
export interface GivenText {
  path: string;
  text: string;
}

export interface Loaded {
  doc: LocDocument | null;
  findings: Finding[];
  /** Whether the document is in the source locale, once asked: every file of its article asks. */
  isSource?: boolean;
}

export interface LoadOptions {
  cwd: string;
  reader: TreeReader;
  urlLocalePatterns: readonly LinearPattern[];
  given?: GivenText | undefined;
}

/** Reads and parses one file; every way reading can fail becomes a finding on it. */
export function loadDocument(absolutePath: string, { cwd, reader, urlLocalePatterns, given }: LoadOptions): Loaded {
  const findings: Finding[] = [];
  const fail = (meta: RuleMeta, message: string): Loaded => ({ doc: null, findings: [fileFinding(cwd, absolutePath, meta, message)] });
  let bytes: Buffer;
  try {
    if (given?.path !== absolutePath) bytes = reader.read(absolutePath);
    else if ((bytes = Buffer.from(given.text)).length > reader.maxBytes) throw new NotReadable(fileProblems.tooLarge, `Input is ${bytes.length} bytes, over the ${reader.maxBytes}-byte limit: not checked`);
  } catch (error) {
    const { meta, message } = unreadableReason(error);
    return fail(meta, message);
  }
  if (looksBinary(bytes)) return fail(fileProblems.encoding, 'File is binary (it holds NUL bytes): not checked');
  const decoded = decodeUtf8(bytes);
  const path = displayPath(cwd, absolutePath);
  // Only a source file's hash is ever asked for (against ms.openlocfilehash): computed then. Valid
  // UTF-8 encodes back to the file's bytes, so only bytes that do not are kept until then.
  let hash: string | undefined;
  let crlfHash: string | undefined;
  const kept = decoded.problems.length > 0 ? Buffer.from(bytes) : null;
  const { text, hadBom } = decoded;
  const contentHash = (crlf = false) =>
    crlf
      ? (crlfHash ??= createHash('sha1').update(crlfForm(kept ?? Buffer.from(hadBom ? UTF8_BOM + text : text))).digest('hex'))
      : (hash ??= (kept !== null ? createHash('sha1').update(kept) : createHash('sha1').update(hadBom ? UTF8_BOM : '').update(text)).digest('hex'));
  // Handed to the parser, not assigned to the document afterwards: V8 allocates a closure assigned to
  // a property in the old generation, where it kept every file's text alive until a full collection.
  const doc = parseDocument(path, text, { urlLocalePatterns, contentHash });
  for (const limit of doc.limits) {
    const { line, column } = doc.lines.position(limit.start);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.tooComplex, limit.message, line, column));
  }
  for (let i = 0; i < decoded.problems.length; i++) {
    const problem = decoded.problems[i]!;
    const { line, column } = doc.lines.position(problem.offset);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.encoding, problem.message, line, column));
  }
  return { doc, findings };
}

const UTF8_BOM = '\uFEFF';

export function loadOptions(cwd: string, config: Config, maxBytes: number, roots: readonly string[]): LoadOptions {
  return { cwd, reader: new TreeReader(maxBytes, roots), urlLocalePatterns: config.urlLocalePatterns.map((p) => LinearPattern.compile(p, { ignoreCase: true })) };
}

/**
 * Parsed documents of one article across locales: files are checked group by group, so a sibling
 * read for one file is reused when it is checked itself, then dropped.
 */
export class DocumentStore {
  private group = new Map<string, Loaded>();
  private groupKey: string | null = null;

  constructor(
    private readonly options: LoadOptions,
    /** Whether a path names a file, answered from cached folder listings rather than a stat each. */
    private readonly exists: (path: string) => boolean,
  ) {}

  enterGroup(key: string): void {
    if (key === this.groupKey) return;
    this.groupKey = key;
    this.group = new Map();
  }

  load(path: string): Loaded {
    let loaded = this.group.get(path);
    if (loaded === undefined) {
      loaded = loadDocument(path, this.options);
      this.group.set(path, loaded);
    }
    return loaded;
  }

  /** A counterpart or linked file: absent or unreadable files are simply not there. */
  peek(path: string): LocDocument | null {
    return this.peekLoaded(path)?.doc ?? null;
  }

  peekLoaded(path: string): Loaded | null {
    // Read already (the article's other files ask for the same ones): no need to ask the listing.
    const loaded = this.group.get(path);
    if (loaded !== undefined) return loaded;
    return this.exists(path) ? this.load(path) : null;
  }
}
