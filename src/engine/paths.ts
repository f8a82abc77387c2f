// How findings name files: paths relative to the working directory, with `/` between folders.
import { relative, sep } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../rules-support/file-problems.js';

export function displayPath(cwd: string, absolutePath: string): string {
  const normal = !absolutePath.includes(`${sep}.`);
  // Most paths lie under cwd: a slice is exact there and much cheaper than path.relative.
  if (normal && absolutePath.startsWith(cwd) && absolutePath[cwd.length] === sep) {
    return sep === '/' ? absolutePath.slice(cwd.length + 1) : absolutePath.slice(cwd.length + 1).split(sep).join('/');
  }
  const slash = absolutePath.lastIndexOf(sep);
  if (!normal || slash <= 0 || absolutePath === cwd) return relative(cwd, absolutePath).split(sep).join('/');
  // Files share folders: each folder's relative path is worked out once.
  const dir = absolutePath.slice(0, slash);
  const key = `${cwd}\0${dir}`;
  let relativeDir = relativeDirs.get(key);
  if (relativeDir === undefined) relativeDirs.set(key, (relativeDir = relative(cwd, dir).split(sep).join('/')));
  const base = absolutePath.slice(slash + 1);
  return relativeDir === '' ? base : `${relativeDir}/${base}`;
}

const relativeDirs = new Map<string, string>();

/** A finding on a whole file (or a place in it) that no rule made: it could not be found, read or parsed. */
export function fileFinding(cwd: string, absolutePath: string, meta: RuleMeta, message: string, line = 1, column = 1): Finding {
  return { file: displayPath(cwd, absolutePath), line, column, endLine: line, endColumn: column, rule: meta.id, severity: meta.severity, message };
}
