/** What the external check learnt of one URL: plain data, read by rules and kept in the cache. */
export interface UrlStatus {
  ok: boolean;
  /** HTTP status; 0 when no answer came (timeout, refused, DNS). */
  status: number;
  checkedAt: number;
  /** Set when the URL, or a redirect on the way, names a host that is not a public address: nothing was asked of it. */
  refused?: 'host' | 'redirect';
}
