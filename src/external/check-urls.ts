import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_CACHE_AGE_HOURS } from './limits.js';
import { LinearPattern } from '../config/patterns.js';
import type { UrlStatus } from './url-status.js';
import { AddressPolicy, checkedLookup, literalAddress, RefusedAddress, type Resolver } from './addresses.js';

export interface ExternalLinkOptions {
  concurrency?: number;
  timeoutMs?: number;
  /** Regular expressions of URLs never to request. */
  skip?: readonly string[];
  /** Where answers are kept between runs; none when undefined. */
  cacheDir?: string;
  /** How long a good answer is trusted. */
  maxAgeHours?: number;
  /** Retries of 5xx and network errors (429 waits as `Retry-After` says, up to the timeout). */
  retries?: number;
  /** Non-public addresses that may be requested: `true` for all (intranet docs), or CIDR ranges. */
  allowPrivate?: boolean | readonly string[];
  /** Name resolution (dns.lookup's shape); its answers are the ones checked and connected to. */
  resolve?: Resolver;
}

const CACHE_FILE = 'external-links.json';
const HOUR_MS = 3_600_000;
const MAX_REDIRECTS = 10;
const HTTP_MIN_STATUS = 100;
const HTTP_MAX_STATUS = 599;
const TOO_MANY_REQUESTS = 429;
const FIRST_SERVER_ERROR = 500;
const FIRST_CLIENT_ERROR = 400;
const FIRST_SUCCESS = 200;
const FIRST_REDIRECTION = 300;
const DEFAULT_TIMEOUT_MS = 15_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The cache is a file in the repository's tree, so it holds only what a run could have written
 * itself: good answers, with a status, dated in the past and no older than the age allowed.
 */
function trustedEntry(entry: unknown, now: number, maxAge: number): entry is UrlStatus {
  if (typeof entry !== 'object' || entry === null) return false;
  const { ok, status, checkedAt } = entry as Record<string, unknown>;
  return (
    ok === true &&
    Number.isInteger(status) &&
    (status as number) >= HTTP_MIN_STATUS &&
    (status as number) <= HTTP_MAX_STATUS &&
    typeof checkedAt === 'number' &&
    Number.isFinite(checkedAt) &&
    checkedAt <= now &&
    now - checkedAt < maxAge
  );
}

function readCache(dir: string | undefined, now: number, maxAge: number): Map<string, UrlStatus> {
  const cache = new Map<string, UrlStatus>();
  if (!dir) return cache;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8'));
  } catch {
    return cache;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return cache;
  for (const [url, entry] of Object.entries(data)) {
    if (trustedEntry(entry, now, maxAge)) cache.set(url, { ok: true, status: entry.status, checkedAt: entry.checkedAt });
  }
  return cache;
}

interface Answer {
  status: number;
  location: string | undefined;
  retryAfterMs: number | null;
}

