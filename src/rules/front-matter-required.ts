import { LOCALIZATION_KEYS } from './front-matter-keys.js';
import type { Rule } from './rule.js';

export const frontMatterRequired: Rule = {
  id: 'front-matter-required',
  description: `A localized file's front matter has the six localization keys (${LOCALIZATION_KEYS.join(', ')})`,
  severity: 'error',
  scope: 'document',
  check(doc, ctx) {
    const fm = doc.frontMatter;
    // Unparsed front matter is front-matter-parse's finding; listing six missing keys would only add noise.
    if (!ctx.localized || fm === null || fm.problems.length > 0) return [];
    const missing = LOCALIZATION_KEYS.filter((key) => fm.get(key) === undefined);
    return missing.map((key) => ({ start: 0, end: 3, message: `Localized file has no \`${key}\` in its front matter` }));
  },
};
