import { segmentIdParts } from '../document/document.js';
import type { Rule, RuleFinding } from './rule.js';

const expected = 'expected five hex digits, a dash and a number (`581fd-102`, `581fd-p102`)';

export const segmentIdFormat: Rule = {
  id: 'segment-id-format',
  description: 'Segment ids have the form xxxxx-NNN or xxxxx-pNNN (five hex digits, then a number)',
  severity: 'error',
  severityReason:
    'Error: the localization pipeline matches units by id; a malformed one is not handed back or updated.',
  examples: {
    fail: "<span data-ttu-id=\"581FD-3\">…</span>…",
    pass: "<span data-ttu-id=\"581fd-103\">…</span>…",
  },
  scope: 'document',
  messages: {
    malformedUnit: 'Malformed segment id `{{id}}`: {{expected}}',
    malformedSource: 'Malformed source unit id `{{id}}`: {{expected}}',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i]!;
      if (s.idParts === null) {
        findings.push({ start: s.ttu.tagStart, end: s.ttu.contentStart, messageId: 'malformedUnit', data: { id: s.id, expected } });
      }
      // A source id that differs is segment-pair's finding; here only its shape matters.
      if (s.stu && s.stu.id !== s.id && segmentIdParts(s.stu.id) === null) {
        findings.push({ start: s.stu.tagStart, end: s.stu.contentStart, messageId: 'malformedSource', data: { id: s.stu.id, expected } });
      }
    }
    return findings;
  },
};
