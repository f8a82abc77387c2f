import type { Rule } from './rule.js';

export const frontMatterParse: Rule = {
  id: 'front-matter-parse',
  description: 'Front matter is closed, parses as YAML, is a mapping and was not wrapped in segment spans',
  severity: 'error',
  severityReason:
    'Error: front matter that is not YAML fails the build or publishes the page without any metadata. A quoted value that goes on in an unindented line is a warning: lenient parsers, the publishing pipeline\'s among them, read it.',
  examples: {
    fail: "---\ntitle: [unclosed\n---",
    pass: "---\ntitle: Group writeback\n---",
  },
  scope: 'document',
  messages: {
    problem: '{{problem}}',
  },
  check(doc) {
    return (doc.frontMatter?.problems ?? []).map((p) => ({ start: p.start, end: p.end, messageId: 'problem', data: { problem: p.message }, severity: p.severity }));
  },
};
