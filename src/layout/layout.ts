import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { asLocale, localeOfPath, suffixLocale } from './locale.js';
import type { SourceLocale } from './source-locale.js';

/**
 * Questions about one folder answered by a stat each before the folder is listed: a pull request
 * asks about a few of a large folder's files, a full check about each of them, and a listing costs
 * about as much as a few hundred stats.
 */
const STATS_BEFORE_LISTING = 64;
/**
 * A stat names a file with its exact case only where file names are case-sensitive: elsewhere
 * (macOS, Windows) the listing answers, as relative-link-missing sees a case that differs.
 */
const STAT_IS_EXACT = process.platform === 'linux';

export interface LocalePlace {
  /** Locale the path says the file is in, or null (one locale per repository: ask the front matter). */
  locale: string | null;
  /** The same for an article in every locale: files with one key are checked together. */
  groupKey: string;
}

export interface Counterpart {
  path: string;
  /** Locale of the counterpart; null for a suffix-layout source (`name.md`) or a root of unknown locale. */
  locale: string | null;
}

/**
 * Where a file sits among its locales, without configuration: a folder per locale
 * (`<root>/<locale>/…`), a suffix per locale (`name.<locale>.md` beside `name.md`), or one locale
 * per repository, whose other locales are other checkouts given as extra roots.
 */
export class LocaleLayout {
  private readonly listings = new Map<string, string[]>();
  private readonly files = new Map<string, Set<string>>();
  private readonly statsAsked = new Map<string, number>();
  private lastArticle: { root: string; rest: string; copies: { folder: string; counterpart: Counterpart }[] } | null = null;

  constructor(
    private readonly source: SourceLocale,
    /** Checkouts of the same content in other locales (one-locale-per-repository layout). */
    private readonly extraRoots: readonly string[] = [],
    /** The repository the checked files belong to, for extra roots. */
    private readonly primaryRoot: string = process.cwd(),
  ) {}

  place(path: string): LocalePlace {
    const folder = localeOfPath(path);
    if (folder !== null) {
      // The path with its locale folder as `*` and `/` between segments.
      const { start, end } = segmentAt(path, folder.segmentIndex);
      const groupKey = `${path.slice(0, start)}*${path.slice(end)}`;
      return { locale: folder.locale, groupKey: path.includes('\\') ? groupKey.replaceAll('\\', '/') : groupKey };
    }
    const suffix = suffixLocale(basename(path));
    if (suffix !== null) return { locale: suffix.locale, groupKey: join(dirname(path), `${suffix.stem}.*.md`) };
    const rootRelative = relative(this.primaryRoot, path);
    return { locale: null, groupKey: this.extraRoots.length > 0 && !rootRelative.startsWith('..') ? rootRelative : path };
  }

  /** The same article in the other locales, the source among them. Existence is not checked. */
  counterparts(path: string): Counterpart[] {
    const folder = localeOfPath(path);
    if (folder !== null) {
      const { start, end } = segmentAt(path, folder.segmentIndex);
      const own = path.slice(start, end);
      const copies = this.articleInFolders((start > 0 && path.slice(0, start - 1)) || sep, path.slice(end + 1));
      const others: Counterpart[] = [];
      for (let i = 0; i < copies.length; i++) if (copies[i]!.folder !== own) others.push(copies[i]!.counterpart);
      return others;
    }
    const suffix = suffixLocale(basename(path));
    if (suffix !== null) {
      const dir = dirname(path);
      const others = this.list(dir).flatMap((name) => {
        const other = suffixLocale(name);
        return other !== null && other.stem === suffix.stem && name !== basename(path) ? [{ path: join(dir, name), locale: other.locale }] : [];
      });
      return [...others, { path: join(dir, `${suffix.stem}.md`), locale: this.source.name }];
    }
    const rootRelative = relative(this.primaryRoot, path);
    if (rootRelative.startsWith('..')) return [];
    return this.extraRoots.map((root) => ({ path: join(root, rootRelative), locale: null }));
  }

  /** The same article in the source locale, or null when the layout names none. Existence is not checked. */
  sourceCounterpart(path: string): string | null {
    return this.counterparts(path).find((c) => this.source.is(c.locale))?.path ?? null;
  }

  /**
   * Every locale's copy of an article in the folder-per-locale layout. Files are checked article by
   * article, so the last article's copies are kept for its other files.
   */
  private articleInFolders(root: string, rest: string): { folder: string; counterpart: Counterpart }[] {
    // Compared part by part: a key joined from them would be copied for each comparison.
    if (this.lastArticle === null || this.lastArticle.rest !== rest || this.lastArticle.root !== root) {
      // Root and rest are parts of a normalized path: joined as they are, without path.join's normalization.
      const prefix = root.endsWith(sep) ? root : root + sep;
      const copies = this.list(root).flatMap((name) => {
        const locale = asLocale(name);
        return locale === null ? [] : [{ folder: name, counterpart: { path: prefix + name + sep + rest, locale } }];
      });
      this.lastArticle = { root, rest, copies };
    }
    return this.lastArticle.copies;
  }

  /** Names in a folder, read once per run. */
  list(dir: string): string[] {
    let names = this.listings.get(dir);
    if (names === undefined) {
      try {
        names = readdirSync(dir).sort();
      } catch {
        names = [];
      }
      this.listings.set(dir, names);
    }
    return names;
  }

  /** Whether a path names a file (or a link to one): by a stat, or from the folder's listing read once per run. */
  hasFile(path: string): boolean {
    const slash = path.lastIndexOf(sep);
    // Below the root, as nearly every file is, folder and name come from one search.
    const dir = slash > 0 && path.indexOf(sep) < slash ? path.slice(0, slash) : dirname(path);
    let names = this.files.get(dir);
    if (names === undefined) {
      const asked = this.statsAsked.get(dir) ?? 0;
      if (STAT_IS_EXACT && asked < STATS_BEFORE_LISTING) {
        this.statsAsked.set(dir, asked + 1);
        return pathKind(path) === 'file';
      }
      names = new Set();
      try {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isFile() || (entry.isSymbolicLink() && pathKind(join(dir, entry.name)) === 'file')) names.add(entry.name);
        }
      } catch {
        // A missing folder holds no files.
      }
      this.files.set(dir, names);
    }
    return names.has(path.slice(slash + 1));
  }
}

/** Where the index-th segment of a path (split at `/` and `\\`) starts and ends. */
function segmentAt(path: string, index: number): { start: number; end: number } {
  let start = 0;
  for (let i = 0; i < index; i++) start = separatorAt(path, start) + 1;
  return { start, end: separatorAt(path, start) };
}

function separatorAt(path: string, from: number): number {
  for (let i = from; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 47 /* / */ || c === 92 /* \\ */) return i;
  }
  return path.length;
}

/** What a path is once links are followed; null when it cannot be reached (missing, broken link, loop). */
export function pathKind(path: string): 'file' | 'folder' | 'other' | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return null;
  }
}
