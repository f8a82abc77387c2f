import { fileProblems } from '../rules-support/file-problems.js';
import { rules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { configSchema } from './schema.js';

const fence = (text: string) => `\`\`\`md\n${text}\n\`\`\``;

/** The anchor of a rule's section in docs/rules.md (GitHub's heading slugs). */
const ruleIds = new Set(rules.map((r) => r.id));
export const ruleAnchor = (id: string): string => (ruleIds.has(id) ? id : 'problems-with-the-file-itself');

/** A rule's documentation as Markdown lines: docs/rules.md's section body, and SARIF's help. */
export function ruleHelp(rule: Rule): string[] {
  const out = [`${rule.description}.`, '', `Default severity: **${rule.severity}**. Compares ${rule.scope === 'locales' ? 'the file with the same article in the other locales and the source' : 'within the file'}.`, '', `Why: ${rule.severityReason}`];
  if (rule.options) {
    out.push('', 'Options:', '');
    for (const [name, schema] of Object.entries(rule.options)) {
      const s = schema as { description?: string; default?: unknown };
      out.push(`- \`${name}\` (default \`${JSON.stringify(s.default)}\`): ${s.description ?? ''}`);
    }
  }
  if (rule.examples) out.push('', 'Fails:', '', fence(rule.examples.fail), '', 'Passes:', '', fence(rule.examples.pass));
  return out;
}

/** The messages a rule reports, by id, placeholders as written. */
function messageLines(rule: Rule): string[] {
  return ['Messages:', '', ...Object.entries(rule.messages).map(([id, text]) => `- \`${id}\`: ${text}`), ''];
}

/** docs/rules.md: every rule from the registry, with a failing and a passing example. */
export function rulesMarkdown(): string {
  const out = [
    '# loclint rules',
    '',
    'Generated from the rule registry (`src/rules/index.ts`) by `npm run docs`; a test fails when it is out of date.',
    'Set a rule to `off`, `info`, `warning` or `error`, or give it options, in `.loclint.yml`:',
    '',
    '```yaml\nrules:\n  segment-order: off\n  relative-link-missing: { severity: error, options: { fallback: warning } }\n```',
    '',
    '| rule | default | checks |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.description} |`),
    ...Object.values(fileProblems).map((r) => `| [\`${r.id}\`](#problems-with-the-file-itself) | ${r.severity} | ${r.description} |`),
    '',
  ];
  for (const rule of rules) out.push(`## ${rule.id}`, '', ...ruleHelp(rule), '', ...messageLines(rule));
  out.push('## Problems with the file itself', '', 'These are reported when a file cannot be read as text; the rest of the run goes on.', '');
  for (const p of Object.values(fileProblems)) out.push(`- \`${p.id}\` (${p.severity}): ${p.description}.`);
  return out.join('\n') + '\n';
}

/** schema/loclint.schema.json, for editor completion of `.loclint.yml`. */
export function schemaJson(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
