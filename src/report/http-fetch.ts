import type * as Http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';

// Required, not imported: importing node:http as a module reads every export, and one of them
// loads the bundled undici all the same.
const requireBuiltin = createRequire(import.meta.url);

/** The part of a fetch Response that Octokit's request reads. */
export interface PlainResponse {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  body: null;
}

export interface PlainRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
  signal?: AbortSignal | null;
  redirect?: string;
}

/** Redirects followed, as fetch follows them (GitHub answers a renamed repository's requests with one). */
const MAX_REDIRECTS = 5;
const SEE_OTHER = 303;

function headerList(raw: IncomingHttpHeaders): [string, string][] {
  return Object.entries(raw).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]]));
}

function clientFor(target: URL): Pick<typeof Http, 'request'> {
  return requireBuiltin(target.protocol === 'https:' ? 'node:https' : 'node:http') as Pick<typeof Http, 'request'>;
}

/** Loads the HTTP client for requests to the address ahead of the first, while the caller has nothing else to do; an address that does not parse fails at its request, as before. */
export function loadClientFor(url: string): void {
  if (URL.canParse(url)) clientFor(new URL(url));
}

/**
 * fetch for Octokit's request over node:http and node:https: Node's own fetch loads its bundled
 * undici on first use, ~80 ms of CPU at start-up, more than a small pull request's whole check.
 * Bodies are strings (Octokit sends JSON), answers are read whole.
 */
export async function httpFetch(url: string | URL, init: PlainRequest = {}, redirects = 0): Promise<PlainResponse> {
  const target = new URL(url);
  const { request } = clientFor(target);
  const answer = await new Promise<{ status: number; statusText: string; headers: [string, string][]; bytes: Buffer }>((resolve, reject) => {
    // As fetch does, an aborted request rejects with the signal's reason (a TimeoutError at a deadline).
    const fail = (error: Error) => reject(init.signal?.aborted ? init.signal.reason : error);
    const req = request(target, { method: init.method ?? 'GET', headers: init.headers ?? {}, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: headerList(res.headers), bytes: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(init.body ?? undefined);
  });
  const location = answer.headers.find(([name]) => name === 'location')?.[1];
  if (location !== undefined && answer.status >= 300 && answer.status < 400 && init.redirect !== 'manual' && redirects < MAX_REDIRECTS) {
    const next = new URL(location, target);
    const seeOther = answer.status === SEE_OTHER;
    // As fetch does: the token is not sent to another origin, and a 303 is followed by a GET.
    const headers = next.origin === target.origin ? init.headers : Object.fromEntries(Object.entries(init.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization'));
    return httpFetch(next, { ...init, ...(headers ? { headers } : {}), ...(seeOther ? { method: 'GET', body: null } : {}) }, redirects + 1);
  }
  const headers = new Map(answer.headers);
  return {
    status: answer.status,
    statusText: answer.statusText,
    url: target.href,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => headers.entries() },
    text: async () => answer.bytes.toString('utf8'),
    arrayBuffer: async () => answer.bytes.buffer.slice(answer.bytes.byteOffset, answer.bytes.byteOffset + answer.bytes.byteLength) as ArrayBuffer,
    body: null,
  };
}
