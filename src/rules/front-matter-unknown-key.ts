import type { LocDocument } from '../document/document.js';
import { reporterOf } from '../rules-support/counterparts.js';
import { didYouMean, KNOWN_KEYS, onlyMeaning } from '../rules-support/front-matter-keys.js';
import type { Rule, RuleFinding } from './rule.js';

const hasKey = (doc: LocDocument | null, key: string) => doc?.frontMatter?.get(key) !== undefined;

export const frontMatterUnknownKey: Rule = {
  id: 'front-matter-unknown-key',
  description: 'Every front-matter key is a documented Docs metadata key or a configured one; a translation adds none, and one it inherits is reported once, where it is fixed',
  severity: 'error',
  severityReason:
    'Error when a translation introduced the key: its metadata (usually a misspelt known key) is lost on that locale only and the translator can fix it. Warning, once per article, when the source carries it: every locale inherits it and the fix belongs in the source.',
  examples: {
    fail: "ms,.custom: ''   (the source has ms.custom)",
    pass: "ms.custom: ''",
  },
  scope: 'locales',
  messages: {
    inSource: 'Unknown front-matter key `{{key}}`{{hint}}; every translation copies it from this source file',
    everyLocale: 'Unknown front-matter key `{{key}}`{{hint}}; every locale of the article has it, so the fix belongs in the source',
    unknown: 'Unknown front-matter key `{{key}}`{{hint}}: {{origin}}',
  },
  options: {
    'known-keys': { type: 'array', items: { type: 'string' }, default: [], description: "The repository's own front-matter keys" },
  },
  check(doc, ctx) {
    const own = new Set(Array.isArray(ctx.options['known-keys']) ? (ctx.options['known-keys'] as string[]) : []);
    const unknown = (doc.frontMatter?.entries ?? []).filter((e) => !KNOWN_KEYS.has(e.key) && !own.has(e.key));
    if (unknown.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const entry of unknown) {
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
      const at = { start: entry.keyStart, end: entry.keyEnd };
      // Renamed only to the one key it can mean, and never onto a key the file already has (YAML refuses a duplicate).
      const meant = suggestion && onlyMeaning(entry.key, KNOWN_KEYS);
      const fix = meant && doc.frontMatter?.get(meant) === undefined ? { fix: { description: `rename the key to \`${meant}\``, edits: [{ ...at, text: meant }] } } : {};
      if (!ctx.localized) {
        // Translations copy the source's keys: its own file is where the fix is made, once for every locale.
        findings.push({ ...at, severity: 'warning', messageId: 'inSource', data: { key: entry.key, hint }, ...fix });
        continue;
      }
      const who = reporterOf(doc, ctx, (other) => hasKey(other, entry.key));
      if (who === 'elsewhere') continue; // the source file or the article's first locale reports it
      if (who === 'article') {
        // The rename is right for this file all the same: the next run reports the other locales', each with its own.
        findings.push({ ...at, severity: 'warning', messageId: 'everyLocale', data: { key: entry.key, hint }, ...fix });
        continue;
      }
      const source = ctx.source();
      const origin = source === null ? 'the other locales do not have it' : 'the source does not have it';
      findings.push({ ...at, messageId: 'unknown', data: { key: entry.key, hint, origin }, ...fix });
    }
    return findings;
  },
};
