import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface UrlStatus {
  ok: boolean;
  /** HTTP status; 0 when no answer came (timeout, refused, DNS). */
  status: number;
  checkedAt: number;
}

export interface ExternalLinkOptions {
  concurrency?: number;
  timeoutMs?: number;
  /** Regular expressions of URLs never to request. */
  skip?: readonly string[];
  /** Where answers are kept between runs; none when undefined. */
  cacheDir?: string;
  /** How long a good answer is trusted. */
  maxAgeHours?: number;
  /** Retries of 5xx and network errors (429 always waits as `Retry-After` says). */
  retries?: number;
}

const CACHE_FILE = 'external-links.json';

function readCache(dir: string | undefined): Record<string, UrlStatus> {
  if (!dir) return {};
  try {
    return JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8')) as Record<string, UrlStatus>;
  } catch {
    return {};
  }
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Requests each URL once, however many files and locales link to it. linkinator does the HTTP
 * work (concurrency, HEAD then GET, redirects, retries honouring Retry-After, timeouts): it is
 * handed one local page that links to every URL, so it checks them without crawling further.
 */
export async function checkUrls(urls: Iterable<string>, options: ExternalLinkOptions = {}): Promise<Map<string, UrlStatus>> {
  const now = Date.now();
  const maxAge = (options.maxAgeHours ?? 24) * 3_600_000;
  const cache = readCache(options.cacheDir);
  const results = new Map<string, UrlStatus>();
  const pending: string[] = [];
  for (const url of new Set(urls)) {
    const cached = cache[url];
    if (cached && cached.ok && now - cached.checkedAt < maxAge) results.set(url, cached);
    else pending.push(url);
  }
  if (pending.length > 0) {
    // Loaded only when links are checked: it is a large part of the bundle.
    const { check, LinkState } = await import('linkinator');
    const page = mkdtempSync(join(tmpdir(), 'loclint-links-'));
    try {
      writeFileSync(join(page, 'index.html'), `<!doctype html><body>${pending.map((u) => `<a href="${escapeAttribute(u)}">x</a>`).join('\n')}</body>`);
      const outcome = await check({
        path: join(page, 'index.html'),
        recurse: false,
        concurrency: options.concurrency ?? 16,
        timeout: options.timeoutMs ?? 15_000,
        retry: true,
        retryErrors: (options.retries ?? 2) > 0,
        retryErrorsCount: options.retries ?? 2,
        retryErrorsJitter: 0,
        linksToSkip: [...(options.skip ?? [])],
      });
      const byHref = new Map(pending.map((u) => [hrefOf(u), u]));
      for (const link of outcome.links) {
        const url = byHref.get(hrefOf(link.url));
        if (url === undefined || link.state === LinkState.SKIPPED) continue;
        const status: UrlStatus = { ok: link.state === LinkState.OK, status: link.status ?? 0, checkedAt: now };
        results.set(url, status);
        cache[url] = status;
      }
    } finally {
      rmSync(page, { recursive: true, force: true });
    }
    if (options.cacheDir) {
      mkdirSync(options.cacheDir, { recursive: true });
      writeFileSync(join(options.cacheDir, CACHE_FILE), JSON.stringify(cache));
    }
  }
  return results;
}

function hrefOf(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