/** `Retry-After` in seconds or as a date, in milliseconds from now. */
function retryAfter(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

class Requester {
  private readonly policy: AddressPolicy;
  private readonly lookup: ReturnType<typeof checkedLookup>;
  private readonly agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

  constructor(private readonly options: ExternalLinkOptions) {
    this.policy = new AddressPolicy(options.allowPrivate ?? false);
    this.lookup = checkedLookup(this.policy, options.resolve);
  }

  /** One request, no redirects followed; only the status line and headers are read. */
  private once(url: URL, method: 'HEAD' | 'GET'): Promise<Answer> {
    const literal = literalAddress(url);
    // The socket skips `lookup` for an address, so an address is checked here.
    if (literal !== null && !this.policy.permits(literal)) return Promise.reject(new RefusedAddress(literal));
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          // An agent of its own: no proxy from the environment, which would resolve names unchecked.
          agent: this.agents[url.protocol as 'http:' | 'https:'],
          lookup: this.lookup,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
          headers: { 'user-agent': 'loclint', accept: '*/*' },
        },
        (res: IncomingMessage) => {
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, retryAfterMs: retryAfter(res.headers['retry-after'] as string | undefined, Date.now()) });
          // The body is never read: the status is the answer.
          res.destroy();
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** Follows redirects, checking the host of every hop before it is requested. */
  private async follow(start: URL, method: 'HEAD' | 'GET'): Promise<Answer | 'refused-host' | 'refused-redirect'> {
    let url = start;
    for (let hop = 0; ; hop++) {
      let answer: Answer;
      try {
        answer = await this.once(url, method);
      } catch (error) {
        // The socket passes on the lookup's own error object.
        if (error instanceof RefusedAddress) return hop === 0 ? 'refused-host' : 'refused-redirect';
        throw error;
      }
      if (!REDIRECTS.has(answer.status) || answer.location === undefined || hop === MAX_REDIRECTS) return answer;
      let next: URL;
      try {
        next = new URL(answer.location, url);
      } catch {
        return answer;
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return answer;
      url = next;
    }
  }

  /** HEAD, then GET when HEAD is not answered with success (many servers refuse HEAD). */
  private async attempt(url: URL): Promise<Answer | 'refused-host' | 'refused-redirect'> {
    const head = await this.follow(url, 'HEAD');
    if (typeof head === 'string' || head.status < FIRST_CLIENT_ERROR || head.status === TOO_MANY_REQUESTS) return head;
    return this.follow(url, 'GET');
  }

  async check(text: string, now: number): Promise<UrlStatus> {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, status: 0, checkedAt: now };
    }
    const retries = this.options.retries ?? 2;
    const maxWait = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (let attempt = 0; ; attempt++) {
      let answer: Answer | 'refused-host' | 'refused-redirect';
      try {
        answer = await this.attempt(url);
      } catch {
        if (attempt < retries) continue;
        return { ok: false, status: 0, checkedAt: now };
      }
      if (answer === 'refused-host') return { ok: false, status: 0, checkedAt: now, refused: 'host' };
      if (answer === 'refused-redirect') return { ok: false, status: 0, checkedAt: now, refused: 'redirect' };
      const { status } = answer;
      // A rate limit is waited out when the wait fits in the timeout; a longer one is the answer.
      if (status === TOO_MANY_REQUESTS && answer.retryAfterMs !== null && answer.retryAfterMs <= maxWait && attempt <= retries) {
        await sleep(answer.retryAfterMs);
        continue;
      }
      if (status >= FIRST_SERVER_ERROR && attempt < retries) continue;
      // A redirect still unanswered after the hops allowed is no success.
      return { ok: status >= FIRST_SUCCESS && status < FIRST_REDIRECTION, status, checkedAt: now };
    }
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}

/**
 * Requests each URL once, however many files and locales link to it, `concurrency` at a time,
 * only on public addresses (or those `allowPrivate` names): every hop's host is resolved, checked
 * and connected to at the checked address.
 */
export async function checkUrls(urls: Iterable<string>, options: ExternalLinkOptions = {}): Promise<Map<string, UrlStatus>> {
  const now = Date.now();
  const maxAge = Math.min(options.maxAgeHours ?? 24, MAX_CACHE_AGE_HOURS) * HOUR_MS;
  const cache = readCache(options.cacheDir, now, maxAge);
  const skip = (options.skip ?? []).map((pattern) => LinearPattern.compile(pattern));
  const results = new Map<string, UrlStatus>();
  const pending: string[] = [];
  for (const url of new Set(urls)) {
    if (skip.some((pattern) => pattern.test(url))) continue;
    const cached = cache.get(url);
    if (cached) results.set(url, cached);
    else pending.push(url);
  }
  if (pending.length === 0) return results;
  const requester = new Requester(options);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const url = pending[next++]!;
      const status = await requester.check(url, now);
      results.set(url, status);
      if (status.ok) cache.set(url, status);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, pending.length) }, worker));
  } finally {
    requester.close();
  }
  if (options.cacheDir) {
    mkdirSync(options.cacheDir, { recursive: true });
    writeFileSync(join(options.cacheDir, CACHE_FILE), JSON.stringify(Object.fromEntries(cache)));
  }
  return results;
}
