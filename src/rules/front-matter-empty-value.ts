import type { Rule } from './rule.js';

export const frontMatterEmptyValue: Rule = {
  id: 'front-matter-empty-value',
  description: 'Front-matter keys have values',
  severity: 'warning',
  severityReason:
    'Warning: the page still builds and renders; the empty value only loses metadata (a date, a topic) used for reports and search.',
  examples: {
    fail: "ms.assetid: ''",
    pass: "ms.assetid: 0d566afe-b21f-4f1b-8ca9-4b4d3b0f5435",
  },
  scope: 'document',
  messages: {
    empty: '`{{key}}` has an empty value',
  },
  check(doc) {
    return (doc.frontMatter?.entries ?? [])
      .filter((e) => e.value === '' || e.value === null || (Array.isArray(e.value) && e.value.length === 0))
      .map((e) => ({ start: e.keyStart, end: e.valueEnd, messageId: 'empty', data: { key: e.key } }));
  },
};
