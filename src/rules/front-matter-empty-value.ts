import type { Rule } from './rule.js';

export const frontMatterEmptyValue: Rule = {
  id: 'front-matter-empty-value',
  description: 'Front-matter keys have values',
  severity: 'warning',
  scope: 'document',
  check(doc) {
    return (doc.frontMatter?.entries ?? [])
      .filter((e) => e.value === '' || e.value === null || (Array.isArray(e.value) && e.value.length === 0))
      .map((e) => ({ start: e.keyStart, end: e.valueEnd, message: `\`${e.key}\` has an empty value` }));
  },
};
