import { didYouMean, KNOWN_KEYS } from './front-matter-keys.js';
import type { Rule } from './rule.js';

export const frontMatterUnknownKey: Rule = {
  id: 'front-matter-unknown-key',
  description: 'Every front-matter key is a known metadata key or one the source and other locales also have',
  severity: 'error',
  examples: {
    fail: "ms,.custom: ''",
    pass: "ms.custom: ''",
  },
  scope: 'locales',
  options: {
    'known-keys': { type: 'array', items: { type: 'string' }, default: [], description: "The repository's own front-matter keys" },
  },
  check(doc, ctx) {
    const own = new Set(Array.isArray(ctx.options['known-keys']) ? (ctx.options['known-keys'] as string[]) : []);
    const unknown = (doc.frontMatter?.entries ?? []).filter((e) => !KNOWN_KEYS.has(e.key) && !own.has(e.key));
    if (unknown.length === 0) return [];
    const elsewhere = new Set<string>();
    for (const other of [...ctx.siblings(), ctx.source()]) for (const e of other?.frontMatter?.entries ?? []) elsewhere.add(e.key);
    return unknown.flatMap((entry) => {
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      // A repository's own keys are accepted when the other locales share them; a near miss of a
      // known key is a typo even when every locale copied it from the source.
      if (suggestion === undefined && elsewhere.has(entry.key)) return [];
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      return [{ start: entry.keyStart, end: entry.keyEnd, message: `Unknown front-matter key \`${entry.key}\`${hint}` }];
    });
  },
};
