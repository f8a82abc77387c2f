import { hasVisibleText } from '../document/markdown.js';
import type { Rule } from './rule.js';

export const segmentEmpty: Rule = {
  id: 'segment-empty',
  description: 'A translated unit is not empty when its source has text',
  severity: 'error',
  severityReason:
    'Error: the reader of the translation sees nothing where the source has text.',
  examples: {
    fail: "<span data-ttu-id=\"581fd-103\"></span>…<span data-stu-id=\"581fd-103\">Source</span>",
    pass: "<span data-ttu-id=\"581fd-103\">译文</span>…<span data-stu-id=\"581fd-103\">Source</span>",
  },
  scope: 'document',
  messages: {
    empty: 'Translated unit {{id}} is empty but its source has text',
  },
  check(doc) {
    return doc.segments
      .filter((s) => s.stu !== null)
      .filter((s) => !hasVisibleText(doc.text, s.ttu.contentStart, s.ttu.contentEnd))
      .filter((s) => hasVisibleText(doc.text, s.stu!.contentStart, s.stu!.contentEnd))
      .map((s) => ({ start: s.ttu.tagStart, end: s.ttu.end, messageId: 'empty', data: { id: s.id } }));
  },
};
