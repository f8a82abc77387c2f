import type { Octokit as OctokitCore } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';
import { httpFetch, loadClientFor } from '../report/http-fetch.js';

/** @octokit/core with the plugins loclint adds (@actions/github's client without its REST methods, which loclint does not call). */
type Octokit = OctokitCore & { paginate: PaginateInterface };

/** How long one request to GitHub may take before it is abandoned (and retried); LOCLINT_API_TIMEOUT_MS sets it. */
const API_TIMEOUT_MS = 30_000;
/** The longest rate-limit wait loclint sits out; a longer one ends the check run's publication. */
export const MAX_RATE_LIMIT_WAIT_S = 60;
/** Retries of a failed request (5xx, timeouts), with plugin-retry's 1 s, 4 s back-off. */
const API_RETRIES = 2;

export interface GitHubClient {
  octokit: Octokit;
  /** The wait GitHub asked for, in seconds, when it was longer than loclint sits out. */
  refusedWait: () => number | null;
}

function apiTimeout(setting = process.env.LOCLINT_API_TIMEOUT_MS): number {
  const ms = Number(setting);
  return setting !== undefined && Number.isInteger(ms) && ms > 0 ? ms : API_TIMEOUT_MS;
}

/** A runner's proxy settings: only then is @actions/github's proxy-aware fetch loaded (undici, ~1 MB of code); else node:http(s) serves. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** The user agent @actions/github sends: Octokit's, tagged with the runner's orchestration id when there is one. */
function userAgent(orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim()): string | undefined {
  return orchestrationId ? `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/** Octokit is loaded only when there is a token to use it with, and while git runs (see run). */
export async function octokitFor(token: string): Promise<GitHubClient> {
  const proxied = PROXY_VARIABLES.some((name) => process.env[name]);
  const [{ Octokit }, { paginateRest }, { retry }, { throttling }, baseFetch] = await Promise.all([
    import('@octokit/core'),
    import('@octokit/plugin-paginate-rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    proxied ? import('@actions/github/lib/utils').then(({ defaults }) => defaults.request!.fetch as typeof fetch) : (httpFetch as unknown as typeof fetch),
  ]);
  const timeoutMs = apiTimeout();
  // A deadline of its own for every request and every retry.
  const timedFetch = (url: string | URL | Request, init: RequestInit = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return baseFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  let refused: number | null = null;
  // Primary and secondary rate limits: waited out twice at most, and only when the wait is short.
  const onLimit = (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
    if (after <= MAX_RATE_LIMIT_WAIT_S) return retryCount < 2;
    refused = after;
    return false;
  };
  const agent = userAgent();
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  // Loaded now, while git lists the changes, rather than after the check, when the check run waits on it.
  if (!proxied) loadClientFor(baseUrl);
  const octokit = new (Octokit.plugin(paginateRest, retry, throttling))({
    auth: token,
    baseUrl,
    ...(agent ? { userAgent: agent } : {}),
    request: { fetch: timedFetch },
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    // Rate limits (403, 429) are the throttling plugin's to handle, not retried blindly.
    retry: { retries: API_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  return { octokit, refusedWait: () => refused };
}
