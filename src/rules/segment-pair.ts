import type { Rule, RuleFinding } from './rule.js';

export const segmentPair: Rule = {
  id: 'segment-pair',
  description: 'Every translated unit (data-ttu-id) is followed by its source unit (data-stu-id) with the same id, and no source unit stands alone',
  severity: 'error',
  severityReason:
    'Error: a translated unit without its source unit (or the reverse) breaks the side-by-side view and the next handoff of that unit.',
  examples: {
    fail: "<span data-ttu-id=\"581fd-103\">译文</span> text",
    pass: "<span data-ttu-id=\"581fd-103\">译文</span><span class=\"sxs-lookup\"><span data-stu-id=\"581fd-103\">Source</span></span>",
  },
  scope: 'document',
  messages: {
    noSource: 'Translated unit {{id}} has no `sxs-lookup` source unit after it',
    noTranslation: 'Source unit {{id}} has no translated unit before it',
    idMismatch: 'Source unit {{sourceId}} follows translated unit {{id}}: the ids differ',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.spanProblems.length; i++) {
      const p = doc.spanProblems[i]!;
      const at = { start: p.start, end: p.end };
      if (p.kind === 'ttu-without-stu') findings.push({ ...at, messageId: 'noSource', data: { id: p.id! } });
      else if (p.kind === 'stu-without-ttu') findings.push({ ...at, messageId: 'noTranslation', data: { id: p.id! } });
      else if (p.kind === 'id-mismatch') findings.push({ ...at, messageId: 'idMismatch', data: { sourceId: p.otherId!, id: p.id! } });
    }
    return findings;
  },
};
