import type { Rule, RuleFinding } from './rule.js';

export const segmentOrder: Rule = {
  id: 'segment-order',
  description: 'Segment numbers rise in document order (plain and merged p-ids counted apart)',
  severity: 'warning',
  severityReason:
    'Warning: units out of order still render; it usually means a unit was moved by hand, which the next handoff may undo.',
  examples: {
    fail: "581fd-105 … 581fd-104",
    pass: "581fd-104 … 581fd-105",
  },
  scope: 'document',
  messages: {
    outOfOrder: 'Segment {{id}} comes after {{previous}}: segments are out of order',
  },
  check(doc) {
    const last = { plain: -1, merged: -1 };
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i]!;
      const parts = s.idParts;
      if (parts === null) continue;
      const series = parts.merged ? 'merged' : 'plain';
      if (parts.number < last[series]) {
        findings.push({
          start: s.ttu.tagStart,
          end: s.ttu.contentStart,
          messageId: 'outOfOrder',
          data: { id: s.id, previous: `${parts.merged ? 'p' : ''}${last[series]}` },
        });
      }
      last[series] = Math.max(last[series], parts.number);
    }
    return findings;
  },
};
