import { renderedLinks } from '../document/link-zones.js';
import { requestUrl } from '../external/request-url.js';
import type { UrlStatus } from '../external/url-status.js';
import type { Rule, RuleFinding } from './rule.js';

/** What became of the request; a refused one says nothing of any answer, as none was asked for. */
function outcome(status: UrlStatus): string {
  if (status.refused === 'host') return 'was not requested: its host is not a public address (`external-links.allow-private` permits intranet hosts)';
  if (status.refused === 'redirect') return 'was not followed: it redirects to a host that is not a public address (`external-links.allow-private` permits intranet hosts)';
  return status.status === 0 ? 'gave no answer (timeout or network error)' : `answers HTTP ${status.status}`;
}

export const externalLink: Rule = {
  id: 'external-link',
  description: 'An http(s) link answers with success (checked only with --check-external)',
  severity: 'warning',
  severityReason:
    'Warning: a dead external site is outside the translation\'s control and often comes back; a reader gets an error page, the build is not affected.',
  examples: {
    fail: "[x](https://example.com/gone)  → HTTP 404",
    pass: "[x](https://example.com/)  → HTTP 200",
  },
  scope: 'document',
  messages: {
    broken: '`{{url}}` {{outcome}}',
  },
  check(doc, ctx) {
    if (!ctx.checksExternalLinks) return [];
    const findings: RuleFinding[] = [];
    for (const link of renderedLinks(doc)) {
      const url = requestUrl(link.target);
      if (url !== null) findings.push({ start: link.destStart, end: link.destEnd, messageId: 'broken', awaits: url });
    }
    return findings;
  },
  answered(url, status) {
    return status.ok ? null : { messageId: 'broken', data: { url, outcome: outcome(status) } };
  },
};
