import { asLocale, mayBeLocale } from '../layout/locale.js';
import { detached } from './text.js';
import type { LinearPattern } from '../config/patterns.js';

export type TargetKind = 'external' | 'site-absolute' | 'relative' | 'fragment' | 'other-scheme' | 'empty';

export interface Target {
  kind: TargetKind;
  /** Path or URL without its fragment, percent-decoded, locale segments removed. */
  base: string;
  /** Fragment without `#`, percent-decoded and lower-cased; null when there is none. */
  fragment: string | null;
  /** Compares equal for targets that lead to the same place in any locale. */
  key: string;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Drops path segments that are locale codes: `/en-us/azure` ≡ `/zh-cn/azure` ≡ `/azure`. */
function withoutLocales(path: string): string {
  // Split only when a segment could be one: most paths have none.
  let could = false;
  for (let start = 0, end = 0; !could && start <= path.length; start = end + 1) {
    end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    could = mayBeLocale(path, start, end);
  }
  if (!could) return path;
  return path
    .split('/')
    .filter((segment) => asLocale(segment) === null)
    .join('/');
}

/**
 * The one normalisation of link targets that every rule uses: percent-encoding decoded, locale
 * path segments (`/en-us/` or the file's own) and configured locale patterns (`?ui=en-US`) removed,
 * URLs and fragments compared without case;
 * relative paths keep their case, which relative-link-missing checks against the disk.
 */
export const NO_PATTERNS: readonly LinearPattern[] = [];
const parsed = new WeakMap<readonly LinearPattern[], Map<string, Target>>();

export function parseTarget(raw: string, urlLocalePatterns: readonly LinearPattern[] = NO_PATTERNS): Target {
  // The same targets recur in every locale of an article: each is parsed once per run.
  let cache = parsed.get(urlLocalePatterns);
  if (cache === undefined) parsed.set(urlLocalePatterns, (cache = new Map()));
  let result = cache.get(raw);
  if (result === undefined) {
    if (cache.size > 100_000) cache.clear();
    // Kept for the run: the key, and the parts cut from it, must not keep the file's text alive.
    const own = detached(raw);
    cache.set(own, (result = parseTargetUncached(own, urlLocalePatterns)));
  }
  return result;
}

function parseTargetUncached(raw: string, urlLocalePatterns: readonly LinearPattern[]): Target {
  const target = raw.trim();
  if (target === '') return { kind: 'empty', base: '', fragment: null, key: '' };
  const hash = target.indexOf('#');
  const rawBase = hash === -1 ? target : target.slice(0, hash);
  const fragment = hash === -1 ? null : decode(target.slice(hash + 1)).toLowerCase();
  let kind: TargetKind;
  let base: string;
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/([^/?#]*))?(.*)$/.exec(rawBase);
  if (url && url[2] !== undefined) {
    kind = 'external';
    // Docs hosts serve paths without regard to case (`/MicrosoftTeams/` ≡ `/microsoftteams/`).
    const rest = urlLocalePatterns.reduce((s, pattern) => pattern.removeAll(s), decode(url[4]!));
    base = `${url[1]!.toLowerCase()}://${url[3]!.toLowerCase()}${withoutLocales(rest).toLowerCase()}`;
  } else if (url && url[1]!.length > 1) {
    kind = 'other-scheme';
    base = `${url[1]!.toLowerCase()}:${decode(url[4]!)}`;
  } else if (rawBase === '') {
    kind = 'fragment';
    base = '';
  } else {
    kind = rawBase.startsWith('/') ? 'site-absolute' : 'relative';
    base = withoutLocales(decode(rawBase));
  }
  return { kind, base, fragment, key: fragment === null ? base : `${base}#${fragment}` };
}

/** The path part of a relative target as a file path: no query, decoded. */
export function relativeFilePath(target: Target): string {
  return target.base.replace(/\?.*$/, '');
}
