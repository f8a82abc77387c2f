import type { Rule, RuleFinding } from './rule.js';

export const segmentIdUnique: Rule = {
  id: 'segment-id-unique',
  description: 'No segment id is used twice in a file',
  severity: 'error',
  severityReason:
    'Error: two units with one id make the pipeline write one translation in both places.',
  examples: {
    fail: "581fd-103 … 581fd-103",
    pass: "581fd-103 … 581fd-104",
  },
  scope: 'document',
  messages: {
    duplicate: 'Segment id {{id}} is already used on line {{line}}',
  },
  check(doc) {
    const firstAt = new Map<string, number>();
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i]!;
      const first = firstAt.get(s.id);
      if (first === undefined) firstAt.set(s.id, s.ttu.tagStart);
      else {
        const line = doc.lines.position(first).line;
        findings.push({ start: s.ttu.tagStart, end: s.ttu.contentStart, messageId: 'duplicate', data: { id: s.id, line } });
      }
    }
    return findings;
  },
};
