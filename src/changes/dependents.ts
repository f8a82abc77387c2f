import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseDocument } from '../document/document.js';
import { parseTarget, relativeFilePath } from '../document/targets.js';
import { decodeUtf8, looksBinary } from '../document/text.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, readFileBytes } from '../read.js';

/**
 * Files that link to a removed (deleted or renamed-away) path: they must be checked again, as the
 * pull request broke their links even though it did not touch them.
 */
export function filesLinkingTo(removed: readonly string[], candidates: readonly string[], cwd: string): string[] {
  if (removed.length === 0) return [];
  const removedAbsolute = new Set(removed.map((p) => resolve(cwd, p)));
  const names = [...new Set(removed.map((p) => basename(p)))];
  const found: string[] = [];
  // Read as the engine reads: within the checked tree and the size limit; what it cannot read, the engine reports.
  const limits = { maxBytes: DEFAULT_MAX_FILE_BYTES, roots: boundaryOf(cwd, []) };
  for (const candidate of candidates) {
    let text: string;
    try {
      const bytes = readFileBytes(candidate, limits);
      if (looksBinary(bytes)) continue;
      text = decodeUtf8(bytes).text;
    } catch {
      continue;
    }
    // Only files that mention a removed file's name are parsed.
    if (!names.some((name) => text.includes(name) || text.includes(encodeURI(name)))) continue;
    const doc = parseDocument(relative(cwd, candidate).split(sep).join('/'), text);
    const hits = doc.links.some((link) => {
      const target = parseTarget(link.target);
      return target.kind === 'relative' && removedAbsolute.has(resolve(dirname(candidate), relativeFilePath(target)));
    });
    if (hits) found.push(candidate);
  }
  return found;
}
