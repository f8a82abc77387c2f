import { placedLinks } from '../document/link-zones.js';
import type { Rule } from './rule.js';

export const linkEmptyTarget: Rule = {
  id: 'link-empty-target',
  description: 'A link has a target: no `[text]()`',
  severity: 'error',
  severityReason:
    'Error: `[text]()` renders as a link to the page itself, which is broken for the reader.',
  examples: {
    fail: "[创建]()",
    pass: "[创建](create.md)",
  },
  scope: 'document',
  check(doc) {
    // The hidden source copy of a unit repeats its translation's defect: report it once.
    return placedLinks(doc)
      .filter((l) => l.zone !== 'source' && l.kind !== 'html' && l.parsed.kind === 'empty')
      .map((l) => ({ start: l.start, end: l.end, message: `Link \`${doc.text.slice(l.start, l.end)}\` has an empty target` }));
  },
};
