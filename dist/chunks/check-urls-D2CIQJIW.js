import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  AddressPolicy,
  LinearPattern,
  MAX_CACHE_AGE_HOURS,
  RefusedAddress,
  checkedLookup,
  literalAddress
} from "./chunk-W6LVDYC7.js";
import "./chunk-KZX5ILNR.js";
import "./chunk-ABWFEKAN.js";

// src/external/check-urls.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var CACHE_FILE = "external-links.json";
var HOUR_MS = 36e5;
var MAX_REDIRECTS = 10;
var HTTP_MIN_STATUS = 100;
var HTTP_MAX_STATUS = 599;
var TOO_MANY_REQUESTS = 429;
var FIRST_SERVER_ERROR = 500;
var FIRST_CLIENT_ERROR = 400;
var FIRST_SUCCESS = 200;
var FIRST_REDIRECTION = 300;
var DEFAULT_TIMEOUT_MS = 15e3;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function trustedEntry(entry, now, maxAge) {
  if (typeof entry !== "object" || entry === null) return false;
  const { ok, status, checkedAt } = entry;
  return ok === true && Number.isInteger(status) && status >= HTTP_MIN_STATUS && status <= HTTP_MAX_STATUS && typeof checkedAt === "number" && Number.isFinite(checkedAt) && checkedAt <= now && now - checkedAt < maxAge;
}
function readCache(dir, now, maxAge) {
  const cache = /* @__PURE__ */ new Map();
  if (!dir) return cache;
  let data;
  try {
    data = JSON.parse(readFileSync(join(dir, CACHE_FILE), "utf8"));
  } catch {
    return cache;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return cache;
  for (const [url, entry] of Object.entries(data)) {
    if (trustedEntry(entry, now, maxAge)) cache.set(url, { ok: true, status: entry.status, checkedAt: entry.checkedAt });
  }
  return cache;
}
function retryAfter(header, now) {
  if (header === void 0) return null;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1e3;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
var Requester = class {
  constructor(options) {
    this.options = options;
    this.policy = new AddressPolicy(options.allowPrivate ?? false);
    this.lookup = checkedLookup(this.policy, options.resolve);
  }
  options;
  policy;
  lookup;
  agents = { "http:": new HttpAgent({ keepAlive: true }), "https:": new HttpsAgent({ keepAlive: true }) };
  /** One request, no redirects followed; only the status line and headers are read. */
  once(url, method) {
    const literal = literalAddress(url);
    if (literal !== null && !this.policy.permits(literal)) return Promise.reject(new RefusedAddress(literal));
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          // An agent of its own: no proxy from the environment, which would resolve names unchecked.
          agent: this.agents[url.protocol],
          lookup: this.lookup,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
          headers: { "user-agent": "loclint", accept: "*/*" }
        },
        (res) => {
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, retryAfterMs: retryAfter(res.headers["retry-after"], Date.now()) });
          res.destroy();
        }
      );
      req.on("error", reject);
      req.end();
    });
  }
  /** Follows redirects, checking the host of every hop before it is requested. */
  async follow(start, method) {
    let url = start;
    for (let hop = 0; ; hop++) {
      let answer;
      try {
        answer = await this.once(url, method);
      } catch (error) {
        if (error instanceof RefusedAddress) return hop === 0 ? "refused-host" : "refused-redirect";
        throw error;
      }
      if (!REDIRECTS.has(answer.status) || answer.location === void 0 || hop === MAX_REDIRECTS) return answer;
      let next;
      try {
        next = new URL(answer.location, url);
      } catch {
        return answer;
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") return answer;
      url = next;
    }
  }
  /** HEAD, then GET when HEAD is not answered with success (many servers refuse HEAD). */
  async attempt(url) {
    const head = await this.follow(url, "HEAD");
    if (typeof head === "string" || head.status < FIRST_CLIENT_ERROR || head.status === TOO_MANY_REQUESTS) return head;
    return this.follow(url, "GET");
  }
  async check(text, now) {
    let url;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, status: 0, checkedAt: now };
    }
    const retries = this.options.retries ?? 2;
    const maxWait = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (let attempt = 0; ; attempt++) {
      let answer;
      try {
        answer = await this.attempt(url);
      } catch {
        if (attempt < retries) continue;
        return { ok: false, status: 0, checkedAt: now };
      }
      if (answer === "refused-host") return { ok: false, status: 0, checkedAt: now, refused: "host" };
      if (answer === "refused-redirect") return { ok: false, status: 0, checkedAt: now, refused: "redirect" };
      const { status } = answer;
      if (status === TOO_MANY_REQUESTS && answer.retryAfterMs !== null && answer.retryAfterMs <= maxWait && attempt <= retries) {
        await sleep(answer.retryAfterMs);
        continue;
      }
      if (status >= FIRST_SERVER_ERROR && attempt < retries) continue;
      return { ok: status >= FIRST_SUCCESS && status < FIRST_REDIRECTION, status, checkedAt: now };
    }
  }
  close() {
    this.agents["http:"].destroy();
    this.agents["https:"].destroy();
  }
};
async function checkUrls(urls, options = {}) {
  const now = Date.now();
  const maxAge = Math.min(options.maxAgeHours ?? 24, MAX_CACHE_AGE_HOURS) * HOUR_MS;
  const cache = readCache(options.cacheDir, now, maxAge);
  const skip = (options.skip ?? []).map((pattern) => LinearPattern.compile(pattern));
  const results = /* @__PURE__ */ new Map();
  const pending = [];
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
      const url = pending[next++];
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
export {
  checkUrls
};
