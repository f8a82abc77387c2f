import { basename } from 'node:path';
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const SHAPE = /^([a-z]{2,3})(?:-([A-Za-z]{4}))?-([A-Za-z]{2}|\d{3})$/i;
const cache = new Map<string, string | null>();

/**
 * The canonical form (`zh-CN`, `sr-Latn-RS`) of a path segment that is a locale code, else null.
 * Both the language and the region must be ones ICU knows, so `go-to` or `my-db` are not locales.
 */
export function asLocale(segment: string): string | null {
  // SHAPE asks for 5 to 12 characters with a `-` after the 2- or 3-letter language: most segments
  // are told apart at sight, without hashing them for the cache.
  if (!mayBeLocale(segment, 0, segment.length)) return null;
  let known = cache.get(segment);
  if (known !== undefined) return known;
  known = null;
  const m = SHAPE.exec(segment);
  if (m) {
    const language = m[1]!.toLowerCase();
    const script = m[2] ? m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase() : undefined;
    const region = m[3]!.toUpperCase();
    if (languageNames.of(language) !== undefined && regionNames.of(region) !== undefined) {
      known = [language, script, region].filter(Boolean).join('-');
    }
  }
  cache.set(segment, known);
  return known;
}

/** Whether text[start, end) has a locale code's length and its first `-` where SHAPE can have it. */
export function mayBeLocale(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 5 && length <= 12 && (text.charCodeAt(start + 2) === 45 || text.charCodeAt(start + 3) === 45); /* - */
}

export interface PathLocale {
  locale: string;
  /** Index of the locale segment in the path's `/`-separated segments. */
  segmentIndex: number;
}

const byFolder = new Map<string, PathLocale | null>();

/** The last path segment of a folder that is a locale code (`docs/zh-cn/x.md` → zh-CN). */
export function localeOfPath(path: string): PathLocale | null {
  // Only the folders count, and files share them: each folder is read once.
  const folder = path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  let found = byFolder.get(folder);
  if (found === undefined) {
    found = null;
    const segments = folder.split(/[\\/]/);
    for (let i = segments.length - 2; i >= 0; i--) {
      const locale = asLocale(segments[i]!);
      if (locale !== null) {
        found = { locale, segmentIndex: i };
        break;
      }
    }
    byFolder.set(folder, found);
  }
  return found;
}

const SUFFIX = /^(.*)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))\.md$/i;

/** `article.zh-CN.md` → stem `article`, locale zh-CN; null when the name carries no locale. */
export function suffixLocale(fileName: string): { stem: string; locale: string } | null {
  const m = SUFFIX.exec(fileName);
  const locale = m ? asLocale(m[2]!) : null;
  return m && locale !== null ? { stem: m[1]!, locale } : null;
}

/** The locale a path names: a locale folder, else a `name.<locale>.md` suffix; null when neither. */
export function localeFromPath(path: string): string | null {
  return localeOfPath(path)?.locale ?? suffixLocale(basename(path))?.locale ?? null;
}
