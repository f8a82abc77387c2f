import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { asLocale, localeOfPath } from './locale.js';

export interface LocaleGroup {
  /** The path with its locale folder replaced by `*`: the same for an article in every locale. */
  key: string;
  locale: string | null;
}

export function localeGroup(path: string): LocaleGroup {
  const found = localeOfPath(path);
  if (found === null) return { key: path, locale: null };
  const segments = path.split(/[\\/]/);
  segments[found.segmentIndex] = '*';
  return { key: segments.join('/'), locale: found.locale };
}

/**
 * Folder-per-locale layout (`<root>/<locale>/…`): the same relative path under every other locale
 * folder beside this file's. Existence is not checked here; readers treat a missing file as absent.
 */
export class SiblingFinder {
  private readonly localeFolders = new Map<string, string[]>();

  siblingPaths(absolutePath: string): string[] {
    const found = localeOfPath(absolutePath);
    if (found === null) return [];
    const segments = absolutePath.split(sep);
    const root = segments.slice(0, found.segmentIndex).join(sep) || sep;
    const own = segments[found.segmentIndex]!;
    return this.foldersIn(root)
      .filter((folder) => folder !== own)
      .map((folder) => join(root, folder, ...segments.slice(found.segmentIndex + 1)));
  }

  private foldersIn(root: string): string[] {
    let folders = this.localeFolders.get(root);
    if (folders === undefined) {
      try {
        folders = readdirSync(root, { withFileTypes: true })
          .filter((e) => e.isDirectory() && asLocale(e.name) !== null)
          .map((e) => e.name)
          .sort();
      } catch {
        folders = [];
      }
      this.localeFolders.set(root, folders);
    }
    return folders;
  }
}
